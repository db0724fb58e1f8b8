package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** Grounding, critical sources, minimal support sets and contested dependencies on small hand-made maps. */
class DependencyTest {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    /** c is concluded by a1 (premises p1, p2) and by a2 (premise p3); p1 cites s1, p2 s2, p3 s1 and s3. */
    static MapSnapshot convergent() {
        return MapSnapshot.builder()
                .claim("c")
                .claim("p1")
                .claim("p2")
                .claim("p3")
                .argument("a1", "c", List.of("p1", "p2"))
                .argument("a2", "c", List.of("p3"))
                .citation("p1", "s1")
                .citation("p2", "s2")
                .citation("p3", "s1")
                .citation("p3", "s3")
                .build();
    }

    @Test
    void uncitedClaim_isNotGrounded_andHasNoCriticalSources() {
        Evaluation e = Evaluator.evaluate(MapSnapshot.builder().claim("c").build(), POLICY);
        assertThat(e.claim("c").grounded()).isFalse();
        assertThat(e.claim("c").criticalSources()).isEmpty();
        assertThat(e.claim("c").supportSets()).isEmpty();
    }

    @Test
    void linkedPremises_makeEverySourceCritical() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("p1")
                .claim("p2")
                .argument("a", "c", List.of("p1", "p2"))
                .citation("p1", "s1")
                .citation("p2", "s2")
                .build();
        ClaimAssessment c = Evaluator.evaluate(m, POLICY).claim("c");
        assertThat(c.grounded()).isTrue();
        assertThat(c.criticalSources()).containsExactly("s1", "s2");
        assertThat(c.supportSets()).containsExactly(List.of("s1", "s2"));
    }

    @Test
    void convergentArguments_keepOnlyTheSourceEveryAlternativeNeeds() {
        ClaimAssessment c = Evaluator.evaluate(convergent(), POLICY).claim("c");
        assertThat(c.criticalSources()).isEmpty();
        assertThat(c.supportSets()).containsExactly(List.of("s1"), List.of("s3"));
        assertThat(c.supportSetsTruncated()).isFalse();
    }

    @Test
    void rejectingCriticalSource_removesGrounding() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("p1")
                .claim("p2")
                .argument("a", "c", List.of("p1", "p2"))
                .citation("p1", "s1")
                .citation("p2", "s2")
                .build();
        WhatIf w = Evaluator.whatIf(m, List.of("s2"), POLICY);
        assertThat(w.lostGrounding()).containsExactlyInAnyOrder("c", "p2");
        assertThat(Evaluator.evaluate(m, POLICY, List.of("s2")).grounded("c")).isFalse();
    }

    @Test
    void rejectingANonCriticalSource_keepsGroundingThroughTheOtherArgument() {
        WhatIf w = Evaluator.whatIf(convergent(), List.of("s2"), POLICY);
        assertThat(w.lostGrounding()).containsExactly("p2");
        WhatIf both = Evaluator.whatIf(convergent(), List.of("s1", "s3"), POLICY);
        assertThat(both.lostGrounding()).contains("c");
    }

    @Test
    void supportCycleWithALeaf_isGrounded_andTheLeafIsCritical() {
        // c <- a1(d), d <- a2(c); only c cites s1.
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("d")
                .argument("a1", "c", List.of("d"))
                .argument("a2", "d", List.of("c"))
                .citation("c", "s1")
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.claim("d").grounded()).isTrue();
        assertThat(e.claim("d").criticalSources()).containsExactly("s1");
        assertThat(e.claim("c").criticalSources()).containsExactly("s1");
        assertThat(e.claim("d").supportSets()).containsExactly(List.of("s1"));
    }

    @Test
    void supportCycleWithoutALeaf_groundsNothing() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("d")
                .argument("a1", "c", List.of("d"))
                .argument("a2", "d", List.of("c"))
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.grounded("c")).isFalse();
        assertThat(e.grounded("d")).isFalse();
    }

    @Test
    void claimCitingAContestedSource_dependsOnIt_andSoDoesItsConclusion() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("p1")
                .claim("p2")
                .argument("a", "c", List.of("p1", "p2"))
                .citation("p1", "mukhin")
                .citation("p2", "s2")
                .contestation("mukhin", true)
                .contestation("s2", false)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.claim("c").dependsOnContested()).isTrue();
        assertThat(e.claim("c").contestedSources()).containsExactly("mukhin");
        assertThat(e.claim("p2").dependsOnContested()).isFalse();
        assertThat(e.explain("c").contested().getFirst().path())
                .containsExactly(
                        new PathStep(PathStep.Kind.CLAIM, "c"),
                        new PathStep(PathStep.Kind.ARGUMENT, "a"),
                        new PathStep(PathStep.Kind.CLAIM, "p1"),
                        new PathStep(PathStep.Kind.CITATION, "mukhin"),
                        new PathStep(PathStep.Kind.SOURCE, "mukhin"));
    }

    @Test
    void supportSetsBeyondTheSizeBound_areCut_andTheResultSaysSo() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("p1")
                .claim("p2")
                .claim("q")
                .argument("a", "c", List.of("p1", "p2"))
                .argument("b", "c", List.of("q"))
                .citation("p1", "s1")
                .citation("p2", "s2")
                .citation("q", "s3")
                .build();
        ClaimAssessment c =
                Evaluator.evaluate(m, POLICY.withSupportSetBounds(1, 16)).claim("c");
        assertThat(c.supportSets()).containsExactly(List.of("s3"));
        assertThat(c.supportSetsTruncated()).isTrue();
        assertThat(Evaluator.evaluate(m, POLICY).claim("c").supportSetsTruncated())
                .isFalse();
    }

    @Test
    void sourcesOf_listsEverySourceOnAnySupportingPath() {
        assertThat(Evaluator.evaluate(convergent(), POLICY).sourcesOf("c")).containsExactly("s1", "s2", "s3");
    }

    @Test
    void againstEvidence_doesNotGround() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .evidence("e", "c", "s", Stance.AGAINST, 0.9)
                .build();
        assertThat(Evaluator.evaluate(m, POLICY).grounded("c")).isFalse();
    }
}
