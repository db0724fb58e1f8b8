package org.disputatio.seminars.moderation;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.HiddenItems;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Undoes moderation: a mark is withdrawn (only while undecided), a decision reopens the mark as it was, a hidden item
 * is shown again and a restored one hidden again. Removals are undone by the module whose delete path removed the item.
 */
@Component
class ModerationReversals implements ChangeReverser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HiddenItems hiddenItems;

    ModerationReversals(HiddenItems hiddenItems) {
        this.hiddenItems = hiddenItems;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return Set.of(
                ChangeKind.ReviewRequested, ChangeKind.ReviewResolved, ChangeKind.ItemHidden, ChangeKind.ItemRestored);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        Reviews.lock(tx, new MapId(change.mapId()), reviewId(change));
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        var map = new MapId(change.mapId());
        String reviewId = reviewId(change);
        var review = Reviews.lock(tx, map, reviewId)
                .orElseThrow(() -> new UndoConflictException("The mark " + reviewId + " is gone."));
        var before = JSON.readTree(change.before());
        var status =
                before.has("status") ? ReviewStatus.valueOf(before.get("status").asString()) : ReviewStatus.OPEN;
        @Nullable
        String decidedBy = before.has("decidedBy") ? before.get("decidedBy").asString() : null;
        @Nullable
        Instant decidedAt =
                before.has("decidedAt") ? Instant.parse(before.get("decidedAt").asString()) : null;
        return switch (change.kind()) {
            case ReviewRequested -> {
                if (review.status() != ReviewStatus.OPEN) {
                    throw new UndoConflictException("The mark was decided since ("
                            + review.status().apiName() + "); undo that decision first.");
                }
                Reviews.delete(tx, map, reviewId);
                yield "mark on " + review.itemKind() + " " + review.itemId() + " withdrawn";
            }
            case ReviewResolved -> {
                Reviews.decide(tx, map, reviewId, status, decidedBy, decidedAt);
                yield "mark on " + review.itemKind() + " " + review.itemId() + " reopened";
            }
            case ItemHidden -> {
                requireStatus(review, ReviewStatus.HIDDEN);
                hiddenItems.show(tx, map, change.itemId());
                Reviews.decide(tx, map, reviewId, status, decidedBy, decidedAt);
                yield review.itemKind() + " " + change.itemId() + " shown again";
            }
            case ItemRestored -> {
                requireStatus(review, ReviewStatus.RESTORED);
                hiddenItems.hide(tx, map, change.itemId());
                Reviews.decide(tx, map, reviewId, status, decidedBy, decidedAt);
                yield review.itemKind() + " " + change.itemId() + " hidden again";
            }
            default -> throw new IllegalStateException("Not a moderation change: " + change.kind());
        };
    }

    /** The mark's state as undo restores it. */
    static String state(ReviewStatus status, @Nullable String decidedBy, @Nullable Instant decidedAt) {
        var state = new LinkedHashMap<String, Object>();
        state.put("status", status.name());
        if (decidedBy != null) {
            state.put("decidedBy", decidedBy);
        }
        if (decidedAt != null) {
            state.put("decidedAt", decidedAt.toString());
        }
        return JSON.writeValueAsString(Map.copyOf(state));
    }

    private static void requireStatus(Review review, ReviewStatus expected) {
        if (review.status() != expected) {
            throw new UndoConflictException("The mark on " + review.itemKind() + " " + review.itemId()
                    + " changed since (now " + review.status().apiName() + "); undo that first.");
        }
    }

    /** Marks and decisions on marks are logged on the mark; hiding and restoring on the item, with the mark as onId. */
    private static String reviewId(Change change) {
        return switch (change.kind()) {
            case ItemHidden, ItemRestored -> change.onId() == null ? "" : change.onId();
            default -> change.itemId();
        };
    }
}
