package org.disputatio.seminars.ach;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes the matrices' changes: an added hypothesis or item goes with every rating of it; a removed hypothesis comes
 * back with its ratings; a cell rating returns to what its author had before (or to unrated).
 */
@Component
class AchReversals implements ChangeReverser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Clock clock;

    AchReversals(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(
                ChangeKind.HypothesisAdded,
                ChangeKind.HypothesisRemoved,
                ChangeKind.AchItemAdded,
                ChangeKind.AchCellRated,
                ChangeKind.AchItemRemoved,
                ChangeKind.AchItemReweighted);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        switch (change.kind()) {
            case HypothesisAdded, HypothesisRemoved -> Matrices.lockHypothesis(tx, change.mapId(), change.itemId());
            case AchItemAdded -> Matrices.lockItem(tx, change.mapId(), change.itemId());
            case AchItemRemoved, AchItemReweighted -> Matrices.lockAnyItem(tx, change.mapId(), change.itemId());
            case AchCellRated -> {
                String[] cell = cell(change);
                Matrices.lockHypothesis(tx, change.mapId(), cell[0]);
                Matrices.lockItem(tx, change.mapId(), cell[1]);
            }
            default -> throw new IllegalArgumentException(change.kind() + " is not a matrix change.");
        }
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        String map = change.mapId();
        return switch (change.kind()) {
            case HypothesisAdded -> {
                Matrices.lockHypothesis(tx, map, change.itemId())
                        .orElseThrow(() -> new UndoConflictException("The hypothesis no longer exists."));
                Matrices.deleteHypothesis(tx, map, change.itemId());
                yield "hypothesis and its ratings removed";
            }
            case HypothesisRemoved -> {
                var state = Matrices.lockHypothesis(tx, map, change.itemId())
                        .orElseThrow(() -> new UndoConflictException("The hypothesis no longer exists."));
                if (!state.removed()) throw new UndoConflictException("The hypothesis is not removed.");
                Matrices.setRemoved(tx, map, change.itemId(), false);
                yield "hypothesis restored with its ratings";
            }
            case AchItemAdded -> {
                if (!Matrices.lockItem(tx, map, change.itemId())) {
                    throw new UndoConflictException("The matrix item no longer exists.");
                }
                Matrices.deleteItem(tx, map, change.itemId());
                yield "matrix item and its ratings removed";
            }
            case AchCellRated -> {
                String[] cell = cell(change);
                if (Matrices.lockHypothesis(tx, map, cell[0]).isEmpty() || !Matrices.lockItem(tx, map, cell[1])) {
                    throw new UndoConflictException("The hypothesis or the item of this cell no longer exists.");
                }
                Map<String, Object> before =
                        JSON.readValue(change.before(), new TypeReference<Map<String, Object>>() {});
                Object was = before.get("rating");
                Consistency rating =
                        was == null ? null : Consistency.parse(was.toString()).orElse(null);
                // The rating is its author's, whoever undoes it (an admin may).
                Matrices.rate(tx, map, cell[0], cell[1], change.user(), rating, clock.instant());
                yield rating == null ? "cell unrated again" : "rating " + rating.name() + " restored";
            }
            case AchItemRemoved -> {
                var state = Matrices.lockAnyItem(tx, map, change.itemId())
                        .orElseThrow(() -> new UndoConflictException("The matrix item no longer exists."));
                if (!state.removed()) throw new UndoConflictException("The matrix item is not removed.");
                Matrices.setItemRemoved(tx, map, change.itemId(), false);
                yield "matrix item restored with its ratings";
            }
            case AchItemReweighted -> {
                var state = Matrices.lockAnyItem(tx, map, change.itemId())
                        .filter(i -> !i.removed())
                        .orElseThrow(() -> new UndoConflictException("The matrix item is no longer in the matrix."));
                Map<String, Object> before =
                        JSON.readValue(change.before(), new TypeReference<Map<String, Object>>() {});
                Weight cred = Weight.fromApiName(String.valueOf(before.get("credibility")))
                        .orElse(state.credibility());
                Weight rel = Weight.fromApiName(String.valueOf(before.get("relevance")))
                        .orElse(state.relevance());
                Matrices.reweigh(tx, map, change.itemId(), cred, rel);
                yield "weights back to credibility " + cred.apiName() + ", relevance " + rel.apiName();
            }
            default -> throw new IllegalArgumentException(change.kind() + " is not a matrix change.");
        };
    }

    private static String[] cell(Change change) {
        String[] cell = change.itemId().split("/", 2);
        if (cell.length != 2) throw new IllegalArgumentException("not a cell: " + change.itemId());
        return cell;
    }
}
