package org.disputatio.evidence;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * How everyone rated one item: your own rating (null if you have none or are anonymous), how many
 * users rated, how many gave each of the five values 0, 0.25, 0.5, 0.75, 1 (every value is a key, in
 * ascending order, even at zero), and the mean (null without ratings).
 */
public record RatingSpread(
        @Nullable Double yours, int count, Map<Double, Integer> histogram, @Nullable Double mean) {

    /** The only values a rating may take. */
    public static final List<Double> VALUES = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    public RatingSpread {
        histogram = Collections.unmodifiableMap(new TreeMap<>(histogram));
    }

    /** The spread of these ratings, one per user. */
    public static RatingSpread of(Collection<Double> ratings, @Nullable Double yours) {
        var histogram = new TreeMap<Double, Integer>();
        VALUES.forEach(v -> histogram.put(v, 0));
        double sum = 0;
        for (double r : ratings) {
            histogram.merge(nearest(r), 1, Integer::sum);
            sum += r;
        }
        return new RatingSpread(yours, ratings.size(), histogram, ratings.isEmpty() ? null : sum / ratings.size());
    }

    public static boolean isAllowed(double value) {
        return VALUES.contains(value);
    }

    // Values written by this application are always exact steps; anything else (hand-made data) lands in the nearest bin.
    private static double nearest(double r) {
        return Math.max(0, Math.min(1, Math.round(r * 4) / 4.0));
    }
}
