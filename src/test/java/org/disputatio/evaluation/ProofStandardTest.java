package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** Carneades' proof standards (ADR 031): their definitions, and Carneades' own example of burden of proof. */
class ProofStandardTest {

    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    @Test
    void definitions_followTheCarneadesEngine() {
        // preponderance: the best pro strictly outweighs the best con
        assertThat(ProofStandard.PREPONDERANCE.meets(0.6, 0.5, true)).isTrue();
        assertThat(ProofStandard.PREPONDERANCE.meets(0.5, 0.5, true)).isFalse();
        // clear and convincing: also pro > alpha = 0.5 and pro - con > beta = 0.3
        assertThat(ProofStandard.CLEAR_AND_CONVINCING.meets(0.9, 0.5, true)).isTrue();
        assertThat(ProofStandard.CLEAR_AND_CONVINCING.meets(0.7, 0.5, true)).isFalse();
        assertThat(ProofStandard.CLEAR_AND_CONVINCING.meets(0.5, 0, false)).isFalse();
        // beyond reasonable doubt: pro > 0.5, pro - con > 0.5 and con < gamma = 0.2
        assertThat(ProofStandard.BEYOND_REASONABLE_DOUBT.meets(0.9, 0.1, true)).isTrue();
        assertThat(ProofStandard.BEYOND_REASONABLE_DOUBT.meets(0.9, 0.3, true)).isFalse();
        assertThat(ProofStandard.BEYOND_REASONABLE_DOUBT.meets(0.6, 0.1, true)).isFalse();
        // scintilla weighs nothing; dialectical validity wants no applicable con at all
        assertThat(ProofStandard.SCINTILLA.meets(0.01, 0.9, true)).isTrue();
        assertThat(ProofStandard.DIALECTICAL_VALIDITY.meets(0.9, 0.1, true)).isFalse();
        assertThat(ProofStandard.DIALECTICAL_VALIDITY.meets(0.01, 0, false)).isTrue();
        assertThat(ProofStandard.fromSpelling("clear-and-convincing")).contains(ProofStandard.CLEAR_AND_CONVINCING);
        assertThat(ProofStandard.DEFAULT).isEqualTo(ProofStandard.PREPONDERANCE);
    }

    /**
     * The murder example of Gordon, Prakken and Walton (2007), as the Carneades DSL (van Gijzel and Nilsson 2009)
     * evaluates it: arg1 murder from kill and intent (weight 0.8), arg2 intent from witness unless unreliable
     * (0.3), arg3 not-intent from witness2 unless unreliable2 (0.8); kill, witness, witness2 and unreliable2 are
     * assumed. With intent under beyond reasonable doubt, arg2 is applicable but weighs 0.3, under alpha: intent
     * is not acceptable, and so neither is murder. Under scintilla both are.
     */
    static MapSnapshot murder(ProofStandard intent) {
        var b = MapSnapshot.builder();
        for (String c : List.of("murder", "kill", "intent", "witness", "witness2", "unreliable2", "not-intent"))
            b.claim(c);
        // An assumption: evidence rated 1 from a source graded A1 gives it strength 1, so that an argument's
        // strength (its weight) is exactly its inference rating, as an audience's weight is in Carneades.
        for (String assumed : List.of("kill", "witness", "witness2", "unreliable2")) {
            b.evidence("e-" + assumed, assumed, "record", Stance.FOR, 1.0);
        }
        b.sourceGrade("record", 'A', 1);
        b.argument("arg1", "murder", List.of("kill", "intent")).inferenceRating("arg1", 0.8);
        b.argument("arg2", "intent", List.of("witness")).inferenceRating("arg2", 0.3);
        b.argument("arg3", "not-intent", List.of("witness2")).inferenceRating("arg3", 0.8);
        b.attack("exception-arg3", "unreliable2", "arg3", AttackKind.UNDERCUT);
        b.attack("negation", "not-intent", "intent", AttackKind.REBUT);
        for (String c : List.of("murder", "kill", "witness", "witness2", "unreliable2", "not-intent"))
            b.standard(c, ProofStandard.SCINTILLA);
        b.standard("intent", intent);
        return b.build();
    }

    @Test
    void murder_underBeyondReasonableDoubt_isNotAcceptable_becauseTheWitnessWeighsTooLittle() {
        Evaluation e = Evaluator.evaluate(murder(ProofStandard.BEYOND_REASONABLE_DOUBT), POLICY);

        assertThat(e.argument("arg2").strength().orElseThrow()).isCloseTo(0.3, within(1e-12));
        assertThat(e.argument("arg2").label()).isEqualTo(Label.IN); // applicable
        assertThat(e.argument("arg3").label()).isEqualTo(Label.OUT); // its exception holds
        assertThat(e.label("not-intent")).isEqualTo(Label.OUT);
        assertThat(e.label("intent")).isEqualTo(Label.OUT);
        assertThat(e.labelReason("intent"))
                .isEqualTo(new LabelReason(LabelReason.Kind.STANDARD_NOT_MET, List.of("arg2")));
        assertThat(e.label("murder")).isEqualTo(Label.OUT);
        assertThat(e.labelReason("murder"))
                .isEqualTo(new LabelReason(LabelReason.Kind.ARGUMENTS_FAIL, List.of("arg1")));
        assertThat(e.claim("intent").standard()).isEqualTo(ProofStandard.BEYOND_REASONABLE_DOUBT);
    }

    @Test
    void murder_underScintilla_isAcceptable() {
        Evaluation e = Evaluator.evaluate(murder(ProofStandard.SCINTILLA), POLICY);

        assertThat(e.label("intent")).isEqualTo(Label.IN);
        assertThat(e.labelReason("intent"))
                .isEqualTo(new LabelReason(LabelReason.Kind.ARGUMENT_STANDS, List.of("arg2")));
        assertThat(e.label("murder")).isEqualTo(Label.IN);
        assertThat(e.argument("arg1").strength().orElseThrow())
                .isCloseTo(0.32, within(1e-12)); // 0.8 x intent 0.4 (arg2 0.3 against not-intent 0.5);
    }

    @Test
    void murder_underPreponderance_isAcceptable_whenNoConArgumentIsApplicable() {
        // 0.3 > 0: the only con argument (arg3) is not applicable.
        assertThat(Evaluator.evaluate(murder(ProofStandard.PREPONDERANCE), POLICY)
                        .label("murder"))
                .isEqualTo(Label.IN);
        assertThat(Evaluator.evaluate(murder(ProofStandard.CLEAR_AND_CONVINCING), POLICY)
                        .label("murder"))
                .isEqualTo(Label.OUT);
    }

    /** A cited claim (an ungraded citation weighs 0.5 x 0.5 = 0.25) with counter-evidence rated 1 (0.5). */
    static MapSnapshot outweighed(ProofStandard standard) {
        return MapSnapshot.builder()
                .claim("c")
                .citation("c", "s")
                .evidence("against", "c", "t", Stance.AGAINST, 1.0)
                .standard("c", standard)
                .build();
    }

    @Test
    void counterEvidence_outweighsTheCitation_underPreponderance_notUnderScintilla() {
        Evaluation pe = Evaluator.evaluate(outweighed(ProofStandard.PREPONDERANCE), POLICY);
        assertThat(pe.label("c")).isEqualTo(Label.OUT);
        assertThat(pe.labelReason("c")).isEqualTo(new LabelReason(LabelReason.Kind.STANDARD_NOT_MET, List.of("s")));
        // DF-QuAD: support 0.25, attack 0.5: 0.5 - 0.5 x 0.25
        assertThat(pe.strength("c").orElseThrow()).isCloseTo(0.375, within(1e-12));

        Evaluation se = Evaluator.evaluate(outweighed(ProofStandard.SCINTILLA), POLICY);
        assertThat(se.label("c")).isEqualTo(Label.IN);
        assertThat(se.labelReason("c")).isEqualTo(new LabelReason(LabelReason.Kind.ASSERTED, List.of()));
    }

    @Test
    void anUngradedCitationAlone_isNotClearAndConvincing() {
        MapSnapshot m = MapSnapshot.builder()
                .claim("c", "furr")
                .claim("d")
                .citation("d", "s")
                .standard("c", ProofStandard.CLEAR_AND_CONVINCING)
                .standard("d", ProofStandard.CLEAR_AND_CONVINCING)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.label("c")).isEqualTo(Label.OUT); // the proponent's word weighs 0.25
        assertThat(e.labelReason("c"))
                .isEqualTo(new LabelReason(LabelReason.Kind.STANDARD_NOT_MET, List.of("proponent:furr")));
        assertThat(e.label("d")).isEqualTo(Label.OUT);
        // graded A1, the citation weighs 0.5 x 1.0 = 0.5: still not over alpha = 0.5
        assertThat(Evaluator.evaluate(
                                MapSnapshot.builder()
                                        .claim("d")
                                        .citation("d", "s")
                                        .sourceGrade("s", 'A', 1)
                                        .standard("d", ProofStandard.CLEAR_AND_CONVINCING)
                                        .build(),
                                POLICY)
                        .label("d"))
                .isEqualTo(Label.OUT);
    }

    /**
     * Why "a stricter standard never makes more claims IN" holds only for the claim itself and on maps without
     * attacks (ADR 031): a stricter standard that drops an attacker reinstates what it attacked.
     */
    @Test
    void aStricterStandard_onAnAttacker_reinstatesWhatItAttacked() {
        var b = MapSnapshot.builder();
        for (String c : List.of("a", "b", "c", "d", "e")) b.claim(c, "someone");
        b.attack("k1", "a", "b", AttackKind.REBUT);
        b.attack("k2", "b", "c", AttackKind.REBUT);
        b.attack("k3", "c", "d", AttackKind.REBUT);
        b.attack("k4", "c", "e", AttackKind.REBUT);
        Evaluation before = Evaluator.evaluate(b.build(), POLICY);
        assertThat(inClaims(before)).containsExactly("a", "c");

        b.standard("a", ProofStandard.CLEAR_AND_CONVINCING);
        Evaluation after = Evaluator.evaluate(b.build(), POLICY);
        assertThat(inClaims(after)).containsExactly("b", "d", "e");
    }

    static List<String> inClaims(Evaluation e) {
        return e.claims().stream()
                .filter(c -> c.label() == Label.IN)
                .map(ClaimAssessment::id)
                .toList();
    }

    @Test
    void incremental_changeOfStandard_relabelsTheClaimAndWhatItReaches() {
        var b = MapSnapshot.builder();
        for (String c : List.of("a", "b", "c", "d", "e")) b.claim(c, "someone");
        b.attack("k1", "a", "b", AttackKind.REBUT);
        b.attack("k2", "b", "c", AttackKind.REBUT);
        b.attack("k3", "c", "d", AttackKind.REBUT);
        b.attack("k4", "c", "e", AttackKind.REBUT);
        IncrementalEvaluation inc = IncrementalEvaluation.start(b.build(), POLICY);
        Evaluation before = inc.current();
        inc.setStandard("a", ProofStandard.BEYOND_REASONABLE_DOUBT);
        Evaluation after = inc.current();
        assertThat(inClaims(after)).containsExactly("b", "d", "e");
        assertThat(after.standard("a")).isEqualTo(ProofStandard.BEYOND_REASONABLE_DOUBT);
        assertThat(inClaims(before)).containsExactly("a", "c");
        assertThat(before.standard("a")).isEqualTo(ProofStandard.PREPONDERANCE);
    }
}
