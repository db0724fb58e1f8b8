package org.disputatio.seminars.ach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.disputatio.seminars.ach.Consistency.C;
import static org.disputatio.seminars.ach.Consistency.CC;
import static org.disputatio.seminars.ach.Consistency.I;
import static org.disputatio.seminars.ach.Consistency.II;
import static org.disputatio.seminars.ach.Consistency.N;
import static org.disputatio.seminars.ach.Consistency.NA;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.seminars.ach.AchScores.Cell;
import org.disputatio.seminars.ach.AchScores.Dropped;
import org.disputatio.seminars.ach.AchScores.Row;
import org.disputatio.seminars.ach.AchScores.Score;
import org.junit.jupiter.api.Test;

/**
 * A 3 × 4 matrix worked out by hand. Weights (PARC ACH: low 1/√2 ≈ 0.7071, medium 1, high √2 ≈ 1.4142; an item's
 * weight is credibility × relevance):
 *
 * <pre>
 *            cred    rel     weight    H1   H2   H3
 *   E1       high    high    2         C    I    II      (source s1 itself)
 *   E2       high    medium  √2        II   C    N       (a claim citing s2)
 *   E3       low     medium  1/√2      N    NA   I       (evidence from s1)
 *   E4       high    low     1         C    C    C
 * </pre>
 *
 * Weighted inconsistency (II = -2, I = -1, the rest 0, times the weight):
 * H1 = -2·√2 = -2.828427; H2 = -1·2 = -2; H3 = -2·2 - 1/√2 = -4.707107. Ranking: H2 (1), H1 (2), H3 (3).
 *
 * <p>Diagnosticity (spread of the applicable ratings on CC = 2 … II = -2; weighted: spread of the contributions):
 * E1: C 1, I -1, II -2 → 3; contributions 0, -2, -4 → 4. E2: II -2, C 1, N 0 → 3; -2.828427, 0, 0 → 2.828427.
 * E3: N 0, (NA left out), I -1 → 1; 0, -0.707107 → 0.707107. E4: C, C, C → 0, not diagnostic.
 *
 * <p>Sensitivity: dropping E1 gives H1 -2.828427, H2 0, H3 -0.707107 → H2, H3, H1: the order changes, H2 stays
 * first. Dropping E2 gives H1 0, H2 -2, H3 -4.707107 → H1 first. Dropping E3 (H3 -4) or E4 (nothing) changes
 * nothing. Rejecting s1 drops E1 and E3: H1 -2.828427, H2 0, H3 0 → H2 and H3 tie first, H1 third. Rejecting s2
 * drops E2: as dropping E2.
 */
class AchScoresTest {

    static final List<String> HYPOTHESES = List.of("H1", "H2", "H3");
    static final List<Row> ROWS = List.of(
            new Row("E1", Weight.HIGH, Weight.HIGH),
            new Row("E2", Weight.HIGH, Weight.MEDIUM),
            new Row("E3", Weight.LOW, Weight.MEDIUM),
            new Row("E4", Weight.HIGH, Weight.LOW));
    static final Map<Cell, Consistency> CELLS = cells(
            "E1", List.of(C, I, II),
            "E2", List.of(II, C, N),
            "E3", List.of(N, NA, I),
            "E4", List.of(C, C, C));
    static final Map<String, Set<String>> SOURCES = sources();

    static final double ROOT2 = Math.sqrt(2);

    @Test
    void weightedInconsistency_ranksTheLeastInconsistentFirst() {
        var scoring = AchScores.score(HYPOTHESES, ROWS, CELLS, SOURCES);

        assertThat(scoring.ranking()).extracting(Score::hypothesisId).containsExactly("H2", "H1", "H3");
        assertThat(scoring.ranking()).extracting(Score::rank).containsExactly(1, 2, 3);
        assertThat(scoring.ranking().get(0).inconsistency()).isCloseTo(-2.0, within(1e-9));
        assertThat(scoring.ranking().get(1).inconsistency()).isCloseTo(-2 * ROOT2, within(1e-9));
        assertThat(scoring.ranking().get(1).inconsistency()).isCloseTo(-2.828427, within(1e-6));
        assertThat(scoring.ranking().get(2).inconsistency()).isCloseTo(-4 - 1 / ROOT2, within(1e-9));
        assertThat(scoring.ranking().get(2).inconsistency()).isCloseTo(-4.707107, within(1e-6));
        assertThat(scoring.leaders()).containsExactly("H2");
    }

    @Test
    void diagnosticity_isTheSpreadAcrossHypotheses_andAnItemRatedAlikeIsNotDiagnostic() {
        var d = AchScores.score(HYPOTHESES, ROWS, CELLS, SOURCES).diagnosticity();

        assertThat(d).extracting(AchScores.Diagnosticity::itemId).containsExactly("E1", "E2", "E3", "E4");
        assertThat(d).extracting(AchScores.Diagnosticity::spread).containsExactly(3, 3, 1, 0);
        assertThat(d.get(0).weightedSpread()).isCloseTo(4.0, within(1e-9));
        assertThat(d.get(1).weightedSpread()).isCloseTo(2 * ROOT2, within(1e-9));
        assertThat(d.get(2).weightedSpread()).isCloseTo(1 / ROOT2, within(1e-9));
        assertThat(d.get(3).weightedSpread()).isZero();
        assertThat(d).extracting(AchScores.Diagnosticity::diagnostic).containsExactly(true, true, true, false);
    }

    @Test
    void sensitivity_namesEachDropThatChangesTheRanking() {
        var shifts = AchScores.score(HYPOTHESES, ROWS, CELLS, SOURCES).sensitivity();

        assertThat(shifts)
                .extracting(s ->
                        s.dropped() + " " + s.id() + " " + s.items() + " → " + s.leaders() + " " + s.leaderChanged())
                .containsExactly(
                        "ITEM E1 [E1] → [H2] false",
                        "ITEM E2 [E2] → [H1] true",
                        "SOURCE s1 [E1, E3] → [H2, H3] true",
                        "SOURCE s2 [E2] → [H1] true");
        var withoutE1 = shifts.get(0).ranking();
        assertThat(withoutE1).extracting(Score::hypothesisId).containsExactly("H2", "H3", "H1");
        assertThat(withoutE1).extracting(AchScoresTest::six).containsExactly("0.000000", "-0.707107", "-2.828427");
        var withoutS1 = shifts.get(2).ranking();
        assertThat(withoutS1).extracting(Score::hypothesisId).containsExactly("H2", "H3", "H1");
        assertThat(withoutS1).extracting(Score::rank).containsExactly(1, 1, 3);
        assertThat(shifts.get(1).ranking())
                .extracting(AchScoresTest::six)
                .containsExactly("0.000000", "-2.000000", "-4.707107");
        assertThat(shifts).extracting(AchScores.Shift::dropped).contains(Dropped.ITEM, Dropped.SOURCE);
    }

    @Test
    void unratedCells_countLikeNeutral_andEqualWeightedScoresTie() {
        // √2·√2 = 2 must tie with 2·1: one II on a high/high item against two I on a high/high and a medium one.
        var rows = List.of(new Row("A", Weight.HIGH, Weight.HIGH), new Row("B", Weight.HIGH, Weight.HIGH));
        var cells = Map.of(new Cell("X", "A"), I, new Cell("X", "B"), I, new Cell("Y", "A"), CC);
        var ranking =
                AchScores.score(List.of("X", "Y", "Z"), rows, cells, Map.of()).ranking();

        assertThat(ranking).extracting(Score::hypothesisId).containsExactly("Y", "Z", "X");
        assertThat(ranking).extracting(Score::rank).containsExactly(1, 1, 3);
        assertThat(ranking.get(2).inconsistency()).isEqualTo(-4.0);
    }

    @Test
    void groupMatrix_takesTheMedian_theMoreInconsistentOfTwoMiddles_andLeavesNaOut() {
        assertThat(GroupMatrix.cell(List.of(C, I, II))).isEqualTo(new GroupMatrix.GroupCell(I, 3, 3));
        assertThat(GroupMatrix.cell(List.of(CC, C, I, NA))).isEqualTo(new GroupMatrix.GroupCell(C, 3, 4));
        assertThat(GroupMatrix.cell(List.of(CC, I))).isEqualTo(new GroupMatrix.GroupCell(I, 3, 2));
        assertThat(GroupMatrix.cell(List.of(NA, NA))).isEqualTo(new GroupMatrix.GroupCell(NA, 0, 2));
        assertThat(GroupMatrix.cell(List.of())).isEqualTo(new GroupMatrix.GroupCell(null, 0, 0));
    }

    static String six(Score s) {
        return String.format(java.util.Locale.ROOT, "%.6f", s.inconsistency());
    }

    static Map<Cell, Consistency> cells(Object... rows) {
        Map<Cell, Consistency> cells = new LinkedHashMap<>();
        for (int r = 0; r < rows.length; r += 2) {
            @SuppressWarnings("unchecked")
            var ratings = (List<Consistency>) rows[r + 1];
            for (int h = 0; h < ratings.size(); h++)
                cells.put(new Cell(HYPOTHESES.get(h), (String) rows[r]), ratings.get(h));
        }
        return cells;
    }

    static Map<String, Set<String>> sources() {
        Map<String, Set<String>> sources = new LinkedHashMap<>();
        sources.put("s1", Set.of("E1", "E3"));
        sources.put("s2", Set.of("E2"));
        return sources;
    }
}
