package org.disputatio.seminars.moderation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mark for review on one item of a map. {@code itemText} and {@code itemAuthor} are copied when the mark is made,
 * so a moderator still reads what was marked once the item is hidden or removed.
 */
public record Review(
        String id,
        String mapId,
        String itemId,
        String itemKind,
        @Nullable String itemAuthor,
        String itemText,
        ReviewReason reason,
        String note,
        String by,
        Instant at,
        ReviewStatus status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt) {}
