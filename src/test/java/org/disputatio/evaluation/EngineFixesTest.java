package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.junit.jupiter.api.Test;

/** The three engine defects of issue 10 (point 3), each on the smallest map that showed it. */
class EngineFixesTest {

    @Test
    void mutualRebuttalAtPriorOne_oscillatesStepByStep_butSettlesAsAContinuousSystem() {
        // a = 1 - b, b = 1 - a: the iteration from (1, 1) jumps between (0, 0) and (1, 1) for ever. Every
        // a + b = 1 is a fixed point; Potyka's continuous system da/dt = 1 - b - a (and alike for b) flows from
        // (1, 1) along a = b to (1/2, 1/2).
        EvaluationPolicy priorOne = new EvaluationPolicy(Semantics.DF_QUAD, 1.0, 0.5, 1000, 1e-9, 4, 16, 0.05);
        MapSnapshot m = MapSnapshot.builder()
                .claim("a")
                .claim("b")
                .claim("downstream")
                .attack("ab", "a", "b", AttackKind.REBUT)
                .attack("ba", "b", "a", AttackKind.REBUT)
                .attack("ad", "a", "downstream", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, priorOne);
        assertThat(e.claim("a").converged()).isTrue();
        assertThat(e.strength("a").orElseThrow()).isCloseTo(0.5, within(1e-8));
        assertThat(e.strength("b").orElseThrow()).isCloseTo(0.5, within(1e-8));
        assertThat(e.strength("downstream").orElseThrow()).isCloseTo(0.5, within(1e-8));
    }

    @Test
    void mutualRebuttalAtPriorOne_underQuadraticEnergy_settlesAtItsFixedPoint() {
        EvaluationPolicy priorOne = new EvaluationPolicy(Semantics.QUADRATIC_ENERGY, 1.0, 0.5, 1000, 1e-9, 4, 16, 0.05);
        MapSnapshot m = MapSnapshot.builder()
                .claim("a")
                .claim("b")
                .attack("ab", "a", "b", AttackKind.REBUT)
                .attack("ba", "b", "a", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, priorOne);
        assertThat(e.claim("a").converged()).isTrue();
        double a = e.strength("a").orElseThrow();
        // s = 1 - h(s) = 1 / (1 + s^2), i.e. s^3 + s - 1 = 0, whose one real root is 0.6823278038.
        assertThat(a).isCloseTo(0.6823278038, within(1e-8));
        assertThat(e.strength("b").orElseThrow()).isCloseTo(a, within(1e-8));
    }

    @Test
    void supportReachingAClaimOnlyThroughItself_addsNothing() {
        // "c because c", no source: c stays at the prior, and nothing grounds it.
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .argument("a", "c", List.of("c"))
                .build();
        Evaluation e = Evaluator.evaluate(m, EvaluationPolicy.defaults());
        assertThat(e.strength("c").orElseThrow()).isEqualTo(0.5);
        assertThat(e.grounded("c")).isFalse();
        assertThat(e.argument("a").label()).isEqualTo(Label.OUT);
        assertThat(e.labelReason("a")).isEqualTo(new LabelReason(LabelReason.Kind.CIRCULAR, List.of("c")));
        assertThat(e.label("c")).isEqualTo(Label.OUT);
    }

    @Test
    void longerSupportCycleWithoutASource_addsNothingEither() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("d")
                .argument("a1", "c", List.of("d"))
                .argument("a2", "d", List.of("c"))
                .build();
        Evaluation e = Evaluator.evaluate(m, EvaluationPolicy.defaults());
        assertThat(e.strength("c").orElseThrow()).isEqualTo(0.5);
        assertThat(e.strength("d").orElseThrow()).isEqualTo(0.5);
    }

    @Test
    void argumentWithoutPremises_groundsNothing() {
        MapSnapshot m =
                MapSnapshot.builder().claim("c").argument("a", "c", List.of()).build();
        Evaluation e = Evaluator.evaluate(m, EvaluationPolicy.defaults());
        assertThat(e.argument("a").grounded()).isFalse();
        assertThat(e.grounded("c")).isFalse();
        assertThat(e.claim("c").supportSets()).isEmpty();
    }
}
