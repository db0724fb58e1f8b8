package org.disputatio.seminars.moderation;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.HiddenItems;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapModeration;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.SeminarAccess;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * Marks for review and the moderators' decisions (issue 13 point 3, ADR 038). Instructors and owners of a map (its
 * owner and admins for a map outside groups) mark a claim, an evidence item or a contestation, and resolve, hide,
 * restore or remove it; every step is one change-log entry and undone through the history. The author of a marked
 * item sees the marks on it; other members do not.
 */
@Service
public class ModerationService implements MapModeration {

    /** The longest note a moderator may add. */
    public static final int MAX_NOTE = 2000;

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_ITEM_TEXT = 300;

    private final ChangeLog changeLog;
    private final HiddenItems hiddenItems;
    private final Reviews reviews;
    private final SeminarAccess access;
    private final MapCatalog catalog;
    private final EvidenceService evidence;
    private final ContestationService contestations;
    private final ClaimRevision claims;
    private final Clock clock;

    ModerationService(
            ChangeLog changeLog,
            HiddenItems hiddenItems,
            Reviews reviews,
            SeminarAccess access,
            MapCatalog catalog,
            EvidenceService evidence,
            ContestationService contestations,
            ClaimRevision claims,
            Clock clock) {
        this.changeLog = changeLog;
        this.hiddenItems = hiddenItems;
        this.reviews = reviews;
        this.access = access;
        this.catalog = catalog;
        this.evidence = evidence;
        this.contestations = contestations;
        this.claims = claims;
        this.clock = clock;
    }

    /** Whether the user moderates the map: an instructor or owner of its group, or its owner or an admin. */
    @Override
    public boolean moderates(MapId map, @Nullable String username) {
        return username != null
                && !username.isBlank()
                && access.roleIn(map, username)
                        .map(role -> role.atLeast(GroupRole.INSTRUCTOR))
                        .orElse(false);
    }

    /**
     * Marks an item for review and returns the mark.
     *
     * @throws UnknownReviewException for an unknown map or item (404)
     * @throws ModerationInputException for a missing item id, an unknown reason or a note too long (400)
     * @throws AccessDeniedException for anyone but a moderator (403)
     */
    public Review request(
            MapId map, @Nullable String itemId, @Nullable String reason, @Nullable String note, String username) {
        requireModerator(map, username);
        if (itemId == null || itemId.isBlank()) {
            throw new ModerationInputException("itemId", "Name the claim, evidence item or contestation to review.");
        }
        var why = ReviewReason.fromApiName(reason == null ? "" : reason.strip())
                .orElseThrow(() -> new ModerationInputException(
                        "reason",
                        "The reason must be one of unsupported, not-a-claim, duplicate, unclear, off-topic,"
                                + " offensive."));
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            throw new ModerationInputException("note", "The note may have at most " + MAX_NOTE + " characters.");
        }
        String id = "rv-" + randomId();
        return changeLog.write((tx, entries) -> {
            var item = hiddenItems
                    .find(tx, map, itemId.strip())
                    .orElseThrow(() -> new UnknownReviewException("item", itemId.strip()));
            var review = new Review(
                    id,
                    map.value(),
                    item.id(),
                    item.kind().name().toLowerCase(java.util.Locale.ROOT),
                    item.author(),
                    abbreviated(item.text(), MAX_ITEM_TEXT),
                    why,
                    text,
                    username,
                    clock.instant(),
                    ReviewStatus.OPEN,
                    null,
                    null);
            Reviews.create(tx, review);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ReviewRequested,
                    username,
                    id,
                    item.id(),
                    "Marked " + review.itemKind() + " " + item.id() + " for review (" + why.apiName() + ")",
                    "{}"));
            return review;
        });
    }

    /** The marks a user may see: every mark for a moderator, those on their own items for anyone else. */
    public List<Review> reviews(MapId map, @Nullable String username) {
        requireReadable(map, username);
        if (moderates(map, username)) {
            return reviews.list(map, null);
        }
        if (username == null || username.isBlank()) {
            return List.of();
        }
        return reviews.list(map, username);
    }

    /** The open (or hidden) marks on one item that this user may see, for the item's author and moderators. */
    @Override
    public List<MapModeration.Mark> marksOn(MapId map, String itemId, @Nullable String username) {
        if (!access.mayRead(map, username)) {
            return List.of();
        }
        var visible = moderates(map, username)
                ? reviews.list(map, null)
                : username == null || username.isBlank() ? List.<Review>of() : reviews.list(map, username);
        return visible.stream()
                .filter(r -> r.itemId().equals(itemId))
                .filter(r -> r.status() == ReviewStatus.OPEN || r.status() == ReviewStatus.HIDDEN)
                .map(r -> new MapModeration.Mark(
                        r.id(),
                        r.reason().apiName(),
                        r.note(),
                        r.by(),
                        r.status().apiName()))
                .toList();
    }

    @Override
    public List<MapModeration.HiddenItem> hiddenItems(MapId map, @Nullable String username) {
        if (!moderates(map, username)) return List.of();
        return reviews.list(map, null).stream()
                .filter(r -> r.status() == ReviewStatus.HIDDEN)
                .map(r -> new MapModeration.HiddenItem(
                        r.id(),
                        r.itemId(),
                        r.itemKind(),
                        r.itemText(),
                        r.reason().apiName()))
                .toList();
    }

    @Override
    public void restoreHidden(MapId map, String reviewId, String username) {
        restore(map, reviewId, username);
    }

    /** Keeps the item as it is and closes the mark. */
    public Review resolve(MapId map, String reviewId, String username) {
        return decide(map, reviewId, username, ReviewStatus.RESOLVED, (tx, review) -> {
            requireStatus(review, "resolve", ReviewStatus.OPEN);
            return entry(
                    review,
                    ChangeKind.ReviewResolved,
                    username,
                    "Review of " + review.itemKind() + " " + review.itemId() + " resolved: kept as it is");
        });
    }

    /** Hides the marked item from every read by non-moderators and from the evaluation; restorable. */
    public Review hide(MapId map, String reviewId, String username) {
        return decide(map, reviewId, username, ReviewStatus.HIDDEN, (tx, review) -> {
            requireStatus(review, "hide", ReviewStatus.OPEN, ReviewStatus.RESTORED);
            var item = present(tx, map, review);
            if (item.hidden()) {
                throw new ReviewStateException("The " + review.itemKind() + " " + review.itemId()
                        + " is already hidden (through another mark).");
            }
            hiddenItems.hide(tx, map, item.id());
            return entry(
                    review,
                    ChangeKind.ItemHidden,
                    username,
                    "Hid " + review.itemKind() + " " + item.id() + " ("
                            + review.reason().apiName() + ")");
        });
    }

    /** Shows a hidden item again. */
    public Review restore(MapId map, String reviewId, String username) {
        return decide(map, reviewId, username, ReviewStatus.RESTORED, (tx, review) -> {
            requireStatus(review, "restore", ReviewStatus.HIDDEN);
            var item = present(tx, map, review);
            hiddenItems.show(tx, map, item.id());
            return entry(review, ChangeKind.ItemRestored, username, "Restored " + review.itemKind() + " " + item.id());
        });
    }

    /**
     * Removes the marked item through its own delete path (evidence removed, claim deleted, contestation withdrawn),
     * logged as that module's change by the moderator, who can undo it in the history; then closes the mark. A
     * hidden item is restored first (logged), since the delete paths read only visible items.
     */
    public Review remove(MapId map, String reviewId, String username) {
        requireModerator(map, username);
        var review = reviews.find(map, reviewId).orElseThrow(() -> new UnknownReviewException("review", reviewId));
        requireStatus(review, "remove", ReviewStatus.OPEN, ReviewStatus.HIDDEN, ReviewStatus.RESTORED);
        if (review.status() == ReviewStatus.HIDDEN) {
            restore(map, reviewId, username);
        }
        switch (review.itemKind()) {
            case "evidence" -> evidence.removeAsModerator(map, review.itemId(), username);
            case "contestation" -> contestations.withdrawAsModerator(map, review.itemId(), username);
            default -> claims.deleteAsModerator(map, review.itemId(), username);
        }
        return decide(
                map,
                reviewId,
                username,
                ReviewStatus.REMOVED,
                (tx, now) -> entry(
                        now,
                        ChangeKind.ReviewResolved,
                        username,
                        "Review of " + review.itemKind() + " " + review.itemId() + " resolved: removed"));
    }

    /**
     * One decision on a mark, in one transaction under the mark's lock: {@code step} checks the mark, changes the
     * item if it must, and gives the log entry; the mark then takes its new status.
     */
    private Review decide(
            MapId map,
            String reviewId,
            String username,
            ReviewStatus to,
            BiFunction<TransactionContext, Review, ChangeEntry> step) {
        requireModerator(map, username);
        changeLog.write((tx, entries) -> {
            var entry = step.apply(tx, locked(tx, map, reviewId));
            Reviews.decide(tx, map, reviewId, to, username, clock.instant());
            entries.append(entry);
            return null;
        });
        return found(map, reviewId);
    }

    /**
     * A decision's log entry: on the mark for a kept or removed item, on the item (with the mark as onId) when it is
     * hidden or restored, so that a later change of the item stands in the way of undoing it.
     */
    private static ChangeEntry entry(Review review, ChangeKind kind, String username, String summary) {
        boolean onItem = kind == ChangeKind.ItemHidden || kind == ChangeKind.ItemRestored;
        return new ChangeEntry(
                new MapId(review.mapId()),
                kind,
                username,
                onItem ? review.itemId() : review.id(),
                onItem ? review.id() : review.itemId(),
                summary,
                before(review));
    }

    public Optional<Review> find(MapId map, String reviewId) {
        return reviews.find(map, reviewId);
    }

    private Review found(MapId map, String reviewId) {
        return reviews.find(map, reviewId).orElseThrow(() -> new UnknownReviewException("review", reviewId));
    }

    private void requireReadable(MapId map, @Nullable String username) {
        if (catalog.find(map).isEmpty() || !access.mayRead(map, username)) {
            throw new UnknownReviewException("map", map.value());
        }
    }

    private void requireModerator(MapId map, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to moderate.");
        }
        requireReadable(map, username);
        if (!moderates(map, username)) {
            throw new AccessDeniedException(
                    "Only the map's instructors and owners (for a map outside groups, its owner and admins) moderate it.");
        }
    }

    private static Review locked(TransactionContext tx, MapId map, String reviewId) {
        return Reviews.lock(tx, map, reviewId).orElseThrow(() -> new UnknownReviewException("review", reviewId));
    }

    private HiddenItems.Item present(TransactionContext tx, MapId map, Review review) {
        return hiddenItems
                .find(tx, map, review.itemId())
                .orElseThrow(() -> new ReviewStateException(
                        "The " + review.itemKind() + " " + review.itemId() + " is no longer in the map."));
    }

    private static void requireStatus(Review review, String decision, ReviewStatus... allowed) {
        for (var status : allowed) {
            if (review.status() == status) {
                return;
            }
        }
        throw new ReviewStateException(
                "Cannot " + decision + " a mark that is " + review.status().apiName() + ".");
    }

    /** What undo restores: the mark's status and decision before the change. */
    static String before(Review review) {
        return ModerationReversals.state(review.status(), review.decidedBy(), review.decidedAt());
    }

    static String abbreviated(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String randomId() {
        var alphabet = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();
        var id = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            id.append(alphabet[RANDOM.nextInt(alphabet.length)]);
        }
        return id.toString();
    }
}
