package org.disputatio.seminars.ach;

import org.jspecify.annotations.Nullable;

/**
 * A hypothesis of a map's ACH matrix: a new statement, or an existing claim of the map ({@code claimId}, whose text
 * it shows). {@code label} is "H" and its number in the map, kept when others are removed.
 */
public record Hypothesis(
        String id, int number, String text, @Nullable String claimId, String createdBy) {

    public String label() {
        return "H" + number;
    }
}
