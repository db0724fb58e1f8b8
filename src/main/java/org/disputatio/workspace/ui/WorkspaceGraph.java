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

    /** Layouts sent (each draws the graph anew), for tests. */
    int draws;

    void draw(GraphSlice.Drawing drawing, String description) {
        this.drawing = drawing;
        draws++;
        getElement()
                .callJsFunction(
                        "setGraph",
                        JSON.writeValueAsString(
                                new Data(drawing.nodes(), drawing.edges(), drawing.large(), description)));
    }

    // Sets the new data of nodes already drawn: Cytoscape restyles them (fill by strength, contested border,
    // label) where they stand, so the layout, zoom, pan and selection stay. A graph not drawn yet (its tab was
    // never shown) gets the new data into the drawing it is waiting for. Inline, so the committed frontend
    // bundles need no rebuild.
    private static final String RESTYLE = """
            const nodes = JSON.parse($0);
            if (this._pending) {
              const d = JSON.parse(this._pending);
              const byId = new Map(nodes.map((n) => [n.id, n]));
              d.nodes = d.nodes.map((n) => byId.get(n.id) || n);
              d.description = $1;
              this._pending = JSON.stringify(d);
              return;
            }
            if (!this.cy) return;
            this.cy.batch(() => nodes.forEach((n) => {
              const node = this.cy.getElementById(n.id);
              if (node.nonempty()) node.data(n);
            }));
            this._container.setAttribute('aria-label', $1);
            this.dataset.contestedNodes = String(this.cy.nodes('[?contested]').length);
            this.dataset.restyled = String(nodes.length);
            this.dataset.restyledAt = String(Math.round(performance.now()));
            """;

    /** The same nodes and edges with new data for some nodes: restyled in place, not laid out again. */
    void restyle(GraphSlice.Drawing drawing, List<GraphSlice.Node> moved, String description) {
        this.drawing = drawing;
        restyles++;
        getElement().executeJs(RESTYLE, JSON.writeValueAsString(moved), description);
    }

    /** Restyles sent, for tests. */
    int restyles;

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
