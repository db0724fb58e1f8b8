package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.evaluation.WhatIf;
import org.disputatio.evidence.GradeSpread;
import org.disputatio.evidence.UserContestation;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The bibliography: how often the map cites each source, who contests it, what depends on it, and a
 * what-if switch that rejects it and shows what falls.
 */
class SourcesPanel extends VerticalLayout {

    private final WorkspaceView view;
    final Grid<Workspace.SourceRow> grid = new Grid<>();
    private final List<Workspace.SourceRow> rows = new java.util.ArrayList<>();
    // Rows are known by their source, so an update keeps the selected row and the grid's scroll position.
    private final ListDataProvider<Workspace.SourceRow> provider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(Workspace.SourceRow row) {
            return row.source().id();
        }
    };
    final VerticalLayout details = new VerticalLayout();
    final HistoryList history;
    final H3 title = new H3();
    final Paragraph reportedBy = new Paragraph();
    final UnorderedList contestations = new UnorderedList();
    final UnorderedList dependents = new UnorderedList();
    final Checkbox reject = new Checkbox();
    final VerticalLayout whatIfResult = new VerticalLayout();
    final Button grade = new Button();
    final Paragraph gradeSpread = new Paragraph();
    final Button contest = new Button();
    final GradeGridTable gradeGrid = new GradeGridTable();
    final DependencyChart dependencyChart = new DependencyChart(this::selectSource);
    /** The proponents' word as a source (ADR 029), so the what-if can reject "the author's word" as the API can. */
    final ComboBox<String> words = new ComboBox<>();
    /** To the map's Timeline view; WorkspaceView places it beside the heading. */
    final Anchor timeline = new Anchor();

    private @Nullable Workspace workspace;
    private @Nullable String selectedSource;
    // Set while the panel itself moves the switch, so that only the user's toggles change the what-if.
    private boolean showingSwitch;

    SourcesPanel(WorkspaceView view) {
        this.view = view;
        history = new HistoryList(view);
        history.setId("source-history");
        setSizeFull();
        setPadding(false);
        grid.setId("sources-grid");
        grid.setItems(provider);
        grid.addColumn(r -> String.join(", ", r.source().authors()))
                .setHeader(getTranslation("map.column.authors"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> r.source().title() == null ? "—" : r.source().title())
                .setHeader(getTranslation("map.column.title"))
                .setFlexGrow(3);
        grid.addColumn(r -> r.source().year() == null ? "" : r.source().year().toString())
                .setHeader(getTranslation("map.column.year"))
                .setAutoWidth(true)
                .setSortable(true);
        grid.addColumn(r -> getTranslation("source.kind." + r.source().kind()))
                .setHeader(getTranslation("map.column.sourceKind"))
                .setAutoWidth(true);
        grid.addColumn(Workspace.SourceRow::citations)
                .setHeader(getTranslation("map.column.citations"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Workspace.SourceRow::citations);
        grid.addColumn(Workspace.SourceRow::dependents)
                .setHeader(getTranslation("workspace.sources.dependents"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(Workspace.SourceRow::dependents);
        grid.addColumn(r -> r.contested() ? "⚠ " + r.contestations().size() : "")
                .setHeader(getTranslation("workspace.sources.contested"))
                .setAutoWidth(true)
                .setSortable(true)
                .setComparator(r -> r.contestations().size());
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("map.sources.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("workspace.tab.sources"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) showSource(e.getValue().source().id());
        });

        reject.setLabel(getTranslation("workspace.sources.reject"));
        reject.setId("what-if-reject");
        reject.addValueChangeListener(e -> {
            if (!showingSwitch) toggleWhatIf(e.getValue());
        });
        grade.setText(getTranslation("workspace.sources.grade"));
        contest.setText(getTranslation("workspace.sources.contest"));
        grade.setId("source-grade");
        contest.setId("source-contest");
        for (Button b : List.of(grade, contest)) b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        grade.addClickListener(e -> withSource((w, id) -> view.openWrite((writes, user) -> new GradeDialog(
                w, id, view.service().sourceGrades(w.id(), id, user).yours(), writes, user, view::refresh))));
        contest.addClickListener(e -> withSource(
                (w, id) -> view.openWrite((writes, user) -> new ContestDialog(w, id, writes, user, view::refresh))));
        whatIfResult.setPadding(false);
        whatIfResult.setId("what-if-result");
        details.setId("source-details");
        reportedBy.setId("source-reported-by");
        details.add(
                title,
                reportedBy,
                new HorizontalLayout(reject, grade, contest),
                gradeSpread,
                gradeGrid,
                whatIfResult,
                new H4(getTranslation("workspace.sources.contestations")),
                contestations,
                new H4(getTranslation("workspace.sources.dependsOn")),
                dependents,
                new H4(getTranslation("workspace.history.title")),
                history);
        details.setVisible(false);

        // The details run long (what-if lists, contestations, dependents, history): they scroll in their own pane.
        details.setWidthFull();
        var detailsScroller = new com.vaadin.flow.component.orderedlayout.Scroller(details);
        detailsScroller.setId("source-details-scroller");
        detailsScroller.setSizeFull();
        var split = new SplitLayout(grid, detailsScroller, SplitLayout.Orientation.VERTICAL);
        split.setSizeFull();
        split.setSplitterPosition(45);
        words.setId("what-if-proponent");
        words.setLabel(getTranslation("workspace.sources.words"));
        words.setPlaceholder(getTranslation("workspace.sources.wordsPlaceholder"));
        words.setClearButtonVisible(true);
        words.setWidth("28em");
        words.addValueChangeListener(e -> {
            if (e.getValue() != null && !e.getValue().equals(selectedSource)) {
                grid.asSingleSelect().clear();
                showWord(e.getValue());
            }
        });
        timeline.setId("workspace-timeline");
        timeline.setText(getTranslation("maps.open.timeline"));
        timeline.getStyle().set("margin", "0 var(--lumo-space-m)");
        add(dependencyChart, words, split);
        setFlexGrow(1, split);
    }

    /** A document known only through others: whatever rests on it rests on them too. */
    private void showReportedBy(Workspace w, MapContent.Source source) {
        List<String> links = source.reportedBy().stream()
                .map(r -> w.sourceLabel(r.sourceId()) + (r.locator() == null ? "" : ", " + r.locator()))
                .toList();
        reportedBy.setVisible(!links.isEmpty());
        reportedBy.setText(
                links.isEmpty() ? "" : getTranslation("workspace.sources.reportedBy", String.join(" ; ", links)));
    }

    void show(Workspace w) {
        this.workspace = w;
        showRows(w);
        showWords(w);
        timeline.setHref("timeline/" + w.id().value());
        timeline.setVisible(!w.map().events().isEmpty());
        if (selectedSource != null && isWord(selectedSource)) {
            showWord(selectedSource);
        } else if (selectedSource != null && w.source(selectedSource).isPresent()) {
            showSource(selectedSource);
        } else {
            selectedSource = null;
            details.setVisible(false);
        }
    }

    private void showWords(Workspace w) {
        List<String> available = w.proponentWords();
        words.setItems(available);
        words.setItemLabelGenerator(id -> getTranslation(
                "workspace.sources.word",
                w.proponentName(id),
                w.dependentsOf(id).size()));
        if (words.getValue() != null && !available.contains(words.getValue())) words.clear();
    }

    private static boolean isWord(String sourceId) {
        return sourceId.startsWith(MapSnapshot.proponentSource(""));
    }

    /**
     * A proponent's word selected as a source: what rests on it and the what-if switch that rejects it. It has no
     * row, grade, contestation or history of its own: it is not a document but whoever asserts the claims.
     */
    void showWord(String word) {
        if (workspace == null) return;
        boolean changed = !word.equals(selectedSource);
        selectedSource = word;
        if (!word.equals(words.getValue())) words.setValue(word);
        details.setVisible(true);
        title.setText(getTranslation(
                "workspace.sources.word",
                workspace.proponentName(word),
                workspace.dependentsOf(word).size()));
        reportedBy.setVisible(false);
        contestations.removeAll();
        contestations.add(new ListItem(getTranslation("workspace.sources.notContested")));
        gradeSpread.setText("");
        history.show(workspace, List.of());
        showDependents(workspace, word);
        reject.setLabel(getTranslation("workspace.sources.reject") + " · " + workspace.proponentName(word));
        view.offerWrite(grade, false);
        view.offerWrite(contest, false);
        if (changed) showSwitch(word);
    }

    private void showRows(Workspace w) {
        rows.clear();
        rows.addAll(w.sourceRows());
        provider.refreshAll();
        dependencyChart.show(w);
    }

    /** Selects the source's row, which shows its details (a bar of the dependency chart was clicked). */
    private void selectSource(String sourceId) {
        rows.stream().filter(r -> r.source().id().equals(sourceId)).findFirst().ifPresent(grid::select);
    }

    /**
     * Takes an update of the same shape: rows refreshed in place; the selected source's details read again only
     * when the batch is about that source (a grade, a contestation); otherwise only what depends on the
     * evaluation (its dependents, the what-if result) is recomputed. The what-if switch stays as the user set it.
     */
    void update(Workspace w, WorkspaceUpdate update) {
        this.workspace = w;
        if (update.contentChanged() || !update.reassessed().isEmpty()) {
            showRows(w);
            showWords(w);
        }
        String sourceId = selectedSource;
        if (sourceId != null && isWord(sourceId) && !update.reassessed().isEmpty()) {
            showDependents(w, sourceId);
            return;
        }
        if (sourceId == null || w.source(sourceId).isEmpty()) return;
        if (update.touches(List.of(sourceId))) {
            showSource(sourceId);
        } else if (!update.reassessed().isEmpty()) {
            showDependents(w, sourceId);
        }
    }

    void showSource(String sourceId) {
        if (workspace == null) return;
        Optional<Workspace.SourceRow> row = workspace.sourceRows().stream()
                .filter(r -> r.source().id().equals(sourceId))
                .findFirst();
        if (row.isEmpty()) return;
        boolean changed = !sourceId.equals(selectedSource);
        selectedSource = sourceId;
        words.clear();
        details.setVisible(true);
        title.setText(workspace.sourceLabel(sourceId));
        showReportedBy(workspace, row.get().source());
        // Grades and contestations of the source are logged with it as their item or what they belong to.
        history.show(
                workspace, view.service().history(workspace.id(), List.of(sourceId), WorkspaceView.HISTORY_LENGTH));
        contestations.removeAll();
        String user = view.signedInUser().orElse(null);
        Map<String, UserContestation> mine = new HashMap<>();
        for (UserContestation u : view.service().userContestations(workspace.id(), sourceId)) {
            if (view.writer().isPresent() && view.service().mayWithdraw(u, user)) mine.put(u.id(), u);
        }
        for (MapContent.Contestation c : row.get().contestations()) {
            var item = new ListItem(getTranslation("workspace.sources.contestedBy", c.by(), c.reason()));
            if (user != null && mine.containsKey(c.id())) {
                // Only the author (or an admin) withdraws; the essay's own contestations stay.
                var withdraw = new Button(getTranslation("workspace.sources.withdraw"), e -> {
                    try {
                        view.writes().withdraw(workspace.id(), c.id(), user);
                        view.refresh();
                    } catch (IllegalArgumentException | org.disputatio.workspace.WorkspaceWrites.ConflictException ex) {
                        com.vaadin.flow.component.notification.Notification.show(ex.getMessage());
                    }
                });
                withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                withdraw.addClassName("withdraw-contestation");
                withdraw.setAriaLabel(getTranslation("workspace.sources.withdraw") + ": " + c.reason());
                item.add(withdraw);
            }
            // gaps13: a contestation marked for review shows the mark to its author and to moderators (ADR 038).
            ReviewMarks.show(view, workspace, c.id(), "contestation", item, item);
            contestations.add(item);
        }
        GradeSpread grades = view.service().sourceGrades(workspace.id(), sourceId, user);
        gradeSpread.setText(gradeText(grades));
        gradeGrid.show(view.service().sourceGradeGrid(workspace.id(), sourceId, user));
        if (row.get().contestations().isEmpty())
            contestations.add(new ListItem(getTranslation("workspace.sources.notContested")));
        showDependents(workspace, sourceId);
        reject.setLabel(getTranslation("workspace.sources.reject") + " · " + workspace.sourceLabel(sourceId));
        view.offerWrite(grade, true);
        view.offerWrite(contest, true);
        if (changed) showSwitch(sourceId);
    }

    /** Selects the source's row and shows its details (from a search result). */
    void select(String sourceId) {
        rows.stream()
                .filter(r -> r.source().id().equals(sourceId))
                .findFirst()
                .ifPresentOrElse(grid::select, () -> showSource(sourceId));
    }

    private void showSwitch(String sourceId) {
        showingSwitch = true;
        try {
            reject.setValue(view.whatIf.isRejected(sourceId));
        } finally {
            showingSwitch = false;
        }
    }

    private void showDependents(Workspace w, String sourceId) {
        dependents.removeAll();
        List<Workspace.Dependent> list = w.dependentsOf(sourceId);
        for (Workspace.Dependent d : list) {
            var item = new ListItem(claimButton(
                    d.claim().id(), (d.critical() ? "‼ " : "") + d.claim().text()));
            view.whatIf.shift(d.claim().id()).ifPresent(s -> item.add(WorkspaceView.shiftBadge(s)));
            dependents.add(item);
        }
        if (list.isEmpty()) dependents.add(new ListItem(getTranslation("workspace.sources.noDependents")));
    }

    /** The user rejects the selected source, or restores it: the workspace's scenario gains or loses it. */
    private void toggleWhatIf(boolean rejected) {
        if (workspace == null || selectedSource == null) return;
        var ids = new java.util.ArrayList<>(view.whatIf.rejected());
        if (rejected && !ids.contains(selectedSource)) ids.add(selectedSource);
        if (!rejected) ids.remove(selectedSource);
        view.changeWhatIf(ids);
    }

    /**
     * Shows the workspace's scenario (every rejected source together): what falls, with each claim's strength
     * and label before and after. Called by the view whenever the scenario changes.
     */
    void showWhatIf() {
        if (selectedSource != null) showSwitch(selectedSource);
        whatIfResult.removeAll();
        Workspace w = workspace;
        var scenario = view.whatIf.scenario();
        if (w == null || scenario == null || !view.whatIf.isActive()) return;
        WhatIf result = scenario.whatIf();
        whatIfResult.add(new Paragraph(getTranslation(
                "workspace.whatIf.summary",
                result.lostGrounding().size(),
                result.changedLabel().size(),
                result.changedStrength().size())));
        section("workspace.whatIf.lostGrounding", result.lostGrounding());
        section("workspace.whatIf.changedLabel", result.changedLabel());
        section("workspace.whatIf.changedStrength", result.changedStrength());
        if (selectedSource != null) showDependents(w, selectedSource);
    }

    /** The engine's difference under the workspace's scenario; null when nothing is rejected. */
    @Nullable
    WhatIf whatIf() {
        var scenario = view.whatIf.scenario();
        return scenario == null || !view.whatIf.isActive() ? null : scenario.whatIf();
    }

    private void section(String key, List<String> claimIds) {
        if (claimIds.isEmpty()) return;
        whatIfResult.add(new H4(getTranslation(key)));
        var list = new UnorderedList();
        for (String id : claimIds) {
            String text = workspace == null
                    ? id
                    : workspace.claim(id).map(MapContent.Claim::text).orElse(id);
            var item = new ListItem(claimButton(id, text));
            view.whatIf.shift(id).ifPresent(s -> item.add(WorkspaceView.shiftBadge(s)));
            list.add(item);
        }
        whatIfResult.add(list);
    }

    /** "Your grade: B3 · 4 grades: A 1, B 2 … / 1 0, 2 1 …". */
    private String gradeText(GradeSpread g) {
        String yours = g.yours() == null
                ? getTranslation("workspace.grade.noneYours")
                : getTranslation(
                        "workspace.grade.yours",
                        "" + g.yours().reliability() + g.yours().credibility());
        if (g.count() == 0) return yours + " · " + getTranslation("workspace.grade.none");
        StringBuilder r = new StringBuilder();
        g.reliability()
                .forEach((k, n) ->
                        r.append(r.isEmpty() ? "" : "  ").append(k).append(": ").append(n));
        StringBuilder c = new StringBuilder();
        g.credibility()
                .forEach((k, n) ->
                        c.append(c.isEmpty() ? "" : "  ").append(k).append(": ").append(n));
        return yours + " · " + getTranslation("workspace.grade.count", g.count()) + " · "
                + getTranslation("workspace.grade.reliability") + " " + r + " · "
                + getTranslation("workspace.grade.credibility") + " " + c;
    }

    private void withSource(java.util.function.BiConsumer<Workspace, String> action) {
        if (workspace != null && selectedSource != null) action.accept(workspace, selectedSource);
    }

    private com.vaadin.flow.component.Component claimButton(String claimId, String text) {
        var b = new Button(text, e -> view.selectClaim(claimId));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.addClassName("claim-link");
        return new com.vaadin.flow.component.html.Span(b, ShowInMap.button(view, claimId, text));
    }
}
