package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** An incremental update touches only what the change can reach. */
class IncrementalEvaluationTest {

    /** A chain p -> (argument a) -> c, plus 1000 unrelated claims with citations and attacks among them. */
    static MapSnapshot chainAmongUnrelatedClaims() {
        MapSnapshot.Builder b = MapSnapshot.builder()
                .claim("p")
                .claim("c")
                .claim("x")
                .argument("a", "c", List.of("p"))
                .evidence("e", "p", "s", Stance.FOR, 0.5);
        for (int i = 0; i < 1000; i++) {
            b.claim("u" + i).citation("u" + i, "t" + (i % 7));
            if (i > 0) b.attack("k" + i, "u" + (i - 1), "u" + i, AttackKind.REBUT);
        }
        return b.build();
    }

    @Test
    void ratingChange_recomputesOnlyTheClaimsDownstream() {
        IncrementalEvaluation inc =
                IncrementalEvaluation.start(chainAmongUnrelatedClaims(), EvaluationPolicy.defaults());
        double before = inc.current().strength("c").orElseThrow();
        inc.rateEvidence("e", 1.0);
        assertThat(inc.lastRecomputedNodes()).isEqualTo(3); // p, a, c
        assertThat(inc.current().strength("c").orElseThrow()).isGreaterThan(before);
    }

    @Test
    void rating_publishesWithoutCopyingTheMapsStructure_andLeavesEarlierEvaluationsAsTheyWere() {
        IncrementalEvaluation inc =
                IncrementalEvaluation.start(chainAmongUnrelatedClaims(), EvaluationPolicy.defaults());
        Evaluation before = inc.current();
        double strength = before.strength("c").orElseThrow();
        inc.rateEvidence("e", 1.0);
        Evaluation after = inc.current();
        assertThat(after.strength("c").orElseThrow()).isGreaterThan(strength);
        assertThat(before.strength("c").orElseThrow()).isEqualTo(strength);
        // Shared, not copied: the structure, and the results the rating cannot write (labels, grounding).
        assertThat(after.g.claimIds).isSameAs(before.g.claimIds);
        assertThat(after.g.attacksOn).isSameAs(before.g.attacksOn);
        assertThat(after.g.citations).isSameAs(before.g.citations);
        assertThat(after.g.inference).isSameAs(before.g.inference);
        assertThat(after.label).isSameAs(before.label);
        assertThat(after.grounded).isSameAs(before.grounded);
        // Copied once, because the rating wrote them.
        assertThat(after.g.evidenceRating).isNotSameAs(before.g.evidenceRating);
        assertThat(after.strength).isNotSameAs(before.strength);
    }

    @Test
    void rating_keepsTheSupportSetsComputedBefore_anEvidenceEditOrNewCitationComputesThemAgain() {
        IncrementalEvaluation inc =
                IncrementalEvaluation.start(chainAmongUnrelatedClaims(), EvaluationPolicy.defaults());
        Evaluation first = inc.current();
        assertThat(first.claim("c").supportSets()).containsExactly(List.of("s"));

        inc.rateEvidence("e", 1.0);
        inc.rateInference("a", 0.25);
        Evaluation rated = inc.current();
        // A rating moves strengths, never which sources a claim rests on: nothing to compute again.
        assertThat(rated.supportSets()).isSameAs(first.supportSets());
        assertThat(rated.claim("c").supportSets()).containsExactly(List.of("s"));

        inc.editEvidence("e", "t0", Stance.FOR);
        Evaluation edited = inc.current();
        assertThat(edited.supportSets()).isNotSameAs(first.supportSets());
        assertThat(edited.claim("c").supportSets()).containsExactly(List.of("t0"));

        inc.addCitation("p", "t1");
        Evaluation cited = inc.current();
        assertThat(cited.supportSets()).isNotSameAs(edited.supportSets());
        assertThat(cited.claim("c").supportSets()).containsExactly(List.of("t0"), List.of("t1"));
    }

    @Test
    void aFewClaims_comeInTheMapsOrder_withTheArgumentsConcludingThem_unknownIdsLeftOut() {
        Evaluation e = IncrementalEvaluation.start(chainAmongUnrelatedClaims(), EvaluationPolicy.defaults())
                .current();
        assertThat(e.claims(List.of("u3", "nobody", "c", "p")))
                .extracting(ClaimAssessment::id)
                .containsExactly("p", "c", "u3");
        assertThat(e.argumentsConcluding(List.of("u3", "c", "nobody")))
                .extracting(ArgumentAssessment::id)
                .containsExactly("a");
        assertThat(e.claims(List.of("nobody"))).isEmpty();
    }

    @Test
    void newRebuttal_relabelsOnlyWhatItReaches() {
        IncrementalEvaluation inc =
                IncrementalEvaluation.start(chainAmongUnrelatedClaims(), EvaluationPolicy.defaults());
        inc.addAttack("new", "x", "c", AttackKind.REBUT);
        assertThat(inc.lastRecomputedNodes()).isEqualTo(2); // c for strength, c for labels
        assertThat(inc.current().label("c")).isEqualTo(Label.OUT);
    }

    @Test
    void removedCitation_losesGroundingDownstream() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("p")
                .claim("c")
                .claim("other")
                .argument("a", "c", List.of("p"))
                .citation("p", "s")
                .citation("other", "s")
                .build();
        IncrementalEvaluation inc = IncrementalEvaluation.start(m, EvaluationPolicy.defaults());
        assertThat(inc.current().grounded("c")).isTrue();
        inc.removeCitation("p", "s");
        assertThat(inc.current().grounded("c")).isFalse();
        assertThat(inc.current().grounded("other")).isTrue();
        // p, a, c for grounding, for strengths, and for labels, which follow the argument structure (ADR 029)
        assertThat(inc.lastRecomputedNodes()).isEqualTo(9);
    }

    @Test
    void regradingASource_movesTheClaimsThatUseIt_andNothingElse() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("p")
                .claim("c")
                .claim("other")
                .argument("a", "c", List.of("p"))
                .citation("p", "s")
                .citation("other", "t")
                .build();
        IncrementalEvaluation inc = IncrementalEvaluation.start(m, EvaluationPolicy.defaults());
        double before = inc.current().strength("c").orElseThrow();
        double other = inc.current().strength("other").orElseThrow();
        inc.regradeSource("s", "A1", "B2");
        assertThat(inc.current().strength("c").orElseThrow()).isGreaterThan(before);
        assertThat(inc.current().strength("other").orElseThrow()).isEqualTo(other);
        assertThat(inc.lastRecomputedNodes()).isEqualTo(3); // p, a, c
    }
}
