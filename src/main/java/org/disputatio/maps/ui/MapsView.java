package org.disputatio.maps.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Map;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapListActions;
import org.disputatio.maps.MapSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/** The list of maps, read from Neo4j; the starting point of every visit. */
@Route("maps")
@RouteAlias("")
@AnonymousAllowed
class MapsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    final Grid<MapSummary> grid = new Grid<>(MapSummary.class, false);
    /** "New map", for signed-in users: the form that makes a map from a text (route maps/new). */
    final Button newMap = new Button();
    /** What the authoring module puts above the list (recently deleted maps). */
    final Div aboveList = new Div();

    private final MapCatalog catalog;
    private final @Nullable MapListActions actions;
    private final AuthenticationContext authentication;
    /** The seminar group working on each listed map that has one (ADR 037). */
    private Map<MapId, String> groups = Map.of();

    MapsView(MapCatalog catalog, ObjectProvider<MapListActions> actions, AuthenticationContext authentication) {
        this.catalog = catalog;
        this.actions = actions.getIfAvailable();
        this.authentication = authentication;
        setSizeFull();
        grid.setId("maps-grid");
        grid.addColumn(MapSummary::title)
                .setHeader(getTranslation("maps.column.title"))
                .setFlexGrow(4);
        grid.addColumn(m -> groups.getOrDefault(m.id(), ""))
                .setHeader(getTranslation("maps.column.group"))
                .setAutoWidth(true);
        grid.addColumn(m -> m.owner() == null ? getTranslation("maps.owner.admins") : m.owner())
                .setHeader(getTranslation("maps.column.owner"))
                .setAutoWidth(true);
        grid.addColumn(MapSummary::language)
                .setHeader(getTranslation("maps.column.language"))
                .setAutoWidth(true);
        grid.addColumn(MapSummary::claimCount)
                .setHeader(getTranslation("maps.column.claims"))
                .setAutoWidth(true);
        grid.addColumn(m -> when(m.lastChange()))
                .setHeader(getTranslation("maps.column.lastChange"))
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
                    var row = new HorizontalLayout(workspace, details);
                    if (this.actions != null)
                        this.actions.forMap(map, this::reload).forEach(row::add);
                    return row;
                })
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("maps.empty"));

        // By route name, like the workspace: the form lives in the authoring module (issue 12 point 1).
        newMap.setText(getTranslation("maps.new"));
        newMap.setId("maps-new");
        newMap.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newMap.addClickListener(e -> e.getSource().getUI().ifPresent(ui -> ui.navigate("maps/new")));
        newMap.setVisible(authentication.isAuthenticated());
        var title = new H2(getTranslation("maps.title"));
        var header = new HorizontalLayout(title, newMap);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        aboveList.setId("maps-above-list");
        aboveList.setWidthFull();
        add(header, aboveList, grid);
        setFlexGrow(1, grid);
        // Alt+Shift+R renames the selected map (the owner's or an admin's), as in the workspace.
        Shortcuts.addShortcutListener(
                        this,
                        () -> grid.getSelectedItems().stream().findFirst().ifPresent(map -> {
                            if (this.actions != null) this.actions.rename(map, this::reload);
                        }),
                        Key.KEY_R,
                        KeyModifier.ALT,
                        KeyModifier.SHIFT)
                .listenOn(this);
    }

    private String when(@Nullable Instant at) {
        return at == null ? "—" : WHEN.format(at.atOffset(ZoneOffset.UTC));
    }

    // Reloaded on every visit: Vaadin reuses the view instance when navigating to the same route.
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
    }

    /** Reads the list (and what stands above it) again, after a rename, a copy, a deletion or a restore. */
    void reload() {
        var listing = catalog.mapsFor(authentication.getPrincipalName().orElse(null));
        groups = listing.groups();
        grid.setItems(new ArrayList<>(listing.maps()));
        aboveList.removeAll();
        if (actions != null) actions.aboveList(this::reload).ifPresent(aboveList::add);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("maps.title") + " · Disputatio";
    }
}
