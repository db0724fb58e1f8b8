package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.junit.jupiter.api.Test;

/**
 * Grounded labelling on textbook frameworks: Dung, "On the acceptability of arguments..." (AIJ 77, 1995) and
 * Baroni, Caminada, Giacomin, "An introduction to argumentation semantics" (KER 26(4), 2011). Claims play the
 * role of Dung's arguments; attacks are rebuttals.
 */
class LabellingTest {
    static Evaluation frameworkOf(List<String> claims, String... attacks) {
        MapSnapshot.Builder b = MapSnapshot.builder();
        claims.forEach(b::claim);
        for (String a : attacks) b.attack(a, a.substring(0, 1), a.substring(1, 2), AttackKind.REBUT);
        return Evaluator.evaluate(b.build(), EvaluationPolicy.defaults());
    }

    @Test
    void unattackedClaim_isIn() {
        assertThat(frameworkOf(List.of("a")).label("a")).isEqualTo(Label.IN);
    }

    @Test
    void reinstatement_chainOfThree_defenderReinstatesTheFirst() {
        // Dung 1995, reinstatement: c attacks b, b attacks a; c IN, b OUT, a IN.
        Evaluation e = frameworkOf(List.of("a", "b", "c"), "ba", "cb");
        assertThat(e.label("c")).isEqualTo(Label.IN);
        assertThat(e.label("b")).isEqualTo(Label.OUT);
        assertThat(e.label("a")).isEqualTo(Label.IN);
    }

    @Test
    void nixonDiamond_mutualAttack_leavesBothUndecided() {
        // Dung 1995, Example 2 (Nixon diamond): a and b attack each other; grounded extension is empty.
        Evaluation e = frameworkOf(List.of("a", "b"), "ab", "ba");
        assertThat(e.label("a")).isEqualTo(Label.UNDEC);
        assertThat(e.label("b")).isEqualTo(Label.UNDEC);
    }

    @Test
    void oddCycle_ofThree_isUndecided_andSoIsWhatItAttacks() {
        // Baroni, Caminada, Giacomin 2011, the three-cycle a -> b -> c -> a (with d attacked by c).
        Evaluation e = frameworkOf(List.of("a", "b", "c", "d"), "ab", "bc", "ca", "cd");
        for (String x : List.of("a", "b", "c", "d")) assertThat(e.label(x)).isEqualTo(Label.UNDEC);
    }

    @Test
    void floatingReinstatement_isNotCapturedByGroundedSemantics() {
        // Baroni, Caminada, Giacomin 2011, floating reinstatement: a <-> b, both attack c, c attacks d.
        // Grounded semantics is sceptical: everything is UNDEC.
        Evaluation e = frameworkOf(List.of("a", "b", "c", "d"), "ab", "ba", "ac", "bc", "cd");
        for (String x : List.of("a", "b", "c", "d")) assertThat(e.label(x)).isEqualTo(Label.UNDEC);
    }

    @Test
    void selfAttackingClaim_isUndecided_unlessAnInClaimDefeatsIt() {
        Evaluation e = frameworkOf(List.of("a", "b", "c"), "aa", "bb", "cb");
        assertThat(e.label("a")).isEqualTo(Label.UNDEC);
        assertThat(e.label("b")).isEqualTo(Label.OUT);
    }

    @Test
    void undercut_defeatsTheArgument_andTheConclusionThatStandsOnlyThroughIt() {
        // ASPIC+ (Modgil & Prakken 2014): an argument undercut by an accepted argument is defeated, and so is
        // every argument that has it as a sub-argument; a conclusion with no other argument is not justified.
        MapSnapshot m = MapSnapshot.builder()
                .claim("p")
                .claim("c")
                .claim("x")
                .argument("a", "c", List.of("p"))
                .attack("u", "x", "a", AttackKind.UNDERCUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, EvaluationPolicy.defaults());
        assertThat(e.argument("a").label()).isEqualTo(Label.OUT);
        assertThat(e.label("c")).isEqualTo(Label.OUT);
        assertThat(e.label("p")).isEqualTo(Label.IN);
        assertThat(e.claim("c").standsOn()).isEqualTo(StandsOn.ARGUMENTS);
        assertThat(e.claim("p").standsOn()).isEqualTo(StandsOn.ASSERTION);
    }
}
