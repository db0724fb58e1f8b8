package org.disputatio.workspace.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
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
import org.disputatio.authoring.ArgumentEditing;
import org.disputatio.history.Change;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapRoute;
import org.disputatio.shell.SkipTarget;
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
 *
 * <p>Layout: a one-line header (the map's title, then {@link #toolbar} for workspace-wide controls),
 * {@link #banners} for workspace-wide notices, then the tabs with the claim sheet beside them. The text
 * gets the room: the sheet is closed until a claim is selected, can be widened, dragged or closed, and
 * the title and the reader's preamble fold away once a panel is scrolled down.
 */
@Route("workspace")
@StyleSheet("styles/workspace.css")
@AnonymousAllowed
class WorkspaceView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, SkipTarget, MapRoute {

    private final WorkspaceService service;
    private final MapChangeBroadcaster broadcaster;
    private final AuthenticationContext authentication;
    /** The link to the map's rating rounds (rounds13); a plain link, since workspace may not depend on seminars. */
    private final com.vaadin.flow.component.html.Anchor rounds = new com.vaadin.flow.component.html.Anchor();

    private final WorkspaceWrites writes;
    private final ArgumentEditing argumentEditing;
    private final org.disputatio.authoring.MapRights rights;
    /**
     * Whether the signed-in user may write to the shown map (gaps13): a group's viewer reads only, so write controls
     * are disabled with the reason rather than offered and refused by the change log. Asked at each full show.
     */
    private boolean mayWrite;

    final H2 heading = new H2();
    /** The header row: the title, then the toolbar. */
    final HorizontalLayout header = new HorizontalLayout();
    /** Where workspace-wide controls go (search, …), at the right of the title. */
    final HorizontalLayout toolbar = new HorizontalLayout();
    /** Where workspace-wide notices go (a what-if state, …), between the header and the panels. */
    final Div banners = new Div();
    /** The claim sheet: its own bar (widen, close) above the scrolling claim panel. */
    final VerticalLayout sheet = new VerticalLayout();

    final Button widenSheet = new Button();
    final Button closeSheet = new Button();
    final Button openSheet = new Button();
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
    /** The hidden items, for moderators (gaps13, ADR 038). */
    final HiddenItemsPanel hiddenItems;

    Tab sourcesTab;

    @Nullable
    ScenarioComparison comparison;

    final WorkspaceHelp help = new WorkspaceHelp();
    /** The owner, Rename, Duplicate, Delete (issue 12 point 3). */
    final MapHeaderActions mapActions;
    /** exports14 (issue 14 point 6): the one Export menu of the header. */
    final ExportMenu exports;

    /** How many of the newest changes the History tab and the item histories show. */
    static final int HISTORY_LENGTH = 100;

    /** Where the splitter sits (percent of the width given to the tabs) with the sheet normal, and widened. */
    static final double SHEET_NORMAL = 62;

    static final double SHEET_WIDE = 40;

    private boolean sheetOpen;
    /** Where the splitter goes when the sheet opens: normal, wide, or where the user dragged it. */
    private double sheetAt = SHEET_NORMAL;

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
            WorkspaceWrites writes,
            ArgumentEditing argumentEditing,
            org.disputatio.authoring.MapControls mapControls,
            org.disputatio.authoring.MapRights rights) {
        this.argumentEditing = argumentEditing;
        this.rights = rights;
        this.mapActions = new MapHeaderActions(mapControls, this);
        this.service = service;
        this.writes = writes;
        this.broadcaster = broadcaster;
        this.authentication = authentication;
        setSizeFull();
        setPadding(false);
        setSpacing(false);
        addClassName("workspace");
        heading.addClassName("workspace-title");
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
        whatIf = new WhatIfState(service, () -> perspective.perspective());
        whatIfBanner = new WhatIfBanner(this);
        search = new SearchBox(this);
        exports = new ExportMenu(this);
        hiddenItems = new HiddenItemsPanel(this);

        readerTab = tabs.add(getTranslation("workspace.tab.reader"), reader);
        graphTab = tabs.add(getTranslation("workspace.tab.graph"), graph);
        tabs.add(getTranslation("workspace.tab.outline"), outline);
        sourcesTab = tabs.add(getTranslation("workspace.tab.sources"), sources);
        tabs.add(getTranslation("workspace.tab.contested"), contested);
        var historyScroller = new com.vaadin.flow.component.orderedlayout.Scroller(history);
        historyScroller.setId("workspace-history-scroller");
        historyScroller.setSizeFull();
        historyTab = tabs.add(getTranslation("workspace.tab.history"), historyScroller);
        tabs.setSizeFull();
        tabs.setId("workspace-tabs");
        tabs.addClassName("workspace-tabs");
        tabs.setSuffixComponent(openSheet);

        header.addClassName("workspace-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.addClassName("workspace-toolbar");
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        header.add(heading, toolbar);
        header.expand(heading);
        banners.addClassName("workspace-banners");
        banners.setId("workspace-banners");

        buildSheet();
        split = new SplitLayout(tabs, sheet);
        split.setSizeFull();
        split.addClassName("workspace-split");
        // A width dragged to stays the sheet's width when it is closed and opened again.
        split.addSplitterDragEndListener(e -> {
            Double at = split.getSplitterPosition();
            if (at != null && at > 5 && at < 95) sheetAt = at;
            widenSheet.setText(getTranslation(wide() ? "workspace.sheet.narrow" : "workspace.sheet.widen"));
        });
        showSheet(false);
        // Help ("How the evaluation works", the tour), the Timeline link, search and the perspective in the toolbar;
        // the what-if banner in the banners (issue 11 points 3, 4, 7; issue 10 point 2).
        toolbar.add(help, sources.timeline, search, perspective);
        toolbar.add(mapActions);
        // rounds13 (issue 13 point 4): the map's blind rating rounds, a page of the seminars module (ADR 039).
        rounds.setId("workspace-rounds");
        rounds.setText(getTranslation("rounds.link"));
        rounds.getElement().setAttribute("title", getTranslation("rounds.link.tip"));
        rounds.getStyle().set("margin", "0 var(--lumo-space-s)").set("white-space", "nowrap");
        toolbar.add(rounds);
        toolbar.add(exports);
        // Small fields keep the header one line high at 1280×720, so the reader keeps most of the height.
        search.field.addThemeVariants(com.vaadin.flow.component.textfield.TextFieldVariant.LUMO_SMALL);
        perspective.addThemeVariants(com.vaadin.flow.component.select.SelectVariant.LUMO_SMALL);
        banners.add(whatIfBanner, hiddenItems);
        add(header, banners, message, split);
        setFlexGrow(1, split);
        // "Skip to text" shows the reader first if another tab was on top. Heard here, not on the reader: a hidden
        // tab's content is inert, and the server would drop its events.
        getElement().addEventListener("skip-target", e -> {
            if (tabs.getSelectedTab() != readerTab) {
                tabs.setSelectedTab(readerTab);
                // The tab sheet shows the reader on its next frames: focus once it can be seen.
                reader.reader.getElement().executeJs(FOCUS_WHEN_SHOWN);
            }
        });
    }

    // ------------------------------------------------------------------ the claim sheet

    private void buildSheet() {
        sheet.setId("claim-sheet");
        sheet.addClassName("claim-sheet");
        sheet.setPadding(false);
        sheet.setSpacing(false);
        sheet.setSizeFull();
        var title = new Span(getTranslation("workspace.claim.panel"));
        title.addClassName("claim-sheet-title");
        widenSheet.setId("claim-sheet-widen");
        widenSheet.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        widenSheet.addClickListener(e -> {
            sheetAt = wide() ? SHEET_NORMAL : SHEET_WIDE;
            showSheet(true);
        });
        closeSheet.setId("claim-sheet-close");
        closeSheet.setText("✕");
        closeSheet.setAriaLabel(getTranslation("workspace.sheet.close"));
        closeSheet.setTooltipText(getTranslation("workspace.sheet.close"));
        closeSheet.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        closeSheet.addClickListener(e -> showSheet(false));
        openSheet.setId("claim-sheet-open");
        openSheet.setText(getTranslation("workspace.sheet.open"));
        openSheet.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        openSheet.addClickListener(e -> showSheet(true));
        var bar = new HorizontalLayout(title, widenSheet, closeSheet);
        bar.addClassName("claim-sheet-bar");
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(title);
        sheet.add(bar, claimPanel);
        sheet.setFlexGrow(1, claimPanel);
    }

    /** Opens (at its normal or wide width) or closes the claim sheet; closed, the tabs take the whole width. */
    void showSheet(boolean open) {
        sheetOpen = open;
        sheet.setVisible(open);
        openSheet.setVisible(!open);
        split.setClassName("sheet-closed", !open);
        split.setSplitterPosition(open ? sheetAt : 100);
        widenSheet.setText(getTranslation(wide() ? "workspace.sheet.narrow" : "workspace.sheet.widen"));
    }

    private boolean wide() {
        return sheetAt < (SHEET_NORMAL + SHEET_WIDE) / 2;
    }

    boolean sheetOpen() {
        return sheetOpen;
    }

    private static final String FOCUS_WHEN_SHOWN = """
            let frames = 0;
            const focus = () => {
              if (this.checkVisibility() || frames++ > 30) this.focus();
              else requestAnimationFrame(focus);
            };
            focus();
            """;

    @Override
    public String skipTargetId() {
        return reader.reader.getId().orElse("claim-reader");
    }

    @Override
    public String skipLabelKey() {
        return "workspace.skip";
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
        rounds.setHref("maps/" + mapId + "/rounds");
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
        mayWrite = rights.mayWrite(shared.id(), signedInUser().orElse(null));
        perspective.fill(shared);
        Workspace w = perspective.seen(shared); // every panel shows the chosen perspective (ADR 031)
        showTitle(w);
        reader.show(w);
        graph.show(w, fresh);
        outline.show(w);
        sources.show(w);
        contested.show(w);
        hiddenItems.show(w);
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

    /** The map's title in the header and the page title, and the owner's controls beside it. */
    private void showTitle(Workspace w) {
        title = w.map().title();
        heading.setText(title);
        heading.getElement().setAttribute("title", title);
        mapActions.show(w);
        exports.show(w);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
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
        if (!w.map().title().equals(title)) showTitle(w); // renamed (ADR 034): nothing else changes shape
        reader.update(w, update);
        graph.update(w, update);
        outline.update(w, update);
        sources.update(w, update);
        contested.update(w, update);
        hiddenItems.show(w);
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
        whatIf.set(perspective.seen(workspace), sourceIds);
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
        claimPanel.showWhatIf(perspective.seen(w), whatIf);
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
        var dialog = new ScenarioComparison(perspective.seen(workspace), whatIf, scenarioB, this::showInUrl);
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

    /**
     * The signed-in user if they may write to this map, else empty: every write control and write path of the
     * workspace asks this, not {@link #signedInUser()} (which reading features such as "my perspective" use).
     */
    Optional<String> writer() {
        return mayWrite ? signedInUser() : Optional.empty();
    }

    /** Why a signed-in user cannot write here (or a sign-in hint), for tooltips and helper texts. */
    String whyNoWrite() {
        return getTranslation(signedInUser().isEmpty() ? "workspace.write.signIn" : "workspace.write.readOnly");
    }

    WorkspaceWrites writes() {
        return writes;
    }

    ArgumentEditing argumentEditing() {
        return argumentEditing;
    }

    /**
     * Enables a write action for a user who may write to the map; otherwise leaves it visible but disabled, with
     * the reason as its tooltip (sign in; a viewer's read-only role; not possible here).
     */
    void offerWrite(com.vaadin.flow.component.button.Button button, boolean applicable) {
        boolean can = writer().isPresent() && applicable;
        button.setEnabled(can);
        if (can) {
            button.setTooltipText(null);
        } else {
            button.setTooltipText(writer().isEmpty() ? whyNoWrite() : getTranslation("workspace.write.notApplicable"));
        }
    }

    /** Opens a write dialog for a user who may write; after a save the workspace shows the change. */
    void openWrite(java.util.function.BiFunction<WorkspaceWrites, String, WriteDialog> dialog) {
        String user = writer().orElse(null);
        if (user == null || workspace == null) return;
        openDialog(dialog.apply(writes, user));
    }

    /**
     * Opens a dialog of the workspace; when it closes (saved or cancelled) the focus goes back into the workspace,
     * where the Alt+Shift shortcuts listen: to what had it before, else the claim sheet, else the view itself.
     */
    void openDialog(com.vaadin.flow.component.dialog.Dialog dialog) {
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) getElement().executeJs(RESTORE_FOCUS);
        });
        dialog.open();
    }

    /** Remembers what last had the focus inside the view (a dialog's fields are outside it). */
    private static final String TRACK_FOCUS = """
            if (!this._focusTracked) {
              this._focusTracked = true;
              this.addEventListener('focusin', (e) => { if (e.target !== this) this._lastFocus = e.target; });
            }
            """;

    /**
     * For a second and a half after a dialog closed, puts the focus back inside the view whenever it is outside
     * (the dialog's own restoring, or the redraw after a save, can leave it on the page's body). Another dialog
     * or a notification that took the focus keeps it.
     */
    private static final String RESTORE_FOCUS = """
            const view = this;
            const settled = () => {
              const a = document.activeElement;
              if (a && a !== document.body && view.contains(a)) return true;
              return !!(a && a.closest && a.closest('vaadin-dialog, vaadin-dialog-overlay, vaadin-notification-card'));
            };
            const usable = (el) => el && el.isConnected && view.contains(el) && !el.hasAttribute('disabled')
                && (!el.checkVisibility || el.checkVisibility());
            const target = () => {
              const last = view._lastFocus;
              if (usable(last)) return last;
              const claim = last && last.dataset && last.dataset.claim;
              const again = claim && view.querySelector(`mark.reader-stop[data-claim="${CSS.escape(claim)}"]`);
              if (usable(again)) return again;
              const sheet = view.querySelector('#claim-sheet');
              if (usable(sheet)) { sheet.tabIndex = -1; return sheet; }
              view.tabIndex = -1;
              return view;
            };
            const started = performance.now();
            const step = () => {
              if (!settled()) target().focus({ preventScroll: true });
              if (performance.now() - started < 1500) requestAnimationFrame(step);
            };
            requestAnimationFrame(step);
            """;

    void selectClaim(String claimId) {
        if (workspace == null || workspace.claim(claimId).isEmpty()) return;
        selectedClaim = claimId;
        claimPanel.show(perspective.seen(workspace), claimId);
        if (!sheetOpen) showSheet(true);
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
        getElement().executeJs(COMPACT_ON_SCROLL);
        getElement().executeJs(TRACK_FOCUS);
        // The text needs the width more than the navigation does: the frame's drawer starts closed here, and its
        // toggle opens it again.
        for (var c = getParent(); c.isPresent(); c = c.get().getParent()) {
            if (c.get() instanceof com.vaadin.flow.component.applayout.AppLayout frame) frame.setDrawerOpened(false);
        }
    }

    /**
     * Once a panel (the reader, the claim sheet, a list) is scrolled down, the title and the reader's preamble fold
     * away (workspace.css, [compact]); back at the top they return. Scroll events do not bubble: caught on the way
     * down. The two thresholds keep the header from flickering at the edge.
     */
    private static final String COMPACT_ON_SCROLL = """
            if (!this._compactOnScroll) {
              this._compactOnScroll = true;
              this.addEventListener('scroll', (e) => {
                const top = e.target && typeof e.target.scrollTop === 'number' ? e.target.scrollTop : 0;
                if (top > 48 && !this.hasAttribute('compact')) this.setAttribute('compact', '');
                else if (top < 8 && this.hasAttribute('compact')) this.removeAttribute('compact');
              }, true);
            }
            """;

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
