package org.disputatio.maps.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapRoute;
import org.disputatio.maps.PersonSearch;

/**
 * Browsing one map: its claims (kind, proponent, section, paraphrase, exact quote) and its sources
 * with how often the map cites each. Read-only; every claim shows who asserts it.
 */
@Route("map")
@AnonymousAllowed
class MapView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, MapRoute {

    /** A source with the number of citations that point at it. */
    record SourceRow(MapContent.Source source, long citations) {}

    private final MapCatalog catalog;
    final H2 heading = new H2();
    final Paragraph provenance = new Paragraph();
    final Grid<MapContent.Claim> claims = new Grid<>();
    final Grid<SourceRow> sources = new Grid<>();
    final TextField claimFilter = new TextField();
    final Tab claimsTab = new Tab();
    final Tab sourcesTab = new Tab();
    // Plain Tabs with panels we show and hide: TabSheet attaches its content only once the browser
    // reports the selection, which leaves nothing to test without a browser.
    final Tabs tabs = new Tabs(claimsTab, sourcesTab);
    final VerticalLayout claimsPanel = new VerticalLayout(claimFilter, claims);
    private String title = "";

    MapView(MapCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        provenance.addClassName("provenance");

        claims.setId("claims-grid");
        claims.addColumn(c -> getTranslation("claim.kind." + c.kind()))
                .setHeader(getTranslation("map.column.kind"))
                .setAutoWidth(true)
                .setSortable(true);
        claims.addColumn(MapContent.Claim::proponent)
                .setHeader(getTranslation("map.column.proponent"))
                .setAutoWidth(true)
                .setSortable(true);
        claims.addColumn(MapContent.Claim::section)
                .setHeader(getTranslation("map.column.section"))
                .setAutoWidth(true)
                .setSortable(true);
        claims.addColumn(MapContent.Claim::text)
                .setHeader(getTranslation("map.column.text"))
                .setFlexGrow(3);
        claims.addColumn(c -> c.anchors().isEmpty()
                        ? ""
                        : "« " + c.anchors().getFirst().exact() + " »")
                .setHeader(getTranslation("map.column.quote"))
                .setFlexGrow(3);
        claims.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        claims.setEmptyStateText(getTranslation("map.claims.empty"));

        claimFilter.setPlaceholder(getTranslation("map.filter"));
        claimFilter.setAriaLabel(getTranslation("map.filter"));
        claimFilter.setClearButtonVisible(true);
        claimFilter.setValueChangeMode(ValueChangeMode.LAZY);

        sources.setId("sources-grid");
        sources.addColumn(r -> String.join(", ", r.source().authors()))
                .setHeader(getTranslation("map.column.authors"))
                .setAutoWidth(true)
                .setSortable(true);
        sources.addColumn(r -> r.source().title() == null ? "—" : r.source().title())
                .setHeader(getTranslation("map.column.title"))
                .setFlexGrow(3);
        sources.addColumn(
                        r -> r.source().year() == null ? "" : r.source().year().toString())
                .setHeader(getTranslation("map.column.year"))
                .setAutoWidth(true)
                .setSortable(true);
        sources.addColumn(r -> getTranslation("source.kind." + r.source().kind()))
                .setHeader(getTranslation("map.column.sourceKind"))
                .setAutoWidth(true);
        sources.addColumn(
                        r -> getTranslation("source.accessibility." + r.source().accessibility()))
                .setHeader(getTranslation("map.column.accessibility"))
                .setAutoWidth(true);
        sources.addColumn(SourceRow::citations)
                .setHeader(getTranslation("map.column.citations"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(SourceRow::citations);
        sources.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        sources.setEmptyStateText(getTranslation("map.sources.empty"));

        claimsPanel.setPadding(false);
        claimsPanel.setSizeFull();
        claimsTab.setLabel(getTranslation("map.tab.claims"));
        sourcesTab.setLabel(getTranslation("map.tab.sources"));
        sources.setVisible(false);
        tabs.addSelectedChangeListener(e -> {
            claimsPanel.setVisible(e.getSelectedTab() == claimsTab);
            sources.setVisible(e.getSelectedTab() == sourcesTab);
        });
        add(heading, provenance, tabs, claimsPanel, sources);
        setFlexGrow(1, claimsPanel, sources);
    }

    @Override
    public void setParameter(BeforeEvent event, String mapId) {
        var content = MapId.isValid(mapId) ? catalog.content(new MapId(mapId)) : java.util.Optional.<MapContent>empty();
        if (content.isEmpty()) {
            heading.setText(getTranslation("graph.notFound"));
            tabs.setVisible(false);
            claimsPanel.setVisible(false);
            sources.setVisible(false);
            return;
        }
        show(content.get());
    }

    private void show(MapContent map) {
        title = map.title();
        heading.setText(map.title());
        // By route name: the workspace module sits above maps, which must not depend on it. Its graph replaced
        // the older /graph view.
        var graphLink = new Button(
                getTranslation("maps.open.workspace"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("workspace/" + map.id())));
        graphLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        provenance.setText(map.document().provenance());
        var timelineLink = new Button(
                getTranslation("maps.open.timeline"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(TimelineView.class, map.id())));
        timelineLink.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addComponentAtIndex(1, new HorizontalLayout(graphLink, timelineLink));

        var claimItems = claims.setItems(map.claims());
        claimFilter.addValueChangeListener(e -> {
            // Accents and case ignored; a person is found by any variant of their name (Iakovlev, Yakovlev).
            String needle = PersonSearch.fold(e.getValue());
            var people = PersonSearch.matching(map.people(), e.getValue());
            claimItems.setFilter(c -> needle.isEmpty()
                    || PersonSearch.fold(c.text()).contains(needle)
                    || PersonSearch.fold(c.proponent()).contains(needle)
                    || PersonSearch.concerns(c, people)
                    || c.anchors().stream()
                            .anyMatch(a -> PersonSearch.fold(a.exact()).contains(needle)));
        });
        Map<String, Long> counts = map.claims().stream()
                .flatMap(c -> c.citations().stream())
                .collect(Collectors.groupingBy(MapContent.Citation::sourceId, Collectors.counting()));
        sources.setItems(map.sources().stream()
                .map(s -> new SourceRow(s, counts.getOrDefault(s.id(), 0L)))
                .sorted(java.util.Comparator.comparingLong(SourceRow::citations).reversed())
                .toList());
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? getTranslation("maps.title") : title) + " · Disputatio";
    }
}
