package org.disputatio.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.List;
import java.util.Optional;
import org.disputatio.history.Change;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.MapChangeBroadcaster;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceService;
import org.disputatio.workspace.WorkspaceUpdate;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * One map's workspace: reader, graph, outline, sources and contested conclusions in tabs, with the
 * selected claim's panel beside them. Another session's change to the map reaches it through
 * {@link MapChangeBroadcaster} and server push.
 */
@Route("workspace")
@StyleSheet("styles/workspace.css")
@AnonymousAllowed
class WorkspaceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final WorkspaceService service;
    private final MapChangeBroadcaster broadcaster;
    private final AuthenticationContext authentication;
    private final WorkspaceWrites writes;

    final H2 heading = new H2();
    final Paragraph message = new Paragraph();
    final TabSheet tabs = new TabSheet();
    final ReaderPanel reader;
    final GraphPanel graph;
    final OutlinePanel outline;
    final SourcesPanel sources;
    final ContestedPanel contested;
    final HistoryList history;
    final ClaimPanel claimPanel;
    final PerspectiveSelect perspective;
    final SplitLayout split;
    final Tab readerTab;
    final Tab graphTab;
    final Tab historyTab;
    // Search and what-if (issue 11): the box and the banner sit above the tabs; the state is shared by all panels.
    final SearchBox search;
    final WhatIfState whatIf;
    final WhatIfBanner whatIfBanner;
    Tab sourcesTab;

    @Nullable
    ScenarioComparison comparison;

    final WorkspaceHelp help = new WorkspaceHelp();

    /** How many of the newest changes the History tab and the item histories show. */
    static final int HISTORY_LENGTH = 100;

    private @Nullable Workspace workspace;
    private @Nullable String selectedClaim;
    private MapChangeBroadcaster.@Nullable Subscription subscription;
    private String title = "";
    /** Updates shown (from the log or after this session's own write), for tests. */
    int refreshes;
    /** Times every panel was drawn again (opening, or a change of the map's shape), for tests. */
    int fullShows;

    WorkspaceView(
            WorkspaceService service,
            MapChangeBroadcaster broadcaster,
            AuthenticationContext authentication,
            WorkspaceWrites writes) {
        this.service = service;
        this.writes = writes;
        this.broadcaster = broadcaster;
        this.authentication = authentication;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        heading.getStyle().set("margin", "var(--lumo-space-s) var(--lumo-space-m)");
        message.addClassName("empty-state");

        reader = new ReaderPanel(this);
        graph = new GraphPanel(this);
        outline = new OutlinePanel(this);
        sources = new SourcesPanel(this);
        contested = new ContestedPanel(this);
        history = new HistoryList(this);
        history.setId("workspace-history");
        claimPanel = new ClaimPanel(this);
        perspective = new PerspectiveSelect(this);
        whatIf = new WhatIfState(service);
        whatIfBanner = new WhatIfBanner(this);
        search = new SearchBox(this);

        readerTab = tabs.add(getTranslation("workspace.tab.reader"), reader);
        graphTab = tabs.add(getTranslation("workspace.tab.graph"), graph);
        tabs.add(getTranslation("workspace.tab.outline"), outline);
        sourcesTab = tabs.add(getTranslation("workspace.tab.sources"), sources);
        tabs.add(getTranslation("workspace.tab.contested"), contested);
        historyTab = tabs.add(
                getTranslation("workspace.tab.history"), new com.vaadin.flow.component.orderedlayout.Scroller(history));
        tabs.setSizeFull();
        tabs.setId("workspace-tabs");

        split = new SplitLayout(tabs, claimPanel);
        split.setSizeFull();
        split.setSplitterPosition(68);
        // Help beside the title: "How the evaluation works" and the tour (issue 11 point 7).
        var top = new com.vaadin.flow.component.html.Div(heading, help, sources.timeline, search, perspective);
        top.addClassName("workspace-top");
        add(top, whatIfBanner, message, split);
        setFlexGrow(1, split);
    }

    @Override
    public void setParameter(BeforeEvent event, String mapId) {
        selectedClaim = null;
        Optional<Workspace> opened = MapId.isValid(mapId) ? service.open(new MapId(mapId)) : Optional.empty();
        if (opened.isEmpty()) {
            workspace = null;
            title = "";
            heading.setText(getTranslation("workspace.title"));
            message.setText(getTranslation("graph.notFound"));
            message.setVisible(true);
            split.setVisible(false);
            subscribe();
            return;
        }
        message.setVisible(false);
        split.setVisible(true);
        whatIf.clear();
        show(opened.get(), true);
        // A shared scenario: ?reject=s1,s2 (and ?compare=s3 for scenario B of an open comparison).
        var query = event.getLocation().getQueryParameters();
        whatIf.set(opened.get(), WhatIfState.parse(first(query, WhatIfState.PARAMETER)));
        showWhatIf();
        String compare = first(query, COMPARE);
        if (compare != null) openComparison(WhatIfState.parse(compare));
        subscribe();
    }

    private static @Nullable String first(com.vaadin.flow.router.QueryParameters query, String name) {
        return query.getSingleParameter(name).orElse(null);
    }

    private void show(Workspace shared, boolean fresh) {
        fullShows++;
        this.workspace = shared;
        perspective.fill(shared);
        Workspace w = perspective.seen(shared); // every panel shows the chosen perspective (ADR 031)
        title = w.map().title();
        heading.setText(title);
        reader.show(w);
        graph.show(w, fresh);
        outline.show(w);
        sources.show(w);
        contested.show(w);
        history.show(w, service.history(w.id(), HISTORY_LENGTH));
        if (whatIf.isActive()) {
            whatIf.evaluate(w);
            showWhatIf();
        }
        if (selectedClaim != null && w.claim(selectedClaim).isPresent()) {
            claimPanel.show(w, selectedClaim);
        } else {
            selectedClaim = null;
            claimPanel.clear();
        }
    }

    /** A batch of the map's changes from the log (this instance's follower), whoever made them. */
    void apply(List<Change> changes) {
        if (workspace == null) return;
        service.update(workspace, changes).ifPresent(this::show);
    }

    /** After this session's own write: shows what the log holds since, at once, without waiting for the follower. */
    void refresh() {
        if (workspace == null) return;
        service.catchUp(workspace).ifPresent(this::show);
    }

    /**
     * Shows an update, redrawing only what it touched; the user's selection, filters, scroll positions, open
     * dialogs and what-if switch stay. Only a change of the map's shape (claims, arguments, attacks, sources)
     * draws the panels again.
     */
    private void show(WorkspaceUpdate update) {
        Workspace w = update.workspace();
        if (update.isEmpty() || w == workspace) return;
        refreshes++;
        if (update.shapeChanged() || !perspective.perspective().everyone()) {
            show(w, false);
            return;
        }
        workspace = w;
        reader.update(w, update);
        graph.update(w, update);
        outline.update(w, update);
        sources.update(w, update);
        contested.update(w, update);
        history.prepend(w, update.changes(), HISTORY_LENGTH);
        if (selectedClaim != null) claimPanel.update(w, update);
        if (whatIf.isActive() && !update.reassessed().isEmpty()) {
            whatIf.evaluate(w);
            showWhatIf();
        }
    }

    // ------------------------------------------------------------------ what-if

    /** The query parameter of scenario B while a comparison is open. */
    static final String COMPARE = "compare";

    /** Rejects exactly these sources (none: back to the map as it stands), shows it everywhere, and in the URL. */
    void changeWhatIf(java.util.Collection<String> sourceIds) {
        if (workspace == null) return;
        whatIf.set(workspace, sourceIds);
        showWhatIf();
        showInUrl();
    }

    /** Marks what falls and what moves in every panel, and names the rejected sources in the banner. */
    void showWhatIf() {
        Workspace w = workspace;
        if (w == null) return;
        whatIfBanner.show(w, whatIf);
        sources.showWhatIf();
        outline.showWhatIf();
        contested.showWhatIf();
        reader.showWhatIf(whatIf);
        var scenario = whatIf.scenario();
        if (scenario == null || !whatIf.isActive()) {
            highlightWhatIf(null, null);
        } else {
            highlightWhatIf(scenario.falling(), scenario.weakened());
        }
    }

    /** Opens the comparison of the current scenario (A) with another (B). */
    void openComparison(List<String> scenarioB) {
        if (workspace == null) return;
        if (comparison != null) comparison.close();
        var dialog = new ScenarioComparison(workspace, whatIf, scenarioB, this::showInUrl);
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened() && comparison == dialog) {
                comparison = null;
                showInUrl();
            }
        });
        comparison = dialog;
        dialog.open();
        showInUrl();
    }

    /** Puts the scenario in the address bar without a navigation, so that the URL can be shared. */
    private void showInUrl() {
        Workspace w = workspace;
        if (w == null) return;
        var parameters = new java.util.LinkedHashMap<String, List<String>>();
        String rejected = whatIf.parameter();
        if (rejected != null) parameters.put(WhatIfState.PARAMETER, List.of(rejected));
        if (comparison != null && !comparison.scenarioB().isEmpty())
            parameters.put(COMPARE, List.of(String.join(",", comparison.scenarioB())));
        var location = new com.vaadin.flow.router.Location(
                "workspace/" + w.id().value(), new com.vaadin.flow.router.QueryParameters(parameters));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    /** "0.71 IN → 0.32 OUT", marked when the claim falls. */
    static com.vaadin.flow.component.html.Span shiftBadge(org.disputatio.workspace.Scenario.Shift shift) {
        var badge = new com.vaadin.flow.component.html.Span(shift.text());
        badge.addClassName("what-if-shift");
        if (shift.falls()) badge.addClassName("falls");
        return badge;
    }

    /** Opens a source's details on the Sources tab. */
    void openSource(String sourceId) {
        tabs.setSelectedTab(sourcesTab);
        sources.select(sourceId);
    }

    // ------------------------------------------------------------------ what panels ask of each other

    @Nullable
    Workspace workspace() {
        return workspace;
    }

    WorkspaceService service() {
        return service;
    }

    Optional<String> signedInUser() {
        return authentication.getAuthenticatedUser(UserDetails.class).map(UserDetails::getUsername);
    }

    WorkspaceWrites writes() {
        return writes;
    }

    /**
     * Enables a write action for a signed-in user; otherwise leaves it visible but disabled, with the
     * reason as its tooltip.
     */
    void offerWrite(com.vaadin.flow.component.button.Button button, boolean applicable) {
        boolean can = signedInUser().isPresent() && applicable;
        button.setEnabled(can);
        if (can) {
            button.setTooltipText(null);
        } else {
            button.setTooltipText(getTranslation(
                    signedInUser().isEmpty() ? "workspace.write.signIn" : "workspace.write.notApplicable"));
        }
    }

    /** Opens a write dialog for the signed-in user; after a save the workspace shows the change. */
    void openWrite(java.util.function.BiFunction<WorkspaceWrites, String, WriteDialog> dialog) {
        String user = signedInUser().orElse(null);
        if (user == null || workspace == null) return;
        dialog.apply(writes, user).open();
    }

    void selectClaim(String claimId) {
        if (workspace == null || workspace.claim(claimId).isEmpty()) return;
        selectedClaim = claimId;
        claimPanel.show(perspective.seen(workspace), claimId);
        graph.select(claimId);
    }

    /** Another perspective was chosen: every panel is drawn again from it. */
    void perspectiveChanged() {
        if (workspace != null) show(workspace, false);
    }

    @Nullable
    String selectedClaim() {
        return selectedClaim;
    }

    void showInReader(int start, int end) {
        tabs.setSelectedTab(readerTab);
        reader.showRange(start, end);
    }

    /** "Show in map": opens the graph on the claim, legibly, from wherever the claim was listed. */
    void focusInGraph(String claimId) {
        tabs.setSelectedTab(graphTab);
        graph.showInMap(claimId);
    }

    /** Marks what falls when a source is rejected, in the graph; null clears it. */
    void highlightWhatIf(
            java.util.@Nullable Collection<String> fallen, java.util.@Nullable Collection<String> changed) {
        graph.highlight(fallen == null ? java.util.List.of() : fallen, changed == null ? java.util.List.of() : changed);
    }

    // ------------------------------------------------------------------ live updates

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        subscribe();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        unsubscribe();
        super.onDetach(detachEvent);
    }

    private void subscribe() {
        unsubscribe();
        Optional<UI> ui = getUI();
        if (workspace == null || ui.isEmpty()) return;
        UI attached = ui.get();
        subscription = broadcaster.register(workspace.id(), changes -> attached.access(() -> apply(changes)));
    }

    private void unsubscribe() {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workspace.title") + (title.isEmpty() ? "" : " · " + title) + " · Disputatio";
    }
}
