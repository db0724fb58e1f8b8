package org.disputatio.evidence;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How everyone graded one source: your own grade (null if none), how many users graded, and how many
 * gave each reliability A–F and each credibility 1–6 (every letter and number is a key, even at zero).
 */
public record GradeSpread(
        @Nullable Grade yours, int count, Map<Character, Integer> reliability, Map<Integer, Integer> credibility) {

    public GradeSpread {
        reliability = Collections.unmodifiableMap(new TreeMap<>(reliability));
        credibility = Collections.unmodifiableMap(new TreeMap<>(credibility));
    }

    /** The spread of these grades, one per user. */
    public static GradeSpread of(Collection<Grade> grades, @Nullable Grade yours) {
        var reliability = new TreeMap<Character, Integer>();
        for (char r = 'A'; r <= 'F'; r++) {
            reliability.put(r, 0);
        }
        var credibility = new TreeMap<Integer, Integer>();
        for (int c = 1; c <= 6; c++) {
            credibility.put(c, 0);
        }
        for (Grade g : grades) {
            reliability.merge(g.reliability(), 1, Integer::sum);
            credibility.merge(g.credibility(), 1, Integer::sum);
        }
        return new GradeSpread(yours, grades.size(), reliability, credibility);
    }
}
