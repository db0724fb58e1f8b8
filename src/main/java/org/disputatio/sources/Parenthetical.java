package org.disputatio.sources;

import java.util.List;

/**
 * A parenthesis found in a text, classified.
 *
 * @param start offset of the opening parenthesis in the text
 * @param end offset just after the closing parenthesis
 * @param content what is between the parentheses, as written
 * @param citations the references it makes, with locator-only parts resolved to the source before
 * them
 * @param segments every {@code ;}-separated part, as classified
 */
public record Parenthetical(
        int start, int end, String content, Kind kind, List<Citation> citations, List<ReferenceSegment> segments) {

    public enum Kind {
        /** Holds at least one reference to a known source. */
        CITATION,
        /** Names no known source: an aside, a gloss, a translation, a date. */
        ASIDE
    }

    public Parenthetical {
        citations = List.copyOf(citations);
        segments = List.copyOf(segments);
    }

    /** Parts that look like references to a source missing from the bibliography. */
    public List<ReferenceSegment.Unresolved> unresolved() {
        return segments.stream()
                .filter(ReferenceSegment.Unresolved.class::isInstance)
                .map(ReferenceSegment.Unresolved.class::cast)
                .toList();
    }
}
