package org.disputatio.evaluation;

import org.jspecify.annotations.Nullable;

/**
 * Whose ratings and grades an evaluation reads, as Kialo's "Perspectives": everyone's (the default), or one
 * user's alone. The map itself (claims, arguments, attacks, citations, evidence, contestations, proof standards)
 * is the same from every perspective; only the ratings of evidence and inferences and the grades of sources are
 * those of the chosen user (ADR 031).
 */
public record Perspective(@Nullable String user) {

    public static final Perspective ALL = new Perspective(null);

    public static Perspective of(String user) {
        if (user.isBlank()) throw new IllegalArgumentException("a perspective names a user");
        return new Perspective(user);
    }

    public boolean everyone() {
        return user == null;
    }
}
