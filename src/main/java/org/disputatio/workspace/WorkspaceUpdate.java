package org.disputatio.workspace;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.disputatio.history.Change;

/**
 * What a batch of the map's changes did to a workspace a session shows, so the view redraws only that.
 *
 * @param workspace the workspace to show now; the same instance as before when nothing is new
 * @param changes the changes it did not show yet, in seq order
 * @param shapeChanged claims, arguments, attacks, sources or the document differ: the panels are drawn again
 * @param contentChanged the stored content differs (with the same shape: contestations)
 * @param reassessed claims and arguments whose assessment moved (strength, label, grounding, sources)
 */
public record WorkspaceUpdate(
        Workspace workspace,
        List<Change> changes,
        boolean shapeChanged,
        boolean contentChanged,
        Set<String> reassessed) {

    public WorkspaceUpdate {
        changes = List.copyOf(changes);
        reassessed = Set.copyOf(reassessed);
    }

    /** Nothing new: the session keeps what it shows. */
    static WorkspaceUpdate none(Workspace shown) {
        return new WorkspaceUpdate(shown, List.of(), false, false, Set.of());
    }

    public boolean isEmpty() {
        return changes.isEmpty() && !shapeChanged && !contentChanged && reassessed.isEmpty();
    }

    /** Whether a change of the batch is about one of these items (its item, or what it belongs to). */
    public boolean touches(java.util.Collection<String> itemIds) {
        for (Change c : changes) {
            if (itemIds.contains(c.itemId())
                    || (c.onId() != null && itemIds.contains(Objects.requireNonNull(c.onId())))) return true;
        }
        return false;
    }

    /** Whether the assessment of one of these claims or arguments moved. */
    public boolean reassesses(java.util.Collection<String> ids) {
        for (String id : ids) if (reassessed.contains(id)) return true;
        return false;
    }
}
