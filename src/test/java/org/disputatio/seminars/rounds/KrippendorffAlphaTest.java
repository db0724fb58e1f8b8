package org.disputatio.seminars.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.disputatio.seminars.rounds.Agreement.Interpretation;
import org.disputatio.seminars.rounds.Agreement.Level;
import org.disputatio.seminars.rounds.Agreement.Undefined;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Krippendorff's alpha as the rounds compute it (DKPro Statistics), against Krippendorff's own worked example and
 * against an independent computation written here from the coincidence-matrix definition.
 */
class KrippendorffAlphaTest {

    /**
     * The reliability data of "Computing Krippendorff's Alpha-Reliability" (K. Krippendorff, 2011, section C and
     * D): 4 observers (A–D) × 12 units, missing values as null; unit 12 has one value only, so it is not pairable.
     */
    static final Integer[][] KRIPPENDORFF_2011 = {
        {1, 1, null, 1},
        {2, 2, 3, 2},
        {3, 3, 3, 3},
        {3, 3, 3, 3},
        {2, 2, 2, 2},
        {1, 2, 3, 4},
        {4, 4, 4, 4},
        {1, 1, 2, 1},
        {2, 2, 2, 2},
        {null, 5, 5, 5},
        {null, null, 1, 1},
        {null, null, 3, null}
    };

    static Map<String, Map<String, Object>> units(@Nullable Object[][] matrix) {
        Map<String, Map<String, Object>> units = new LinkedHashMap<>();
        for (int u = 0; u < matrix.length; u++) {
            Map<String, Object> unit = new LinkedHashMap<>();
            for (int o = 0; o < matrix[u].length; o++) {
                if (matrix[u][o] != null) unit.put("observer-" + (char) ('A' + o), matrix[u][o]);
            }
            units.put("u" + (u + 1), unit);
        }
        return units;
    }

    @Test
    void krippendorffsWorkedExample_givesThePublishedAlphas() {
        var data = units(KRIPPENDORFF_2011);

        var nominal = Agreement.of(Level.NOMINAL, data);
        var ordinal = Agreement.of(Level.ORDINAL, data);

        // Published: nominal .743, ordinal .815, interval .849 (three decimals).
        assertThat(nominal.round().value()).isCloseTo(0.743, within(0.0005));
        assertThat(ordinal.round().value()).isCloseTo(0.815, within(0.0005));
        assertThat(nominal.round().interpretation()).isEqualTo(Interpretation.TENTATIVE);
        assertThat(ordinal.round().interpretation()).isEqualTo(Interpretation.RELIABLE);
        // The independent computation below reproduces all three, interval included (the rounds use no interval).
        assertThat(Reference.alpha(ReferenceLevel.NOMINAL, KRIPPENDORFF_2011)).isCloseTo(0.743, within(0.0005));
        assertThat(Reference.alpha(ReferenceLevel.ORDINAL, KRIPPENDORFF_2011)).isCloseTo(0.815, within(0.0005));
        assertThat(Reference.alpha(ReferenceLevel.INTERVAL, KRIPPENDORFF_2011)).isCloseTo(0.849, within(0.0005));
        // Exactly: nominal 1 − (n − 1)·ΣoΔ / Σn_c·n_kΔ = 0.743421…, ordinal 0.815387…
        assertThat(nominal.round().value()).isCloseTo(0.743421052631579, within(1e-12));
        assertThat(ordinal.round().value()).isCloseTo(0.8153875037548813, within(1e-12));
        // Unit 12 alone is not pairable: its alpha is undefined, not NaN.
        assertThat(nominal.items().get("u12"))
                .isEqualTo(new Agreement.Alpha(null, Interpretation.UNDEFINED, Undefined.TOO_FEW_RATINGS));
    }

    @Test
    void perItemAlpha_isOneMinusTheItemsObservedOverTheRoundsExpectedDisagreement() {
        // Ranks of three raters on three items (the RoundsApiIT set): 445/648 for the round, 47/54, 143/486 and 1.
        Integer[][] ranks = {{4, 3, 4}, {2, 2, 0}, {1, 1, null}};
        var result = Agreement.of(Level.ORDINAL, units(ranks));
        assertThat(result.round().value()).isCloseTo(445.0 / 648, within(1e-12));
        assertThat(result.items().get("u1").value()).isCloseTo(47.0 / 54, within(1e-12));
        assertThat(result.items().get("u2").value()).isCloseTo(143.0 / 486, within(1e-12));
        assertThat(result.items().get("u3").value()).isCloseTo(1.0, within(1e-12));
        assertThat(result.items().get("u2").interpretation()).isEqualTo(Interpretation.UNRELIABLE);
    }

    @Test
    void withoutVariationOrPairs_alphaIsUndefined_neverNaN() {
        var same = Agreement.of(Level.ORDINAL, units(new Integer[][] {{2, 2}, {2, 2, 2}, {2, null}}));
        assertThat(same.round()).isEqualTo(new Agreement.Alpha(null, Interpretation.UNDEFINED, Undefined.NO_VARIATION));
        assertThat(same.items().get("u1").reason()).isEqualTo(Undefined.NO_VARIATION);
        assertThat(same.items().get("u3").reason()).isEqualTo(Undefined.TOO_FEW_RATINGS);

        var alone = Agreement.of(Level.NOMINAL, units(new String[][] {{"A", null}, {null, "C"}}));
        assertThat(alone.round().reason()).isEqualTo(Undefined.TOO_FEW_RATINGS);
        assertThat(alone.round().value()).isNull();
    }

    @Test
    void interpretation_followsKrippendorffsThresholds() {
        assertThat(Interpretation.of(0.800)).isEqualTo(Interpretation.RELIABLE);
        assertThat(Interpretation.of(0.7999)).isEqualTo(Interpretation.TENTATIVE);
        assertThat(Interpretation.of(0.667)).isEqualTo(Interpretation.TENTATIVE);
        assertThat(Interpretation.of(0.6669)).isEqualTo(Interpretation.UNRELIABLE);
        assertThat(Interpretation.of(-0.5)).isEqualTo(Interpretation.UNRELIABLE);
    }

    @Property(tries = 300)
    void dkpro_agreesWithTheCoincidenceMatrixDefinition(@ForAll("reliabilityData") Integer[][] data) {
        for (Level level : Level.values()) {
            var computed = Agreement.of(level, units(data));
            ReferenceLevel reference = level == Level.NOMINAL ? ReferenceLevel.NOMINAL : ReferenceLevel.ORDINAL;
            Double expected = Reference.alphaOrNull(reference, data);
            if (expected == null) {
                assertThat(computed.round().value()).as("%s undefined", level).isNull();
                assertThat(computed.round().interpretation()).isEqualTo(Interpretation.UNDEFINED);
                continue;
            }
            assertThat(computed.round().value()).as("%s round", level).isCloseTo(expected, within(1e-9));
            List<@Nullable Double> items = Reference.itemAlphas(reference, data);
            for (int u = 0; u < data.length; u++) {
                Double item = computed.items().get("u" + (u + 1)).value();
                if (items.get(u) == null) assertThat(item).isNull();
                else assertThat(item).as("%s unit %d", level, u + 1).isCloseTo(items.get(u), within(1e-9));
            }
        }
    }

    /** 1–8 units rated by 2–5 raters on ranks 0–4 (those of a rating), about a quarter of the values missing. */
    @Provide
    Arbitrary<Integer[][]> reliabilityData() {
        Arbitrary<Integer> value = Arbitraries.integers().between(0, 4).injectNull(0.25);
        return Arbitraries.integers()
                .between(2, 5)
                .flatMap(raters -> value.array(Integer[].class)
                        .ofSize(raters)
                        .array(Integer[][].class)
                        .ofMinSize(1)
                        .ofMaxSize(8));
    }

    enum ReferenceLevel {
        NOMINAL,
        ORDINAL,
        INTERVAL
    }

    /**
     * Krippendorff's alpha straight from its definition (Krippendorff 2011; Hayes & Krippendorff 2007): the
     * coincidence matrix o_ck = Σ_u Σ_{i≠j} [v_iu = c][v_ju = k] / (m_u − 1) over pairable units (m_u ≥ 2), its
     * marginals n_c and total n, D_o = Σ o_ck δ²_ck / n, D_e = Σ n_c n_k δ²_ck / (n (n − 1)), α = 1 − D_o / D_e;
     * for one unit, D_o(u) = Σ_{i≠j} δ²(v_iu, v_ju) / (m_u (m_u − 1)). Written without DKPro, on purpose.
     */
    static final class Reference {

        static double alpha(ReferenceLevel level, @Nullable Integer[][] data) {
            Double alpha = alphaOrNull(level, data);
            if (alpha == null) throw new AssertionError("undefined");
            return alpha;
        }

        static @Nullable Double alphaOrNull(ReferenceLevel level, @Nullable Integer[][] data) {
            var m = new Matrix(data);
            double expected = m.expected(level);
            if (m.n == 0 || expected == 0) return null;
            return 1 - m.observed(level) / expected;
        }

        static List<@Nullable Double> itemAlphas(ReferenceLevel level, @Nullable Integer[][] data) {
            var m = new Matrix(data);
            double expected = m.expected(level);
            List<@Nullable Double> items = new ArrayList<>();
            for (Integer[] unit : data) {
                List<Integer> values = present(unit);
                if (values.size() < 2) {
                    items.add(null);
                    continue;
                }
                double sum = 0;
                for (int i = 0; i < values.size(); i++)
                    for (int j = 0; j < values.size(); j++)
                        if (i != j) sum += m.delta(level, values.get(i), values.get(j));
                double observed = sum / (values.size() * (values.size() - 1.0));
                items.add(1 - observed / expected);
            }
            return items;
        }

        static List<Integer> present(Integer[] unit) {
            List<Integer> values = new ArrayList<>();
            for (Integer v : unit) if (v != null) values.add(v);
            return values;
        }

        static final class Matrix {
            final TreeSet<Integer> values = new TreeSet<>();
            final Map<Integer, Map<Integer, Double>> o = new LinkedHashMap<>();
            final Map<Integer, Double> nc = new LinkedHashMap<>();
            double n;

            Matrix(@Nullable Integer[][] data) {
                for (Integer[] unit : data) {
                    List<Integer> vs = present(unit);
                    if (vs.size() < 2) continue;
                    for (int i = 0; i < vs.size(); i++) {
                        for (int j = 0; j < vs.size(); j++) {
                            if (i == j) continue;
                            values.add(vs.get(i));
                            o.computeIfAbsent(vs.get(i), c -> new LinkedHashMap<>())
                                    .merge(vs.get(j), 1.0 / (vs.size() - 1), Double::sum);
                        }
                    }
                }
                for (int c : values) {
                    double sum = o.get(c).values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum();
                    nc.put(c, sum);
                    n += sum;
                }
            }

            double delta(ReferenceLevel level, int c, int k) {
                return switch (level) {
                    case NOMINAL -> c == k ? 0 : 1;
                    case INTERVAL -> (c - k) * (double) (c - k);
                    case ORDINAL -> {
                        double sum = 0;
                        for (int g : values) if (g >= Math.min(c, k) && g <= Math.max(c, k)) sum += nc.get(g);
                        double d = sum - (nc.get(c) + nc.get(k)) / 2;
                        yield d * d;
                    }
                };
            }

            double observed(ReferenceLevel level) {
                double sum = 0;
                for (var row : o.entrySet())
                    for (var cell : row.getValue().entrySet())
                        sum += cell.getValue() * delta(level, row.getKey(), cell.getKey());
                return sum / n;
            }

            double expected(ReferenceLevel level) {
                if (n < 2) return 0;
                double sum = 0;
                for (int c : values) for (int k : values) sum += nc.get(c) * nc.get(k) * delta(level, c, k);
                return sum / (n * (n - 1));
            }
        }
    }
}
