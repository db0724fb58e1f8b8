package org.disputatio.seminars.moderation.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.moderation.GroupActivity;
import org.disputatio.seminars.moderation.ModerationInputException;
import org.disputatio.seminars.moderation.ModerationService;
import org.disputatio.seminars.moderation.Review;
import org.disputatio.seminars.moderation.SignInRequiredException;
import org.disputatio.seminars.moderation.UnknownReviewException;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Moderation (issue 13 point 3, ADR 038): marks for review on a map's claims, evidence and contestations, the
 * moderators' decisions on them, and a group's activity feed.
 */
@RestController
@RefusalProblems
class ModerationApi {

    /** A mark for review as sent. */
    record ReviewRequest(
            @Nullable String itemId,
            @Nullable String reason,
            @Nullable String note) {}

    /** A mark as answered. */
    record ReviewView(
            String id,
            String itemId,
            String itemKind,
            @Nullable String itemAuthor,
            String itemText,
            String reason,
            String note,
            String by,
            Instant at,
            String status,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt) {

        static ReviewView of(Review r) {
            return new ReviewView(
                    r.id(),
                    r.itemId(),
                    r.itemKind(),
                    r.itemAuthor(),
                    r.itemText(),
                    r.reason().apiName(),
                    r.note(),
                    r.by(),
                    r.at(),
                    r.status().apiName(),
                    r.decidedBy(),
                    r.decidedAt());
        }
    }

    /** One entry of a group's activity. */
    record ActivityView(
            String mapId,
            String mapTitle,
            long seq,
            Instant at,
            String user,
            String kind,
            String itemId,
            @Nullable String onId,
            String summary) {}

    /** A new review mark's id. */
    record Marked(String id) {}

    /** A page of a group's activity. */
    record Activity(String groupId, List<ActivityView> activity) {}

    private final ModerationService moderation;
    private final GroupActivity activity;

    ModerationApi(ModerationService moderation, GroupActivity activity) {
        this.moderation = moderation;
        this.activity = activity;
    }

    @Operation(summary = "Mark an item of the map for review")
    @PostMapping("/api/maps/{mapId}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Marked> request(
            @PathVariable String mapId, @RequestBody @Nullable ReviewRequest body, Principal principal) {
        var request = body == null ? new ReviewRequest(null, null, null) : body;
        var review =
                moderation.request(map(mapId), request.itemId(), request.reason(), request.note(), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/reviews/" + review.id()))
                .body(new Marked(review.id()));
    }

    /** Moderators: every mark; anyone else: the marks on their own items. */
    @Operation(summary = "List the review marks the caller may see")
    @GetMapping("/api/maps/{mapId}/reviews")
    List<ReviewView> reviews(@PathVariable String mapId, @Nullable Principal principal) {
        return moderation.reviews(map(mapId), principal == null ? null : principal.getName()).stream()
                .map(ReviewView::of)
                .toList();
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the mark is not open")
    @Operation(summary = "Close a review mark, keeping the item as it is")
    @PostMapping("/api/maps/{mapId}/reviews/{reviewId}/resolve")
    ReviewView resolve(@PathVariable String mapId, @PathVariable String reviewId, Principal principal) {
        return ReviewView.of(moderation.resolve(map(mapId), reviewId, principal.getName()));
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the mark is neither open nor restored, or its item is gone")
    @Operation(summary = "Hide the marked item from everyone but moderators")
    @PostMapping("/api/maps/{mapId}/reviews/{reviewId}/hide")
    ReviewView hide(@PathVariable String mapId, @PathVariable String reviewId, Principal principal) {
        return ReviewView.of(moderation.hide(map(mapId), reviewId, principal.getName()));
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the item is not hidden, or is gone")
    @Operation(summary = "Show a hidden item again")
    @PostMapping("/api/maps/{mapId}/reviews/{reviewId}/restore")
    ReviewView restore(@PathVariable String mapId, @PathVariable String reviewId, Principal principal) {
        return ReviewView.of(moderation.restore(map(mapId), reviewId, principal.getName()));
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the mark is decided already (resolved or removed)")
    @Operation(summary = "Remove the marked item and close the mark")
    @PostMapping("/api/maps/{mapId}/reviews/{reviewId}/remove")
    ReviewView remove(@PathVariable String mapId, @PathVariable String reviewId, Principal principal) {
        return ReviewView.of(moderation.remove(map(mapId), reviewId, principal.getName()));
    }

    /** {@code after}: an ISO-8601 instant (the newest {@code at} already seen); {@code limit} 1–1000, default 50. */
    @Operation(summary = "Read a group's recent activity on its maps")
    @GetMapping("/api/groups/{groupId}/activity")
    Activity activity(
            @PathVariable String groupId,
            @RequestParam(required = false) @Nullable String after,
            @RequestParam(required = false) @Nullable Integer limit,
            @Nullable Principal principal) {
        if (principal == null) {
            throw new SignInRequiredException("Sign in to read a group's activity.");
        }
        Instant since = null;
        if (after != null && !after.isBlank()) {
            try {
                since = Instant.parse(after.strip());
            } catch (DateTimeParseException e) {
                throw new ModerationInputException(
                        "after", "after must be an ISO-8601 instant such as 2026-12-01T10:00:00Z.");
            }
        }
        int size = limit == null ? GroupActivity.DEFAULT_LIMIT : limit;
        if (size < 1 || size > 1000) {
            throw new ModerationInputException("limit", "limit must be between 1 and 1000.");
        }
        var entries = activity.activity(groupId, since, size, principal.getName()).stream()
                .map(e -> new ActivityView(
                        e.mapId(),
                        e.mapTitle(),
                        e.change().seq(),
                        e.change().at(),
                        e.change().user(),
                        e.change().kind().name(),
                        e.change().itemId(),
                        e.change().onId(),
                        e.change().summary()))
                .toList();
        return new Activity(groupId, entries);
    }

    private static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) {
            throw new UnknownReviewException("map", mapId);
        }
        return new MapId(mapId);
    }
}
