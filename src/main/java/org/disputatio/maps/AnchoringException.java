package org.disputatio.maps;

import java.util.List;

/**
 * A quote that cannot be anchored: it is not in the text, or it occurs more than once and its
 * prefix and suffix do not tell the occurrences apart.
 */
public final class AnchoringException extends RuntimeException {

    public enum Reason {
        NOT_FOUND,
        AMBIGUOUS
    }

    private final Reason reason;

    private final List<Integer> occurrences;

    AnchoringException(Reason reason, String message, List<Integer> occurrences) {
        super(message);
        this.reason = reason;
        this.occurrences = List.copyOf(occurrences);
    }

    public Reason reason() {
        return reason;
    }

    /** Start offsets of the candidate occurrences, for an ambiguous quote. */
    public List<Integer> occurrences() {
        return occurrences;
    }
}
