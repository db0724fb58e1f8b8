package org.disputatio.workspace;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;

/**
 * The map as a tree from the thesis down: a claim's children are the arguments concluding it and the
 * attacks on it; an argument's children are its premises and the undercuts of its inference; an
 * attack's children are those of the attacking claim. Maps may have cycles and shared premises, so
 * rows are unfolded lazily, and a claim met again among its own ancestors becomes a leaf marked as a
 * cycle.
 */
public final class ArgumentTree {

    public enum RowType {
        CLAIM,
        ARGUMENT,
        ATTACK
    }

    /**
     * One row. {@code key} is the path from the root, so a claim shown under two parents gives two
     * distinct rows.
     *
     * @param id the claim id (for CLAIM and ATTACK rows: the attacking claim) or the argument id
     * @param attackKind rebut, undermine or undercut, for ATTACK rows
     * @param cycle the claim already appears above this row; it is not unfolded again
     */
    public record Row(
            String key, RowType type, String id, @Nullable String attackKind, boolean cycle, List<String> ancestors) {

        /** The claim the row stands for, or null for an argument row. */
        public @Nullable String claimId() {
            return type == RowType.ARGUMENT ? null : id;
        }
    }

    private final Workspace workspace;

    public ArgumentTree(Workspace workspace) {
        this.workspace = workspace;
    }

    public List<Row> roots() {
        return workspace.roots().stream()
                .map(c -> new Row("c:" + c.id(), RowType.CLAIM, c.id(), null, false, List.of()))
                .toList();
    }

    public boolean hasChildren(Row row) {
        if (row.cycle()) return false;
        return switch (row.type()) {
            case CLAIM, ATTACK ->
                !workspace.argumentsFor(row.id()).isEmpty()
                        || !workspace.attacksOn(row.id()).isEmpty();
            case ARGUMENT ->
                workspace.argument(row.id()).map(a -> !a.premises().isEmpty()).orElse(false)
                        || !workspace.attacksOn(row.id()).isEmpty();
        };
    }

    public List<Row> children(Row row) {
        if (row.cycle()) return List.of();
        List<Row> out = new ArrayList<>();
        List<String> path = new ArrayList<>(row.ancestors());
        if (row.type() != RowType.ARGUMENT) path.add(row.id());
        List<String> ancestors = List.copyOf(path);
        switch (row.type()) {
            case CLAIM, ATTACK -> {
                for (MapContent.Argument a : workspace.argumentsFor(row.id())) {
                    out.add(new Row(row.key() + "/a:" + a.id(), RowType.ARGUMENT, a.id(), null, false, ancestors));
                }
                attacks(row, ancestors, out);
            }
            case ARGUMENT -> {
                workspace.argument(row.id()).ifPresent(a -> {
                    for (String p : a.premises()) {
                        out.add(new Row(
                                row.key() + "/c:" + p, RowType.CLAIM, p, null, ancestors.contains(p), ancestors));
                    }
                });
                attacks(row, ancestors, out);
            }
        }
        return out;
    }

    private void attacks(Row row, List<String> ancestors, List<Row> out) {
        for (MapContent.Attack k : workspace.attacksOn(row.id())) {
            out.add(new Row(
                    row.key() + "/k:" + k.id(),
                    RowType.ATTACK,
                    k.from(),
                    k.kind(),
                    ancestors.contains(k.from()),
                    ancestors));
        }
    }
}
