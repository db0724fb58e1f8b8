package org.disputatio.workspace.ui;

import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.AbstractBackEndHierarchicalDataProvider;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.workspace.ArgumentTree;
import org.disputatio.workspace.ArgumentTree.Row;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The map as a tree from the thesis down. Rows unfold on demand, so shared premises and cycles cost
 * nothing until opened; a claim met again among its ancestors is shown once more, marked, and not
 * unfolded.
 */
class OutlinePanel extends VerticalLayout {

    final TreeGrid<Row> tree = new TreeGrid<>();
    private final WorkspaceView view;
    // Before → after under the workspace's what-if; shown only while sources are rejected.
    final com.vaadin.flow.component.grid.Grid.Column<Row> whatIfColumn;
    private @Nullable Workspace workspace;
    private @Nullable ArgumentTree argumentTree;

    OutlinePanel(WorkspaceView view) {
        this.view = view;
        setSizeFull();
        setPadding(false);
        tree.setId("outline-tree");
        tree.addHierarchyColumn(this::label)
                .setHeader(getTranslation("workspace.outline.claim"))
                .setFlexGrow(4);
        tree.addColumn(r -> strength(r))
                .setHeader(getTranslation("workspace.strength"))
                .setAutoWidth(true);
        tree.addColumn(r -> r.claimId() != null && workspace != null && workspace.dependsOnContested(r.claimId())
                        ? "⚠"
                        : "")
                .setHeader(getTranslation("workspace.contestedShort"))
                .setAutoWidth(true);
        tree.addComponentColumn(r -> r.claimId() == null
                        ? new com.vaadin.flow.component.html.Span()
                        : ShowInMap.button(view, r.claimId(), label(r)))
                .setHeader(getTranslation("workspace.graph.showInMap"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        whatIfColumn = tree.addColumn(this::whatIf)
                .setHeader(getTranslation("workspace.whatIf.column"))
                .setAutoWidth(true);
        whatIfColumn.setVisible(false);
        tree.setPartNameGenerator(r -> r.claimId() != null
                        && view.whatIf.shift(r.claimId()).filter(s -> s.falls()).isPresent()
                ? "what-if-falls"
                : null);
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        tree.getElement().setAttribute("aria-label", getTranslation("workspace.tab.outline"));
        tree.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> {
            String claim = r.claimId();
            if (claim != null) {
                view.selectClaim(claim);
            } else if (workspace != null) {
                workspace.argument(r.id()).ifPresent(a -> view.selectClaim(a.conclusion()));
            }
        }));
        add(tree);
        setFlexGrow(1, tree);
    }

    void show(Workspace w) {
        this.workspace = w;
        this.argumentTree = new ArgumentTree(w);
        ArgumentTree model = argumentTree;
        tree.setDataProvider(new AbstractBackEndHierarchicalDataProvider<Row, Void>() {
            @Override
            protected Stream<Row> fetchChildrenFromBackEnd(HierarchicalQuery<Row, Void> query) {
                List<Row> rows = query.getParentOptional().map(model::children).orElseGet(model::roots);
                return rows.stream().skip(query.getOffset()).limit(query.getLimit());
            }

            @Override
            public int getChildCount(HierarchicalQuery<Row, Void> query) {
                return query.getParentOptional()
                        .map(model::children)
                        .orElseGet(model::roots)
                        .size();
            }

            @Override
            public boolean hasChildren(Row item) {
                return model.hasChildren(item);
            }
        });
        List<Row> roots = model.roots();
        if (!roots.isEmpty()) tree.expand(roots);
    }

    /**
     * Takes an update of the same shape: the tree keeps its rows, what is unfolded and where it is scrolled; the
     * visible rows fetch their strengths and contested marks again.
     */
    void update(Workspace w, WorkspaceUpdate update) {
        this.workspace = w;
        if (!update.reassessed().isEmpty()) tree.getDataProvider().refreshAll();
    }

    /** Shows the workspace's what-if: the column appears and the visible rows fetch their figures again. */
    void showWhatIf() {
        whatIfColumn.setVisible(view.whatIf.isActive());
        if (workspace != null) tree.getDataProvider().refreshAll();
    }

    /** "▼ 0.71 IN → 0.32 OUT" for a claim that falls, without the mark for one that only moves. */
    String whatIf(Row r) {
        if (r.claimId() == null) return "";
        return view.whatIf
                .shift(r.claimId())
                .map(s -> (s.falls() ? "▼ " : "") + s.text())
                .orElse("");
    }

    /** The tree's rows under a row (or the roots), as the grid gets them. */
    List<Row> childrenOf(@Nullable Row row) {
        if (argumentTree == null) return List.of();
        return row == null ? argumentTree.roots() : argumentTree.children(row);
    }

    String label(Row r) {
        if (workspace == null) return r.id();
        String claimText = workspace.claim(r.id()).map(c -> c.text()).orElse(r.id());
        String kind = workspace
                .claim(r.id())
                .map(c -> getTranslation("claim.kind." + c.kind()))
                .orElse("");
        String cycle = r.cycle() ? " " + getTranslation("workspace.outline.cycle") : "";
        return switch (r.type()) {
            case CLAIM -> (r.cycle() ? "↻ " : "") + "[" + kind + "] " + claimText + cycle;
            case ARGUMENT ->
                "⇐ " + getTranslation("workspace.outline.argument", Names.argumentNumber(workspace, r.id()));
            case ATTACK ->
                "⚔ " + getTranslation("workspace.attack." + r.attackKind()) + " · [" + kind + "] " + claimText + cycle;
        };
    }

    private String strength(Row r) {
        if (workspace == null) return "";
        if (r.claimId() == null) {
            return workspace
                    .argumentAssessment(r.id())
                    .filter(a -> a.strength().isPresent())
                    .map(a -> Format.strength(a.strength().getAsDouble()))
                    .orElse("");
        }
        Double s = workspace.strength(r.claimId());
        return s == null ? "—" : Format.strength(s);
    }
}
