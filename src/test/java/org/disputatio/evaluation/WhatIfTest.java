package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** What rejecting sources changes, and how the explanation of a claim reads. */
class WhatIfTest {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    /** x rests only on s9 and rebuts c; c cites s1. */
    static MapSnapshot rebuttalOnOneSource() {
        return MapSnapshot.builder()
                .claim("c")
                .claim("x")
                .citation("c", "s1")
                .citation("x", "s9")
                .attack("r", "x", "c", AttackKind.REBUT)
                .build();
    }

    @Test
    void rejectingTheOnlySourceOfARebuttal_reinstatesWhatItAttacked() {
        WhatIf w = Evaluator.whatIf(rebuttalOnOneSource(), List.of("s9"), POLICY);
        assertThat(w.rejected()).containsExactly("s9");
        assertThat(w.lostGrounding()).containsExactly("x");
        assertThat(w.changedLabel()).containsExactlyInAnyOrder("c", "x");
        assertThat(w.changedStrength()).containsExactlyInAnyOrder("c", "x");
        Evaluation after = Evaluator.evaluate(rebuttalOnOneSource(), POLICY, List.of("s9"));
        assertThat(after.label("c")).isEqualTo(Label.IN);
        assertThat(after.label("x")).isEqualTo(Label.OUT);
    }

    @Test
    void rejectingAnUnrelatedSource_changesNothing() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .citation("c", "s1")
                .source("other")
                .build();
        WhatIf w = Evaluator.whatIf(m, List.of("other"), POLICY);
        assertThat(w.lostGrounding()).isEmpty();
        assertThat(w.changedLabel()).isEmpty();
        assertThat(w.changedStrength()).isEmpty();
    }

    @Test
    void smallStrengthChanges_belowTheThreshold_areNotReported() {
        // A second citation from s2 adds 0.5 * 0.5 * (1 - 0.25) ... the change on removal is 0.5 * 0.25 * 0.75 = 0.094
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .citation("c", "s1")
                .citation("c", "s2")
                .build();
        assertThat(Evaluator.whatIf(m, List.of("s2"), POLICY).changedStrength()).containsExactly("c");
        EvaluationPolicy lenient = new EvaluationPolicy(Semantics.DF_QUAD, 0.5, 0.5, 1000, 1e-9, 4, 16, 0.2);
        assertThat(Evaluator.whatIf(m, List.of("s2"), lenient).changedStrength())
                .isEmpty();
    }

    @Test
    void unknownSourceInAWhatIf_isRefusedWithItsId() {
        assertThatThrownBy(() -> Evaluator.whatIf(rebuttalOnOneSource(), List.of("nope"), POLICY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void explanation_listsContributionsWithSignedEffects_largestFirst() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("p")
                .claim("x")
                .sourceGrade("A1", 'A', 1)
                .argument("a", "c", List.of("p"))
                .evidence("e", "c", "A1", Stance.AGAINST, 0.9)
                .citation("p", "A1")
                .attack("r", "x", "c", AttackKind.REBUT)
                .build();
        Explanation ex = Evaluator.explain(m, "c", POLICY);
        assertThat(ex.baseScore()).isEqualTo(0.5);
        // p = 0.5 + 0.5 * 0.5 = 0.75, a = 0.5 * 0.75 = 0.375; attackers e (0.9) and x (0.5): va = 0.95;
        // c = 0.5 - 0.5 * (0.95 - 0.375) = 0.2125. Without e: 0.4375; without a: 0.025; without r: 0.2375.
        assertThat(ex.strength().orElseThrow()).isCloseTo(0.2125, within(1e-12));
        assertThat(ex.contributions()).extracting(Contribution::id).containsExactly("e", "a", "r");
        Contribution evidence = ex.contributions().getFirst();
        assertThat(evidence.role()).isEqualTo(Contribution.Role.ATTACK);
        assertThat(evidence.effect().orElseThrow()).isCloseTo(-0.225, within(1e-12));
        Contribution argument = ex.contributions().get(1);
        assertThat(argument.role()).isEqualTo(Contribution.Role.SUPPORT);
        assertThat(argument.effect().orElseThrow()).isCloseTo(0.1875, within(1e-12));
        Contribution rebuttal = ex.contributions().getLast();
        assertThat(rebuttal.from()).isEqualTo("x");
        assertThat(rebuttal.effect().orElseThrow()).isCloseTo(-0.025, within(1e-12));
        assertThat(ex.groundingPath())
                .containsExactly(
                        new PathStep(PathStep.Kind.CLAIM, "c"),
                        new PathStep(PathStep.Kind.ARGUMENT, "a"),
                        new PathStep(PathStep.Kind.CLAIM, "p"),
                        new PathStep(PathStep.Kind.CITATION, "A1"),
                        new PathStep(PathStep.Kind.SOURCE, "A1"));
        assertThat(ex.criticalSources()).containsExactly("A1");
    }
}
