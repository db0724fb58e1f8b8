package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import org.disputatio.workspace.GraphSlice;
import tools.jackson.databind.json.JsonMapper;

/** The workspace's graph, drawn by Cytoscape.js in {@code frontend/workspace-graph.js}. */
@Tag("workspace-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-dagre", version = "4.0.1")
@JsModule("./workspace-graph.js")
class WorkspaceGraph extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Data(List<GraphSlice.Node> nodes, List<GraphSlice.Edge> edges, boolean large, String description) {}

    record Highlight(Collection<String> fallen, Collection<String> changed) {}

    /** What was last sent, for tests and for the accessible description. */
    private GraphSlice.Drawing drawing = new GraphSlice.Drawing(List.of(), List.of(), false, false, 0);

    WorkspaceGraph() {
        setId("workspace-graph");
    }

    void draw(GraphSlice.Drawing drawing, String description) {
        this.drawing = drawing;
        getElement()
                .callJsFunction(
                        "setGraph",
                        JSON.writeValueAsString(
                                new Data(drawing.nodes(), drawing.edges(), drawing.large(), description)));
    }

    GraphSlice.Drawing drawing() {
        return drawing;
    }

    void highlight(Collection<String> fallen, Collection<String> changed) {
        getElement().callJsFunction("setHighlight", JSON.writeValueAsString(new Highlight(fallen, changed)));
    }

    void select(String id) {
        getElement().callJsFunction("select", id);
    }

    void zoomBy(double factor) {
        getElement().callJsFunction("zoomBy", factor);
    }

    void fit() {
        getElement().callJsFunction("fit");
    }

    Registration addNodeSelectedListener(ComponentEventListener<NodeSelected> listener) {
        return addListener(NodeSelected.class, listener);
    }

    @DomEvent("node-selected")
    public static class NodeSelected extends ComponentEvent<WorkspaceGraph> {
        private final String nodeId;

        public NodeSelected(WorkspaceGraph source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        String nodeId() {
            return nodeId;
        }
    }
}
