package org.disputatio.workspace.ui;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.Registration;
import java.util.Collection;
import java.util.List;
import org.disputatio.workspace.ArgumentMapLayout;
import org.disputatio.workspace.GraphSlice;
import tools.jackson.databind.json.JsonMapper;

/**
 * The workspace's graph, drawn by Cytoscape.js in {@code frontend/workspace-graph.js}: laid out by ELK's layered
 * algorithm on the server (ELK's Java implementation, cached, ADR 047), or by elkjs in a web worker if the server
 * does not answer, with a minimap (cytoscape-navigator) and SVG export (cytoscape-svg).
 */
@Tag("workspace-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "elkjs", version = "0.12.1")
@NpmPackage(value = "cytoscape-navigator", version = "2.0.2")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@JsModule("./workspace-graph.js")
class WorkspaceGraph extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(WorkspaceGraph.class);

    /** @param fileName the name, without extension, of the exported SVG and PNG files */
    record Data(
            List<GraphSlice.Node> nodes,
            List<GraphSlice.Edge> edges,
            boolean large,
            String description,
            String fileName) {}

    record Highlight(Collection<String> fallen, Collection<String> changed) {}

    /** What was last sent, for tests and for the accessible description. */
    private GraphSlice.Drawing drawing = new GraphSlice.Drawing(List.of(), List.of(), false, false, 0);

    private String fileName = "argument-map";

    WorkspaceGraph() {
        setId("workspace-graph");
    }

    /** Names the exported files after the map. */
    void setFileName(String fileName) {
        this.fileName = fileName;
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
                                new Data(drawing.nodes(), drawing.edges(), drawing.large(), description, fileName)));
    }

    /** The same nodes and edges with new data for some nodes: restyled in place, not laid out again. */
    void restyle(GraphSlice.Drawing drawing, List<GraphSlice.Node> moved, String description) {
        this.drawing = drawing;
        restyles++;
        getElement().callJsFunction("restyle", JSON.writeValueAsString(moved), description);
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

    /** Shows a drawn claim legibly: expands what hides it, selects it, zooms in and centres it. */
    void reveal(String id) {
        getElement().callJsFunction("reveal", id);
    }

    /** Collapses a claim's subtree into it, or expands it again. */
    void toggleCollapse(String id) {
        getElement().callJsFunction("toggleCollapse", id);
    }

    void expandAll() {
        getElement().callJsFunction("expandAll");
    }

    /**
     * Makes a button download what the graph shows, as SVG or PNG. The click is handled in the browser: a
     * download started there, in the user's gesture, is not blocked, and the image never travels to the server.
     */
    void exportOnClick(Component button, String format) {
        button.getElement()
                .executeJs(
                        "this.addEventListener('click', () => $0['export' + $1]())",
                        getElement(),
                        format.equals("svg") ? "Svg" : "Png");
    }

    /**
     * Downloads the graph as SVG or PNG once it is drawn (the Export menu has just shown its tab): what is on screen,
     * or the whole map. The picture is made in the browser and never travels to the server.
     */
    void exportWhenDrawn(String format, boolean whole) {
        getElement().callJsFunction("exportWhenDrawn", format.equals("svg") ? "svg" : "png", whole);
    }

    /**
     * Lays out the ELK graph the browser built (boxes measured from the rendered labels) and returns the positions
     * as JSON; a Promise in the browser, which lays the graph out in its web worker if the answer is empty (refused:
     * too large, the server busy or slow) or the call fails. Through the component,
     * not a REST endpoint, so the Vaadin session's protections apply. The session stays locked while a first layout
     * runs (no Promise from a Future in Flow 25): about a second for the essay, nothing on a cached map.
     */
    @ClientCallable
    String layOut(String elkGraph) {
        // Looked up here, not injected: the graph is built by panels that Spring does not create.
        try {
            return VaadinService.getCurrent()
                    .getInstantiator()
                    .getOrCreate(ArgumentMapLayout.class)
                    .layOut(elkGraph);
        } catch (ArgumentMapLayout.Refused refused) {
            // An answer, not an error: the browser has its own ELK. Logged, so that a refusal is seen.
            LOG.info("The argument map is laid out in the browser: {}", refused.getMessage());
            return "";
        }
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
