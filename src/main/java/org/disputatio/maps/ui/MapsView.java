package org.disputatio.maps.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapSummary;

/** The list of maps, read from Neo4j; the starting point of every visit. */
@Route("maps")
@RouteAlias("")
@AnonymousAllowed
class MapsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final Grid<MapSummary> grid = new Grid<>(MapSummary.class, false);
    private final MapCatalog catalog;

    MapsView(MapCatalog catalog) {
        this.catalog = catalog;
        setSizeFull();
        grid.setId("maps-grid");
        grid.addColumn(MapSummary::title)
                .setHeader(getTranslation("maps.column.title"))
                .setFlexGrow(4);
        grid.addColumn(MapSummary::language)
                .setHeader(getTranslation("maps.column.language"))
                .setAutoWidth(true);
        grid.addColumn(MapSummary::claimCount)
                .setHeader(getTranslation("maps.column.claims"))
                .setAutoWidth(true);
        grid.addComponentColumn(map -> {
                    var details = new Button(
                            getTranslation("maps.open.details"),
                            e -> e.getSource()
                                    .getUI()
                                    .ifPresent(ui ->
                                            ui.navigate(MapView.class, map.id().value())));
                    details.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    details.setAriaLabel(getTranslation("maps.open.details") + ": " + map.title());
                    // By route name: the workspace module sits above maps, which must not depend on it.
                    // The main "Open" is the workspace, where everything about a map is.
                    var workspace = new Button(
                            getTranslation("maps.open.map"),
                            e -> e.getSource()
                                    .getUI()
                                    .ifPresent(ui ->
                                            ui.navigate("workspace/" + map.id().value())));
                    workspace.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
                    workspace.setAriaLabel(getTranslation("maps.open.map") + ": " + map.title());
                    workspace.addClassName("open-workspace");
                    return new com.vaadin.flow.component.orderedlayout.HorizontalLayout(workspace, details);
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("maps.empty"));
        add(new H2(getTranslation("maps.title")), grid);
        setFlexGrow(1, grid);
    }

    // Reloaded on every visit: Vaadin reuses the view instance when navigating to the same route.
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(catalog.maps());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maps.title") + " · Disputatio";
    }
}
