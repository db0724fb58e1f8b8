package org.disputatio.seminars.ach;

import java.util.List;

/**
 * A row of a map's ACH matrix: a claim, evidence item or source of the map ({@code refId}), with PARC ACH's
 * weights. {@code text} is what the row shows (the claim's text, the evidence's quote, the source's authors and
 * title); {@code sources} the sources whose rejection in the what-if takes it out (ADR 040). {@code label} is "E"
 * and its number in the map.
 */
public record MatrixItem(
        String id,
        int number,
        ItemKind kind,
        String refId,
        String text,
        Weight credibility,
        Weight relevance,
        List<String> sources,
        String createdBy) {

    public MatrixItem {
        sources = List.copyOf(sources);
    }

    public String label() {
        return "E" + number;
    }

    AchScores.Row row() {
        return new AchScores.Row(id, credibility, relevance);
    }
}
