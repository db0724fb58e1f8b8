package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/**
 * What a claim rests on besides citations (ADR 029): an uncited assertion rests on its proponent's word, which acts
 * as a source; a source known only through another rests on that other source too.
 */
class ProponentAndChainTest {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    /** furr asserts p without a source and cites q; an argument from p and q concludes c. */
    static MapSnapshot essay() {
        return MapSnapshot.builder()
                .claim("p", "furr")
                .claim("q", "furr")
                .claim("c", "furr")
                .claim("z", "zhukov")
                .argument("a", "c", List.of("p", "q"))
                .citation("q", "getty")
                .build();
    }

    @Test
    void uncitedAssertion_restsOnItsProponentsWord_andOnNothingElse() {
        Evaluation e = Evaluator.evaluate(essay(), POLICY);
        assertThat(e.claim("p").grounded()).isTrue();
        assertThat(e.claim("p").supportSets()).containsExactly(List.of("proponent:furr"));
        assertThat(e.claim("q").supportSets()).containsExactly(List.of("getty"));
        assertThat(e.claim("c").supportSets()).containsExactly(List.of("getty", "proponent:furr"));
        assertThat(e.claim("c").standsOn()).isEqualTo(StandsOn.ARGUMENTS);
        assertThat(e.claim("p").standsOn()).isEqualTo(StandsOn.ASSERTION);
        // The proponent's word grounds but adds no strength: an uncited assertion keeps the neutral prior.
        assertThat(e.strength("p").orElseThrow()).isEqualTo(0.5);
    }

    @Test
    void rejectingTheAuthor_takesDownWhatRestsOnHisWord_andNothingElse() {
        WhatIf w = Evaluator.whatIf(essay(), List.of("proponent:furr"), POLICY);
        assertThat(w.lostGrounding()).containsExactlyInAnyOrder("p", "c");
        Evaluation after = Evaluator.evaluate(essay(), POLICY, List.of("proponent:furr"));
        assertThat(after.label("p")).isEqualTo(Label.OUT);
        assertThat(after.label("c")).isEqualTo(Label.OUT);
        assertThat(after.label("q")).isEqualTo(Label.IN);
        assertThat(after.label("z")).isEqualTo(Label.IN);
        assertThat(after.labelReason("p"))
                .isEqualTo(new LabelReason(LabelReason.Kind.SOURCES_REJECTED, List.of("proponent:furr")));
    }

    @Test
    void supportingEvidence_replacesTheProponentsWord() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("p", "furr")
                .evidence("e", "p", "archive", Stance.FOR, 0.8)
                .build();
        assertThat(Evaluator.evaluate(m, POLICY).claim("p").supportSets()).containsExactly(List.of("archive"));
    }

    /** An unpublished transcript known only through a historian's book, itself known through a review. */
    static MapSnapshot chain() {
        return MapSnapshot.builder()
                .claim("c")
                .claim("other")
                .citation("c", "transcript")
                .citation("other", "book")
                .reportedBy("transcript", "book")
                .reportedBy("book", "review")
                .build();
    }

    @Test
    void claimOnAReportedSource_restsOnEverySourceOfTheChain() {
        Evaluation e = Evaluator.evaluate(chain(), POLICY);
        assertThat(e.claim("c").supportSets()).containsExactly(List.of("book", "review", "transcript"));
        assertThat(e.claim("c").criticalSources()).containsExactly("book", "review", "transcript");
        assertThat(e.claim("other").supportSets()).containsExactly(List.of("book", "review"));
    }

    @Test
    void rejectingTheReporter_movesTheClaimOnTheReportedSource() {
        MapSnapshot m = chain();
        for (String rejected : List.of("transcript", "book", "review")) {
            Evaluation after = Evaluator.evaluate(m, POLICY, List.of(rejected));
            assertThat(after.grounded("c")).as("rejecting %s", rejected).isFalse();
            assertThat(after.label("c")).as("rejecting %s", rejected).isEqualTo(Label.OUT);
            assertThat(after.strength("c").orElseThrow())
                    .as("rejecting %s", rejected)
                    .isEqualTo(0.5);
        }
        assertThat(Evaluator.whatIf(m, List.of("review"), POLICY).lostGrounding())
                .containsExactlyInAnyOrder("c", "other");
        assertThat(Evaluator.evaluate(m, POLICY, List.of("transcript")).grounded("other"))
                .isTrue();
    }

    @Test
    void contestedReporter_isAContestedDependencyOfTheReportedSourcesClaims() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .citation("c", "transcript")
                .reportedBy("transcript", "book")
                .contestation("book", true)
                .build();
        assertThat(Evaluator.evaluate(m, POLICY).claim("c").contestedSources()).containsExactly("book");
    }

    @Test
    void cycleOfReports_endsWhereItCloses() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .citation("c", "s1")
                .reportedBy("s1", "s2")
                .reportedBy("s2", "s1")
                .build();
        assertThat(Evaluator.evaluate(m, POLICY).claim("c").supportSets()).containsExactly(List.of("s1", "s2"));
    }

    @Test
    void rejectingTheAuthor_reinstatesWhatOnlyHisUncitedObjectionDefeated() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("t", "furr")
                .claim("x", "furr")
                .citation("t", "getty")
                .attack("r", "x", "t", AttackKind.REBUT)
                .build();
        assertThat(Evaluator.evaluate(m, POLICY).label("t")).isEqualTo(Label.OUT);
        assertThat(Evaluator.evaluate(m, POLICY, List.of("proponent:furr")).label("t"))
                .isEqualTo(Label.IN);
    }
}
