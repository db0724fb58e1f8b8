package org.disputatio.evidence;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How everyone graded one source, as the 6 × 6 Admiralty grid: how many users gave each pair of
 * reliability A–F and credibility 1–6 (pairs nobody gave are absent), and your own grade.
 */
public record GradeGrid(
        Map<String, Integer> counts, @Nullable Grade yours) {

    public static final String RELIABILITY = "ABCDEF";
    public static final int CREDIBILITY_STEPS = 6;

    public GradeGrid {
        counts = Map.copyOf(counts);
    }

    /** The grid of these grades, one per user. */
    public static GradeGrid of(Collection<Grade> grades, @Nullable Grade yours) {
        var counts = new TreeMap<String, Integer>();
        for (Grade g : grades) counts.merge(key(g.reliability(), g.credibility()), 1, Integer::sum);
        return new GradeGrid(counts, yours);
    }

    /** How many users gave this reliability and this credibility. */
    public int count(char reliability, int credibility) {
        return counts.getOrDefault(key(reliability, credibility), 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String key(char reliability, int credibility) {
        return "" + Character.toUpperCase(reliability) + credibility;
    }
}
