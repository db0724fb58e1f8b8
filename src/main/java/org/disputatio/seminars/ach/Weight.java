package org.disputatio.seminars.ach;

import java.util.Locale;
import java.util.Optional;

/**
 * An item's credibility or relevance, as PARC ACH 2.0 weighs them: low 1/√2, medium 1, high √2, so that an item of
 * high credibility and high relevance counts twice, one of low and low half (PARC ACH technical description).
 */
public enum Weight {
    LOW(Math.sqrt(0.5)),
    MEDIUM(1.0),
    HIGH(Math.sqrt(2.0));

    private final double factor;

    Weight(double factor) {
        this.factor = factor;
    }

    public double factor() {
        return factor;
    }

    /** {@code low}, {@code medium}, {@code high}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Weight> fromApiName(String name) {
        for (var w : values()) {
            if (w.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) return Optional.of(w);
        }
        return Optional.empty();
    }
}
