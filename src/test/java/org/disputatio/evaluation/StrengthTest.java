package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/**
 * Strengths on small maps worked out by hand from the definitions of DF-QuAD (Rago, Toni, Aurisicchio, Baroni,
 * "Discontinuity-Free Decision Support with Quantitative Argumentation Debates", KR 2016, Def. 2-4: aggregation
 * F(v1..vn) = 1 - prod(1 - vi), combination C(v0, va, vs) = v0 - v0|vs - va| if va >= vs, else
 * v0 + (1 - v0)|vs - va|) and of the quadratic energy model (Potyka, "Continuous Dynamical Systems for Weighted
 * Bipolar Argumentation", KR 2018: E = sum of supporters - sum of attackers, h(x) = max(0,x)^2 / (1 + max(0,x)^2),
 * s = w - w h(-E) + (1 - w) h(E)). Evidence from a source graded A1 weighs 1, so its rating is its strength.
 */
class StrengthTest {
    static final EvaluationPolicy DF_QUAD = EvaluationPolicy.defaults();

    static MapSnapshot.Builder map() {
        return MapSnapshot.builder().source("A1").sourceGrade("A1", 'A', 1);
    }

    static double strength(MapSnapshot m, String claim, EvaluationPolicy p) {
        return Evaluator.evaluate(m, p).strength(claim).orElseThrow();
    }

    @Test
    void claimWithoutAnyInput_staysAtTheNeutralPrior() {
        MapSnapshot m = map().claim("c").build();
        assertThat(strength(m, "c", DF_QUAD)).isEqualTo(0.5);
    }

    @Test
    void dfQuad_attackerStrongerThanSupporter_lowersBaseByTheirDifference() {
        // va = 0.8, vs = 0.4: 0.5 - 0.5 * 0.4 = 0.3
        MapSnapshot m = map().claim("c")
                .evidence("for", "c", "A1", Stance.FOR, 0.4)
                .evidence("against", "c", "A1", Stance.AGAINST, 0.8)
                .build();
        assertThat(strength(m, "c", DF_QUAD)).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void dfQuad_twoAttackers_aggregateProbabilistically() {
        // F(0.5, 0.5) = 1 - 0.25 = 0.75; 0.5 - 0.5 * 0.75 = 0.125
        MapSnapshot m = map().claim("c")
                .evidence("e1", "c", "A1", Stance.AGAINST, 0.5)
                .evidence("e2", "c", "A1", Stance.AGAINST, 0.5)
                .build();
        assertThat(strength(m, "c", DF_QUAD)).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void dfQuad_equalAttackAndSupport_cancelOut() {
        MapSnapshot m = map().claim("c")
                .evidence("e1", "c", "A1", Stance.FOR, 0.7)
                .evidence("e2", "c", "A1", Stance.AGAINST, 0.7)
                .build();
        assertThat(strength(m, "c", DF_QUAD)).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void argumentStrength_isInferenceTimesWeakestPremise_andSupportsItsConclusion() {
        // p1 = 0.5 + 0.5 * 0.6 = 0.8, p2 = 0.5, argument = 0.9 * min(0.8, 0.5) = 0.45,
        // conclusion = 0.5 + 0.5 * 0.45 = 0.725
        MapSnapshot m = map().claim("p1")
                .claim("p2")
                .claim("c")
                .evidence("e", "p1", "A1", Stance.FOR, 0.6)
                .argument("a", "c", List.of("p1", "p2"))
                .inferenceRating("a", 0.9)
                .build();
        Evaluation e = Evaluator.evaluate(m, DF_QUAD);
        assertThat(e.strength("p1").orElseThrow()).isCloseTo(0.8, within(1e-12));
        assertThat(e.argument("a").strength().orElseThrow()).isCloseTo(0.45, within(1e-12));
        assertThat(e.strength("c").orElseThrow()).isCloseTo(0.725, within(1e-12));
    }

    @Test
    void undercut_weakensTheInferenceNotThePremises() {
        // inference 0.9 attacked by x (0.5): 0.9 - 0.9 * 0.5 = 0.45; times premise 0.5 = 0.225
        MapSnapshot m = map().claim("p")
                .claim("c")
                .claim("x")
                .argument("a", "c", List.of("p"))
                .inferenceRating("a", 0.9)
                .attack("u", "x", "a", AttackKind.UNDERCUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, DF_QUAD);
        assertThat(e.argument("a").strength().orElseThrow()).isCloseTo(0.225, within(1e-12));
        assertThat(e.strength("p").orElseThrow()).isEqualTo(0.5);
    }

    @Test
    void evidenceFromALessReliableSource_weighsLess() {
        // C3 = (0.6 + 0.6) / 2 = 0.6; evidence 1.0 * 0.6 = 0.6; claim 0.5 + 0.5 * 0.6 = 0.8
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .evidence("e", "c", "s", Stance.FOR, 1.0)
                .sourceGrade("s", 'C', 3)
                .build();
        assertThat(strength(m, "c", DF_QUAD)).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void severalGradesOfOneSource_areAveraged_andUnjudgeablePartsIgnored() {
        // A1 -> 1.0, E5 -> 0.2, F6 -> ignored; mean 0.6; citation = prior 0.5 * 0.6 = 0.3; claim 0.5 + 0.5 * 0.3
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .citation("c", "s")
                .sourceGrade("s", 'A', 1)
                .sourceGrade("s", 'E', 5)
                .sourceGrade("s", 'F', 6)
                .build();
        assertThat(strength(m, "c", DF_QUAD)).isCloseTo(0.65, within(1e-12));
    }

    @Test
    void quadraticEnergy_singleSupporter_followsPotykasFormula() {
        double h = 0.36 / 1.36;
        MapSnapshot m =
                map().claim("c").evidence("e", "c", "A1", Stance.FOR, 0.6).build();
        assertThat(strength(m, "c", DF_QUAD.withSemantics(Semantics.QUADRATIC_ENERGY)))
                .isCloseTo(0.5 + 0.5 * h, within(1e-12));
    }

    @Test
    void quadraticEnergy_attackAndSupport_useTheirNetEnergy() {
        // E = 0.3 - 0.9 = -0.6: 0.5 - 0.5 h(0.6)
        double h = 0.36 / 1.36;
        MapSnapshot m = map().claim("c")
                .evidence("e1", "c", "A1", Stance.FOR, 0.3)
                .evidence("e2", "c", "A1", Stance.AGAINST, 0.9)
                .build();
        assertThat(strength(m, "c", DF_QUAD.withSemantics(Semantics.QUADRATIC_ENERGY)))
                .isCloseTo(0.5 - 0.5 * h, within(1e-12));
    }

    @Test
    void mutualRebuttal_convergesToTheFixpoint() {
        // a = 0.5 - 0.5 b and b = 0.5 - 0.5 a: a = b = 1/3
        MapSnapshot m = map().claim("a")
                .claim("b")
                .attack("ab", "a", "b", AttackKind.REBUT)
                .attack("ba", "b", "a", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, DF_QUAD);
        assertThat(e.claim("a").converged()).isTrue();
        assertThat(e.strength("a").orElseThrow()).isCloseTo(1.0 / 3, within(1e-8));
        assertThat(e.strength("b").orElseThrow()).isCloseTo(1.0 / 3, within(1e-8));
    }

    @Test
    void cycleThatDoesNotSettleWithinTheCap_reportsNoNumber_downstreamEither() {
        EvaluationPolicy capped = new EvaluationPolicy(Semantics.DF_QUAD, 0.5, 0.5, 3, 1e-15, 4, 16, 0.05);
        MapSnapshot m = map().claim("a")
                .claim("b")
                .claim("downstream")
                .claim("elsewhere")
                .attack("ab", "a", "b", AttackKind.REBUT)
                .attack("ba", "b", "a", AttackKind.REBUT)
                .attack("ad", "a", "downstream", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, capped);
        assertThat(e.claim("a").converged()).isFalse();
        assertThat(e.claim("a").strength()).isEmpty();
        assertThat(e.claim("downstream").strength()).isEmpty();
        assertThat(e.claim("elsewhere").strength()).hasValue(0.5);
    }

    @Test
    void rejectedSourcesEvidence_noLongerCounts() {
        MapSnapshot m =
                map().claim("c").evidence("e", "c", "A1", Stance.FOR, 0.6).build();
        Evaluation e = Evaluator.evaluate(m, DF_QUAD, List.of("A1"));
        assertThat(e.strength("c").orElseThrow()).isEqualTo(0.5);
    }
}
