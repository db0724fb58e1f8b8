package org.disputatio.seminars.ach;

import java.util.Locale;
import java.util.Optional;

/**
 * Heuer's scale for one cell of an ACH matrix: how consistent an item is with a hypothesis. Only I and II count in
 * the score (PARC ACH: II = -2, I = -1, the rest 0); the {@link #value} orders the scale CC &gt; C &gt; N &gt; I &gt;
 * II for medians and spreads; NA (not applicable) has no place on it.
 */
public enum Consistency {
    CC(2),
    C(1),
    N(0),
    I(-1),
    II(-2),
    NA(0);

    private final int value;

    Consistency(int value) {
        this.value = value;
    }

    /** The place on the ordinal scale, from 2 (CC) to -2 (II); 0 for NA, which callers leave out. */
    public int value() {
        return value;
    }

    /** What the cell adds to a hypothesis's inconsistency before weighting: -2 for II, -1 for I, else 0. */
    public int inconsistency() {
        return Math.min(0, this == NA ? 0 : value);
    }

    public boolean applicable() {
        return this != NA;
    }

    /** The rating a member means by "II", "cc"…; empty for anything else. */
    public static Optional<Consistency> parse(String text) {
        String t = text.strip().toUpperCase(Locale.ROOT);
        for (var c : values()) {
            if (c.name().equals(t)) return Optional.of(c);
        }
        return Optional.empty();
    }

    /** The applicable rating at a place of the scale. */
    static Consistency ofValue(int value) {
        for (var c : values()) {
            if (c.applicable() && c.value == value) return c;
        }
        throw new IllegalArgumentException("no rating at " + value);
    }
}
