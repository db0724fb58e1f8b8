package org.disputatio.maps.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.disputatio.maps.ArgumentGraph;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.shell.GraphCanvas;
import org.jspecify.annotations.Nullable;

/** One map's argument graph, drawn by Cytoscape.js from what Neo4j holds. */
@Route("graph")
@AnonymousAllowed
class GraphView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final MapCatalog catalog;
    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final GraphCanvas canvas = new GraphCanvas();
    private String title = "";

    GraphView(MapCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        canvas.setId("argument-graph");
        message.addClassName("empty-state");
        add(heading, message, canvas);
        setFlexGrow(1, canvas);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String mapId) {
        Optional<org.disputatio.maps.MapSummary> map =
                mapId != null && MapId.isValid(mapId) ? catalog.find(new MapId(mapId)) : Optional.empty();
        heading.setText(getTranslation("graph.title"));
        if (map.isEmpty()) {
            message.setText(getTranslation(mapId == null ? "graph.choose" : "graph.notFound"));
            canvas.setVisible(false);
            return;
        }
        title = map.get().title();
        heading.setText(getTranslation("graph.title") + " · " + title);
        message.setText(getTranslation("graph.legend"));
        ArgumentGraph graph = catalog.graph(map.get().id());
        canvas.setVisible(true);
        canvas.setGraph(new GraphCanvas.Graph(
                graph.nodes().stream()
                        .map(n -> new GraphCanvas.Node(n.id(), n.label(), n.kind()))
                        .toList(),
                graph.edges().stream()
                        .map(e -> new GraphCanvas.Edge(e.id(), e.source(), e.target(), e.kind()))
                        .toList()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("graph.title") + (title.isEmpty() ? "" : " · " + title) + " · Disputatio";
    }
}
