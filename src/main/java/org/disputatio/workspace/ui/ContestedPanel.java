package org.disputatio.workspace.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.evaluation.Explanation;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * Conclusions ranked by how much they depend on contested sources: first those that a single
 * contested source could bring down, then by the number of contested sources under them. Each row
 * opens onto the paths that explain the dependence.
 */
class ContestedPanel extends VerticalLayout {

    private final WorkspaceView view;
    final Grid<Workspace.ContestedConclusion> grid = new Grid<>();
    private final List<Workspace.ContestedConclusion> rows = new ArrayList<>();
    // Rows are known by their claim, so an update keeps the selected row and its open details.
    private final ListDataProvider<Workspace.ContestedConclusion> provider = new ListDataProvider<>(rows) {
        @Override
        public Object getId(Workspace.ContestedConclusion row) {
            return row.claim().id();
        }
    };
    private @Nullable Workspace workspace;
    // Before → after under the workspace's what-if; shown only while sources are rejected.
    final Grid.Column<Workspace.ContestedConclusion> whatIfColumn;

    ContestedPanel(WorkspaceView view) {
        this.view = view;
        setSizeFull();
        setPadding(false);
        var intro = new Paragraph(getTranslation("workspace.contested.intro"));
        intro.addClassName("provenance");
        grid.setId("contested-grid");
        grid.addColumn(c -> c.claim().text())
                .setHeader(getTranslation("workspace.contested.conclusion"))
                .setFlexGrow(4);
        grid.addColumn(c -> getTranslation("claim.kind." + c.claim().kind()))
                .setHeader(getTranslation("map.column.kind"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.criticalContested().isEmpty()
                        ? ""
                        : "‼ "
                                + String.join(
                                        ", ",
                                        c.criticalContested().stream()
                                                .map(this::source)
                                                .toList()))
                .setHeader(getTranslation("workspace.contested.critical"))
                .setFlexGrow(2);
        grid.addColumn(c -> c.contestedSources().size())
                .setHeader(getTranslation("workspace.contested.count"))
                .setAutoWidth(true);
        grid.addColumn(c -> c.assessment().strength().isPresent()
                        ? Format.strength(c.assessment().strength().getAsDouble())
                        : "—")
                .setHeader(getTranslation("workspace.strength"))
                .setAutoWidth(true);
        whatIfColumn = grid.addColumn(c -> view.whatIf
                        .shift(c.claim().id())
                        .map(s -> (s.falls() ? "▼ " : "") + s.text())
                        .orElse(""))
                .setHeader(getTranslation("workspace.whatIf.column"))
                .setAutoWidth(true);
        whatIfColumn.setVisible(false);
        grid.setItems(provider);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::paths));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("workspace.contested.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("workspace.tab.contested"));
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                grid.setDetailsVisible(e.getValue(), true);
                view.selectClaim(e.getValue().claim().id());
            }
        });
        add(intro, grid);
        setFlexGrow(1, grid);
    }

    void show(Workspace w) {
        this.workspace = w;
        rows.clear();
        rows.addAll(w.contestedConclusions());
        provider.refreshAll();
    }

    /** Takes an update: the rows are replaced in place when an assessment or a contestation moved. */
    void update(Workspace w, WorkspaceUpdate update) {
        if (update.reassessed().isEmpty() && !update.contentChanged()) {
            this.workspace = w;
            return;
        }
        show(w);
    }

    /** Shows the workspace's what-if in its column. */
    void showWhatIf() {
        whatIfColumn.setVisible(view.whatIf.isActive());
        provider.refreshAll();
    }

    /** The explaining paths, one per contested source, from the engine's explanation. */
    VerticalLayout paths(Workspace.ContestedConclusion c) {
        var box = new VerticalLayout();
        box.setPadding(false);
        box.setSpacing(false);
        box.addClassName("contested-paths");
        if (workspace == null) return box;
        Explanation explanation =
                view.service().explain(workspace.id(), c.claim().id()).orElse(null);
        if (explanation == null) return box;
        for (Explanation.ContestedPath p : explanation.contested()) {
            var line = new Span("⚠ " + source(p.sourceId()) + " — "
                    + Paths.render(workspace, p.path(), (k, a) -> getTranslation(k, a)));
            line.addClassName("explaining-path");
            box.add(line);
        }
        return box;
    }

    private String source(String id) {
        return workspace == null ? id : workspace.sourceLabel(id);
    }
}
