package org.disputatio.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A graph drawn by Cytoscape.js ({@code frontend/argument-graph.js}) with a layered (dagre) layout.
 * The server sends nodes and edges as JSON; the browser does the layout and the drawing.
 */
@Tag("argument-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-dagre", version = "4.0.1")
@JsModule("./argument-graph.js")
public class GraphCanvas extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A node; {@code kind} selects its style (a claim kind, or "argument"). */
    public record Node(String id, String label, String kind) {}

    /** An edge; {@code kind} is "premise", "conclusion", "rebut", "undermine" or "undercut". */
    public record Edge(String id, String source, String target, String kind) {}

    public record Graph(List<Node> nodes, List<Edge> edges) {}

    public GraphCanvas() {
        setWidthFull();
        setHeight("600px");
    }

    public void setGraph(Graph graph) {
        getElement().callJsFunction("setGraph", JSON.writeValueAsString(graph));
    }

    public Registration addNodeSelectedListener(
            com.vaadin.flow.component.ComponentEventListener<NodeSelectedEvent> listener) {
        return addListener(NodeSelectedEvent.class, listener);
    }

    /** The user clicked a node. */
    @DomEvent("node-selected")
    public static class NodeSelectedEvent extends ComponentEvent<GraphCanvas> {
        private final String nodeId;

        public NodeSelectedEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String nodeId() {
            return nodeId;
        }
    }
}
