package org.disputatio.maps.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Optional;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapRoute;
import org.disputatio.maps.Timeline;

/**
 * The events a map's claims date, earliest first, each with the claim that dates it and who asserts
 * it; an event the claims date in incompatible ways is flagged on each of its rows.
 */
@Route("timeline")
@AnonymousAllowed
class TimelineView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, MapRoute {

    private final MapCatalog catalog;
    final H2 heading = new H2();
    final Paragraph summary = new Paragraph();
    final Grid<Timeline.Entry> entries = new Grid<>();
    private String title = "";

    TimelineView(MapCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        entries.setId("timeline-grid");
        entries.addColumn(Timeline.Entry::date)
                .setHeader(getTranslation("timeline.column.date"))
                .setAutoWidth(true);
        entries.addColumn(e ->
                        getTranslation("timeline.precision." + e.precision().spelling()))
                .setHeader(getTranslation("timeline.column.precision"))
                .setAutoWidth(true);
        entries.addColumn(Timeline.Entry::eventLabel)
                .setHeader(getTranslation("timeline.column.event"))
                .setFlexGrow(2);
        entries.addColumn(e -> e.contradictory() ? "⚠ " + getTranslation("timeline.contradictory") : "")
                .setHeader(getTranslation("timeline.column.conflict"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.claim().proponent())
                .setHeader(getTranslation("map.column.proponent"))
                .setAutoWidth(true);
        entries.addColumn(e -> e.claim().text())
                .setHeader(getTranslation("map.column.text"))
                .setFlexGrow(3);
        entries.setPartNameGenerator(e -> e.contradictory() ? "contradictory" : null);
        entries.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        entries.setEmptyStateText(getTranslation("timeline.empty"));
        add(heading, summary, entries);
        setFlexGrow(1, entries);
    }

    @Override
    public void setParameter(BeforeEvent event, String mapId) {
        Optional<MapContent> content = MapId.isValid(mapId) ? catalog.content(new MapId(mapId)) : Optional.empty();
        if (content.isEmpty()) {
            heading.setText(getTranslation("graph.notFound"));
            entries.setVisible(false);
            return;
        }
        title = content.get().title();
        heading.setText(getTranslation("timeline.title") + " · " + title);
        Timeline timeline = Timeline.of(content.get());
        summary.setText(getTranslation(
                "timeline.summary",
                timeline.entries().size(),
                content.get().events().size(),
                timeline.contradictoryEvents().size()));
        entries.setItems(timeline.entries());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("timeline.title") + (title.isEmpty() ? "" : " · " + title) + " · Disputatio";
    }
}
