package org.disputatio.seminars.rounds;

import org.jspecify.annotations.Nullable;

/**
 * One member's rating of one item in a round: a value 0–1 in steps of 0.25 (evidence, inference), or a grade
 * (reliability A–F, credibility 1–6).
 */
public record RoundRating(
        String itemId,
        String user,
        @Nullable Double value,
        @Nullable String reliability,
        @Nullable Integer credibility) {

    /** The rating on one scale, as the category the scale lists ("0.75", "B", "2"); null if not given. */
    public @Nullable String category(RoundKind.Scale scale) {
        return switch (scale) {
            case VALUE -> value == null ? null : RoundResults.spell(value);
            case RELIABILITY -> reliability;
            case CREDIBILITY -> credibility == null ? null : Integer.toString(credibility);
        };
    }

    /** The rating as DKPro codes it: a rank for ordinal scales, the letter for reliability. */
    @Nullable
    Object code(RoundKind.Scale scale) {
        String category = category(scale);
        if (category == null) return null;
        int rank = scale.categories().indexOf(category);
        return scale.level() == Agreement.Level.ORDINAL ? Integer.valueOf(rank) : category;
    }
}
