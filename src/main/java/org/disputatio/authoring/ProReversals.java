package org.disputatio.authoring;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapId;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Undoes a pro ({@link ChangeKind#ProAdded}, ADR 032) in one step: its argument goes, while it is as it was made
 * (no attack on it, no rating of its inference, not edited), then its claim goes as the undo of an added claim
 * would remove it (the evidence module's reverser, which owns claims, checks what depends on it). Both in the
 * undo's one transaction: a refusal of either leaves both.
 */
@Component
class ProReversals implements ChangeReverser {

    // Looked up when needed: the reversers are collected by UndoService, and this is one of them.
    private final ObjectProvider<ChangeReverser> reversers;

    ProReversals(ObjectProvider<ChangeReverser> reversers) {
        this.reversers = reversers;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return Set.of(ChangeKind.ProAdded);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        tx.run(Structure.LOCK_CLAIM, Map.of("mapId", change.mapId(), "id", change.itemId()))
                .consume();
        tx.run(Structure.LOCK_ARGUMENT, Map.of("mapId", change.mapId(), "id", argumentId(change)))
                .consume();
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        String argument = argumentId(change);
        var state = Structure.argumentState(tx, new MapId(change.mapId()), argument)
                .orElseThrow(() -> new UndoConflictException(
                        "The argument " + argument + " of this pro no longer exists; the pro cannot be undone."));
        if (((Number) state.get("version")).longValue() != 1
                || !List.of(change.itemId()).equals(state.get("premises"))
                || !String.valueOf(change.onId()).equals(state.get("conclusion"))) {
            throw new UndoConflictException("The argument " + argument
                    + " of this pro was edited since; undo that edit first, or delete the argument.");
        }
        var dependents = tx.run(StructureReversals.ARGUMENT_DEPENDENTS, Map.of("mapId", change.mapId(), "id", argument))
                .single();
        List<Object> attacks = dependents.get("attacks").asList();
        long ratings = dependents.get("ratings").asLong();
        if (!attacks.isEmpty() || ratings > 0) {
            throw new UndoConflictException("Cannot remove the pro's argument " + argument + ": "
                    + (attacks.isEmpty() ? "" : "attack(s) " + attacks + " target it; ")
                    + (ratings == 0 ? "" : ratings + " rating(s) of its inference; ")
                    + "remove those first.");
        }
        tx.run(StructureReversals.DELETE_ARGUMENT, Map.of("mapId", change.mapId(), "id", argument))
                .consume();
        var claimAdded = new Change(
                change.mapId(),
                change.seq(),
                change.at(),
                change.user(),
                ChangeKind.ClaimAdded,
                change.itemId(),
                null,
                change.summary(),
                "{}",
                false,
                null);
        String claim = reversers
                .orderedStream()
                .filter(r -> r.kinds().contains(ChangeKind.ClaimAdded))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("No module undoes added claims."))
                .revert(tx, claimAdded, user);
        return "argument " + argument + " removed, " + claim;
    }

    private static String argumentId(Change change) {
        return String.valueOf(States.parse(change.before()).get("argumentId"));
    }
}
