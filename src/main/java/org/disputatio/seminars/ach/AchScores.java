package org.disputatio.seminars.ach;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores one matrix (a member's own or the group's): no Spring, no database, a matrix in and records out.
 *
 * <ul>
 *   <li><b>Weighted inconsistency</b> (Heuer, PARC ACH 2.0): per hypothesis, the sum over items of the cell's
 *       inconsistency (II = -2, I = -1, anything else 0) times the item's credibility and relevance factors. The
 *       least inconsistent hypothesis (closest to 0) ranks first; equal scores share a rank (1, 1, 3).
 *   <li><b>Diagnosticity</b> per item: the spread (max − min) of its ratings across hypotheses on the scale CC = 2 …
 *       II = -2, NA and unrated cells left out, and the spread of its weighted contributions to the scores. An item
 *       rated the same for every hypothesis (spread 0) cannot tell them apart.
 *   <li><b>Sensitivity</b>: each single item dropped, and each source rejected (every item tied to it dropped at
 *       once); those that change any hypothesis's rank are reported with the ranking they would give.
 * </ul>
 */
public final class AchScores {

    /** Scores that differ by less than this are equal: √2 · √2 must tie with 2. */
    static final double EPSILON = 1e-9;

    private AchScores() {}

    /** A row of the matrix: an item with its weights. */
    public record Row(String itemId, Weight credibility, Weight relevance) {
        public double weight() {
            return credibility.factor() * relevance.factor();
        }
    }

    /** A cell: a hypothesis (column) and an item (row). */
    public record Cell(String hypothesisId, String itemId) {}

    /** A hypothesis's weighted inconsistency (0 or below) and its rank (1 = least inconsistent). */
    public record Score(String hypothesisId, double inconsistency, int rank) {}

    /**
     * How well an item tells the hypotheses apart.
     *
     * @param spread max − min of its applicable ratings on the scale CC = 2 … II = -2 (0 with fewer than two)
     * @param weightedSpread max − min of what it adds to the hypotheses' scores
     */
    public record Diagnosticity(String itemId, int spread, double weightedSpread) {
        public boolean diagnostic() {
            return spread > 0;
        }
    }

    /** What is dropped in a sensitivity check: one item, or every item tied to a rejected source. */
    public enum Dropped {
        ITEM,
        SOURCE
    }

    /**
     * A drop that changes the ranking.
     *
     * @param id the item's or the source's id
     * @param items the items dropped
     * @param leaders the hypotheses that would rank first
     * @param leaderChanged whether those differ from the ones ranked first now
     * @param ranking the ranking without them
     */
    public record Shift(
            Dropped dropped,
            String id,
            List<String> items,
            List<String> leaders,
            boolean leaderChanged,
            List<Score> ranking) {}

    /** A scored matrix: the ranking (best first), each item's diagnosticity in row order, and the shifts. */
    public record Scoring(List<Score> ranking, List<Diagnosticity> diagnosticity, List<Shift> sensitivity) {

        /** The hypotheses ranked first (several when tied; none without hypotheses). */
        public List<String> leaders() {
            return AchScores.leaders(ranking);
        }
    }

    /**
     * Scores the matrix.
     *
     * @param hypotheses the columns, in the order ties are listed
     * @param rows the items, in row order
     * @param cells the ratings; a missing cell is unrated and counts like N
     * @param itemsBySource for each source a rejection would take out, the items tied to it (in the order to report)
     */
    public static Scoring score(
            List<String> hypotheses,
            List<Row> rows,
            Map<Cell, Consistency> cells,
            Map<String, Set<String>> itemsBySource) {
        List<Score> ranking = rank(hypotheses, rows, cells, Set.of());
        List<Diagnosticity> diagnosticity = new ArrayList<>();
        for (Row row : rows) diagnosticity.add(diagnosticity(hypotheses, row, cells));
        List<Shift> shifts = new ArrayList<>();
        for (Row row : rows) {
            shift(Dropped.ITEM, row.itemId(), Set.of(row.itemId()), hypotheses, rows, cells, ranking)
                    .ifPresent(shifts::add);
        }
        itemsBySource.forEach((source, items) -> {
            if (!items.isEmpty()) {
                shift(Dropped.SOURCE, source, items, hypotheses, rows, cells, ranking)
                        .ifPresent(shifts::add);
            }
        });
        return new Scoring(ranking, List.copyOf(diagnosticity), List.copyOf(shifts));
    }

    private static java.util.Optional<Shift> shift(
            Dropped kind,
            String id,
            Set<String> dropped,
            List<String> hypotheses,
            List<Row> rows,
            Map<Cell, Consistency> cells,
            List<Score> before) {
        List<Score> after = rank(hypotheses, rows, cells, dropped);
        if (ranks(after).equals(ranks(before))) return java.util.Optional.empty();
        List<String> items =
                rows.stream().map(Row::itemId).filter(dropped::contains).toList();
        List<String> leaders = leaders(after);
        return java.util.Optional.of(
                new Shift(kind, id, items, leaders, !Set.copyOf(leaders).equals(Set.copyOf(leaders(before))), after));
    }

    private static Map<String, Integer> ranks(List<Score> ranking) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        ranking.forEach(s -> ranks.put(s.hypothesisId(), s.rank()));
        return ranks;
    }

    static List<String> leaders(List<Score> ranking) {
        return ranking.stream()
                .filter(s -> s.rank() == 1)
                .map(Score::hypothesisId)
                .toList();
    }

    private static List<Score> rank(
            List<String> hypotheses, List<Row> rows, Map<Cell, Consistency> cells, Set<String> dropped) {
        Map<String, Double> totals = new LinkedHashMap<>();
        for (String h : hypotheses) {
            double total = 0;
            for (Row row : rows) {
                if (dropped.contains(row.itemId())) continue;
                Consistency c = cells.get(new Cell(h, row.itemId()));
                if (c != null) total += c.inconsistency() * row.weight();
            }
            totals.put(h, clean(total));
        }
        List<String> order = new ArrayList<>(hypotheses);
        // Stable: tied hypotheses keep their column order.
        order.sort(Comparator.comparingDouble((String h) -> -totals.get(h)));
        List<Score> ranking = new ArrayList<>();
        for (String h : order) {
            double total = totals.get(h);
            int better = 0;
            for (String other : hypotheses) {
                if (totals.get(other) > total + EPSILON) better++;
            }
            ranking.add(new Score(h, total, better + 1));
        }
        return List.copyOf(ranking);
    }

    private static Diagnosticity diagnosticity(List<String> hypotheses, Row row, Map<Cell, Consistency> cells) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int rated = 0;
        for (String h : hypotheses) {
            Consistency c = cells.get(new Cell(h, row.itemId()));
            if (c == null || !c.applicable()) continue;
            rated++;
            min = Math.min(min, c.value());
            max = Math.max(max, c.value());
            double contribution = c.inconsistency() * row.weight();
            low = Math.min(low, contribution);
            high = Math.max(high, contribution);
        }
        if (rated < 2) return new Diagnosticity(row.itemId(), 0, 0);
        return new Diagnosticity(row.itemId(), max - min, clean(high - low));
    }

    /** Rounds away floating-point dust (√2 · √2 = 2.0000000000000004), so equal scores read and compare equal. */
    private static double clean(double x) {
        double r = Math.round(x * 1e9) / 1e9;
        return r == 0 ? 0.0 : r;
    }
}
