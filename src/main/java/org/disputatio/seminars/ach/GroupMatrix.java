package org.disputatio.seminars.ach;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The group's matrix from its members' own (ADR 040): per cell, the median of the members' ratings on the ordinal
 * scale CC &gt; C &gt; N &gt; I &gt; II, NA left out; with an even number of ratings the more inconsistent of the two
 * middle ones, so that the group matrix never hides an inconsistency half the raters see (Heuer: inconsistencies
 * are what refute). A cell that every rater called NA is NA. The spread (max − min on the scale, 0 to 4) shows how
 * far the members disagree.
 */
public final class GroupMatrix {

    private GroupMatrix() {}

    /**
     * One cell of the group matrix.
     *
     * @param rating the aggregate, null when nobody rated the cell
     * @param spread max − min of the applicable ratings (0 to 4)
     * @param raters how many members rated the cell (NA included)
     */
    public record GroupCell(@Nullable Consistency rating, int spread, int raters) {}

    public static Map<AchScores.Cell, GroupCell> aggregate(
            Map<AchScores.Cell, ? extends Collection<Consistency>> ratings) {
        Map<AchScores.Cell, GroupCell> out = new LinkedHashMap<>();
        ratings.forEach((cell, given) -> out.put(cell, cell(given)));
        return out;
    }

    static GroupCell cell(Collection<Consistency> given) {
        List<Integer> values = new ArrayList<>();
        for (Consistency c : given) {
            if (c.applicable()) values.add(c.value());
        }
        if (values.isEmpty()) {
            return new GroupCell(given.isEmpty() ? null : Consistency.NA, 0, given.size());
        }
        values.sort(null);
        // Sorted from II up: index (n - 1) / 2 is the middle, or the lower (more inconsistent) of the two middles.
        int median = values.get((values.size() - 1) / 2);
        return new GroupCell(Consistency.ofValue(median), values.getLast() - values.getFirst(), given.size());
    }
}
