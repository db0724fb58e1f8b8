package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.PersonSearch;
import org.disputatio.workspace.GraphSlice;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The map as a graph, with filters by section and kind, focus on a claim's neighbourhood, zoom, a search that
 * brings any claim into view legibly, collapse and expand of a claim's subtree, and export as SVG or PNG. What is
 * drawn is decided by {@link GraphSlice}; maps too large to draw start collapsed to their sections.
 */
class GraphPanel extends VerticalLayout {

    private final WorkspaceView view;
    final MultiSelectComboBox<String> sections = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> kinds = new MultiSelectComboBox<>();
    final IntegerField hops = new IntegerField();
    final Button focusSelected = new Button();
    final Button showAll = new Button();
    final ComboBox<MapContent.Claim> search = new ComboBox<>();
    final Button collapse = new Button();
    final Button expandAll = new Button();
    final Button exportSvg = new Button("SVG");
    final Button exportPng = new Button("PNG");
    final Span status = new Span();
    /** Authoring the selected node's claim from the graph: the claim panel's own actions, shortcuts and dialogs. */
    final HorizontalLayout authoring = new HorizontalLayout();

    final Button pro = new Button();
    final Button con = new Button();
    final Button attack = new Button();
    final Button argument = new Button();
    final WorkspaceGraph canvas = new WorkspaceGraph();
    private @Nullable String focus;
    private @Nullable Workspace workspace;
    private boolean updating;

    GraphPanel(WorkspaceView view) {
        this.view = view;
        setSizeFull();
        setPadding(false);

        // Placeholders and accessible names rather than labels above the fields: the toolbar stays two rows high
        // and the map gets the room.
        sections.setPlaceholder(
                getTranslation("workspace.graph.sections") + ": " + getTranslation("workspace.graph.all"));
        sections.setAriaLabel(getTranslation("workspace.graph.sections"));
        sections.setWidth("12em");
        sections.setId("graph-sections");
        sections.setItemLabelGenerator(s -> "§ " + s);
        kinds.setPlaceholder(getTranslation("workspace.graph.kinds") + ": " + getTranslation("workspace.graph.all"));
        kinds.setAriaLabel(getTranslation("workspace.graph.kinds"));
        kinds.setWidth("14em");
        kinds.setId("graph-kinds");
        kinds.setItemLabelGenerator(k -> getTranslation("claim.kind." + k));
        hops.setAriaLabel(getTranslation("workspace.graph.hops"));
        hops.setTooltipText(getTranslation("workspace.graph.hops"));
        hops.setMin(1);
        hops.setMax(6);
        hops.setValue(2);
        hops.setStepButtonsVisible(true);
        hops.setWidth("7em");
        focusSelected.setText(getTranslation("workspace.graph.focusSelected"));
        focusSelected.setId("graph-focus");
        showAll.setText(getTranslation("workspace.graph.showAll"));
        showAll.setId("graph-show-all");

        var zoomIn = new Button("+", e -> canvas.zoomBy(1.25));
        zoomIn.setAriaLabel(getTranslation("workspace.graph.zoomIn"));
        zoomIn.setTooltipText(getTranslation("workspace.graph.zoomIn"));
        var zoomOut = new Button("−", e -> canvas.zoomBy(0.8));
        zoomOut.setAriaLabel(getTranslation("workspace.graph.zoomOut"));
        zoomOut.setTooltipText(getTranslation("workspace.graph.zoomOut"));
        var fit = new Button(getTranslation("workspace.graph.fit"), e -> canvas.fit());
        fit.setId("graph-fit");

        // Search as you type, over the claims' words, ignoring case and accents: picking one shows it legibly.
        search.setId("graph-search");
        search.setPlaceholder(getTranslation("workspace.graph.search"));
        search.setAriaLabel(getTranslation("workspace.graph.search"));
        search.setClearButtonVisible(true);
        search.setWidth("20em");
        search.setItemLabelGenerator(MapContent.Claim::text);
        search.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                view.selectClaim(e.getValue().id());
                showInMap(e.getValue().id());
            }
        });
        collapse.setText(getTranslation("workspace.graph.collapse"));
        collapse.setId("graph-collapse");
        collapse.setTooltipText(getTranslation("workspace.graph.collapseHint"));
        collapse.addClickListener(e -> {
            String selected = view.selectedClaim();
            if (selected != null) canvas.toggleCollapse(selected);
        });
        expandAll.setText(getTranslation("workspace.graph.expandAll"));
        expandAll.setId("graph-expand-all");
        expandAll.addClickListener(e -> canvas.expandAll());
        exportSvg.setId("graph-export-svg");
        exportSvg.setTooltipText(getTranslation("workspace.graph.exportSvg"));
        exportSvg.setAriaLabel(getTranslation("workspace.graph.exportSvg"));
        canvas.exportOnClick(exportSvg, "svg");
        exportPng.setId("graph-export-png");
        exportPng.setTooltipText(getTranslation("workspace.graph.exportPng"));
        exportPng.setAriaLabel(getTranslation("workspace.graph.exportPng"));
        canvas.exportOnClick(exportPng, "png");
        for (Button b :
                List.of(zoomIn, zoomOut, fit, focusSelected, showAll, collapse, expandAll, exportSvg, exportPng))
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);

        sections.addValueChangeListener(e -> redrawFromUser());
        kinds.addValueChangeListener(e -> redrawFromUser());
        hops.addValueChangeListener(e -> {
            if (focus != null) redrawFromUser();
        });
        focusSelected.addClickListener(e -> {
            String selected = view.selectedClaim();
            if (selected != null) focus(selected);
        });
        showAll.addClickListener(e -> {
            focus = null;
            updating = true;
            sections.clear();
            kinds.clear();
            updating = false;
            redraw();
        });
        canvas.addNodeSelectedListener(e -> nodeSelected(e.nodeId()));

        var filters = new HorizontalLayout(search, sections, kinds, hops, focusSelected, showAll);
        var actions = new HorizontalLayout(collapse, expandAll, zoomIn, zoomOut, fit, exportSvg, exportPng);
        buildAuthoring();
        actions.add(authoring);
        for (HorizontalLayout row : List.of(filters, actions, authoring)) {
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            row.setWrap(true);
            row.setSpacing(false);
            row.getStyle().set("gap", "var(--lumo-space-s)");
        }
        var toolbar = new VerticalLayout(filters, actions);
        toolbar.setPadding(false);
        toolbar.setSpacing(false);
        var legendText = new Span(getTranslation("workspace.graph.legend"));
        legendText.addClassName("provenance");
        var legend = new com.vaadin.flow.component.details.Details(
                getTranslation("workspace.graph.legendTitle"), legendText);
        legend.setId("graph-legend");
        status.setId("graph-status");
        status.getElement().setAttribute("aria-live", "polite");
        canvas.setSizeFull();
        add(toolbar, legend, status, canvas);
        setFlexGrow(1, canvas);
    }

    void show(Workspace w, boolean fresh) {
        this.workspace = w;
        updating = true;
        if (fresh) {
            focus = null;
            sections.clear();
            kinds.clear();
        }
        Set<String> keptSections = Set.copyOf(sections.getValue());
        Set<String> keptKinds = Set.copyOf(kinds.getValue());
        canvas.setFileName(w.id().value());
        search.setItems(
                (claim, typed) -> PersonSearch.fold(claim.text()).contains(PersonSearch.fold(typed)),
                w.map().claims());
        sections.setItems(w.sections());
        kinds.setItems(w.kinds());
        sections.setValue(keptSections.stream().filter(w.sections()::contains).collect(Collectors.toSet()));
        kinds.setValue(keptKinds.stream().filter(w.kinds()::contains).collect(Collectors.toSet()));
        if (focus != null && w.claim(focus).isEmpty()) focus = null;
        updating = false;
        redraw();
        offerAuthoring();
    }

    void focus(String claimId) {
        focus = claimId;
        updating = true;
        sections.clear();
        kinds.clear();
        updating = false;
        redraw();
        canvas.select(claimId);
    }

    /**
     * Shows a claim in the map, legibly: if the drawing holds it, it is brought into view there; otherwise the
     * filters and focus are dropped so that it is (on a map too large to draw, its section is drawn).
     */
    void showInMap(String claimId) {
        if (workspace == null) return;
        var claim = workspace.claim(claimId);
        if (claim.isEmpty()) return;
        boolean drawn = canvas.drawing().nodes().stream().anyMatch(n -> n.id().equals(claimId));
        if (!drawn) {
            focus = null;
            updating = true;
            sections.clear();
            kinds.clear();
            if (GraphSlice.draw(workspace, query()).collapsed())
                sections.setValue(Set.of(claim.get().section()));
            updating = false;
            redraw();
        }
        canvas.reveal(claimId);
    }

    void select(String claimId) {
        canvas.select(claimId);
        offerAuthoring();
    }

    /**
     * Pro, Con, Attack and Argument for the selected claim, in the graph's header: each clicks the claim panel's
     * button of the same name (the panel shows the same claim), so dialogs, rights and the Alt+Shift shortcuts
     * (which listen on the whole workspace) are the panel's.
     */
    private void buildAuthoring() {
        authoring.setId("graph-authoring");
        var label = new Span(getTranslation("workspace.graph.authoring"));
        label.addClassName("provenance");
        authoring.add(label);
        graphAction(pro, "pro", "P", () -> view.claimPanel.argumentActions.pro);
        graphAction(con, "con", "O", () -> view.claimPanel.argumentActions.con);
        graphAction(attack, "attack", "K", () -> view.claimPanel.argumentActions.attack);
        graphAction(argument, "argument", "A", () -> view.claimPanel.argumentActions.argument);
        authoring.setVisible(false);
    }

    private void graphAction(Button button, String name, String letter, java.util.function.Supplier<Button> panel) {
        button.setText(getTranslation("workspace.authoring." + name));
        button.setId("graph-" + name);
        button.getElement().setProperty("shortcutLetter", letter);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        button.addClickListener(e -> {
            Button target = panel.get();
            if (target.isEnabled()) target.click();
        });
        authoring.add(button);
    }

    private void offerAuthoring() {
        String selected = view.selectedClaim();
        boolean shown = workspace != null
                && selected != null
                && workspace.claim(selected).isPresent();
        authoring.setVisible(shown);
        if (!shown) return;
        for (Button b : List.of(pro, con, attack, argument)) {
            view.offerWrite(b, true);
            if (b.isEnabled())
                b.setTooltipText(b.getText() + " (Alt+Shift+" + b.getElement().getProperty("shortcutLetter", "") + ")");
        }
    }

    void highlight(Collection<String> fallen, Collection<String> changed) {
        canvas.highlight(fallen, changed);
    }

    GraphSlice.Query query() {
        Integer n = hops.getValue();
        return new GraphSlice.Query(
                Set.copyOf(sections.getValue()), Set.copyOf(kinds.getValue()), focus, n == null ? 2 : n);
    }

    private void redrawFromUser() {
        if (!updating) redraw();
    }

    private void redraw() {
        if (workspace == null) return;
        GraphSlice.Drawing drawing = GraphSlice.draw(workspace, query());
        String text = describe(workspace, drawing);
        status.setText(text);
        canvas.draw(drawing, text);
    }

    /**
     * Takes an update: when the same nodes and edges are to be drawn (a rating, a grade, a contestation), only
     * the nodes whose data moved are restyled in the browser, keeping the layout, zoom and selection; otherwise
     * the graph is drawn anew.
     */
    void update(Workspace w, WorkspaceUpdate update) {
        this.workspace = w;
        if (update.reassessed().isEmpty() && !update.contentChanged()) return;
        GraphSlice.Drawing shown = canvas.drawing();
        GraphSlice.Drawing next = GraphSlice.draw(w, query());
        List<String> shownIds = shown.nodes().stream().map(GraphSlice.Node::id).toList();
        List<String> nextIds = next.nodes().stream().map(GraphSlice.Node::id).toList();
        if (!shownIds.equals(nextIds) || !shown.edges().equals(next.edges())) {
            redraw();
            return;
        }
        List<GraphSlice.Node> moved = new java.util.ArrayList<>();
        for (int i = 0; i < nextIds.size(); i++) {
            if (!next.nodes().get(i).equals(shown.nodes().get(i)))
                moved.add(next.nodes().get(i));
        }
        if (moved.isEmpty()) return;
        String text = describe(w, next);
        status.setText(text);
        canvas.restyle(next, moved, text);
    }

    private String describe(Workspace w, GraphSlice.Drawing drawing) {
        long claims = drawing.nodes().stream()
                .filter(n -> !n.kind().equals("argument"))
                .count();
        long contested =
                drawing.nodes().stream().filter(GraphSlice.Node::contested).count();
        if (drawing.collapsed()) {
            return getTranslation(
                    "workspace.graph.collapsed",
                    drawing.total(),
                    drawing.nodes().size());
        } else if (focus != null) {
            return getTranslation(
                    "workspace.graph.focused", w.claim(focus).map(c -> c.text()).orElse(focus), claims, contested);
        }
        return getTranslation(
                "workspace.graph.showing", claims, w.map().claims().size(), contested);
    }

    private void nodeSelected(String id) {
        if (workspace == null) return;
        if (id.startsWith(GraphSlice.SECTION_PREFIX)) {
            sections.setValue(Set.of(id.substring(GraphSlice.SECTION_PREFIX.length())));
            return;
        }
        if (workspace.claim(id).isPresent()) {
            view.selectClaim(id);
        } else {
            workspace.argument(id).ifPresent(a -> view.selectClaim(a.conclusion()));
        }
    }
}
