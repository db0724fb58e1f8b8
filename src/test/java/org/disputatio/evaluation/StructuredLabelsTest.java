package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.junit.jupiter.api.Test;

/**
 * Labels that follow the argument structure (ADR 029), on small named examples. ASPIC+ (Modgil & Prakken, "The
 * ASPIC+ framework for structured argumentation: a tutorial", Argument & Computation 5(1), 2014): arguments "can
 * be attacked in three ways: on their uncertain premises, or on their defeasible inferences, or on the
 * conclusions of their defeasible inferences" (undermine, undercut, rebut), and an argument falls with its
 * sub-arguments. Carneades (Gordon, Prakken & Walton, "The Carneades model of argument and burden of proof",
 * AI 171, 2007): a statement is acceptable through an applicable pro argument, and an argument is applicable
 * only when its premises hold.
 */
class StructuredLabelsTest {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    /** Pollock's and ASPIC+'s Tweety: birds fly, Tweety is a bird, but Tweety is a penguin (an undercutter). */
    static MapSnapshot.Builder tweety() {
        return MapSnapshot.builder()
                .claim("bird")
                .claim("flies")
                .claim("penguin")
                .argument("birds-fly", "flies", List.of("bird"))
                .attack("exception", "penguin", "birds-fly", AttackKind.UNDERCUT);
    }

    @Test
    void tweety_undercutByAnAcceptedException_defeatsTheArgumentAndItsConclusion() {
        Evaluation e = Evaluator.evaluate(tweety().build(), POLICY);
        assertThat(e.argument("birds-fly").label()).isEqualTo(Label.OUT);
        assertThat(e.label("flies")).isEqualTo(Label.OUT);
        assertThat(e.label("bird")).isEqualTo(Label.IN);
        assertThat(e.labelReason("flies"))
                .isEqualTo(new LabelReason(LabelReason.Kind.ARGUMENTS_FAIL, List.of("birds-fly")));
        assertThat(e.labelReason("birds-fly"))
                .isEqualTo(new LabelReason(LabelReason.Kind.UNANSWERED_OBJECTION, List.of("penguin")));
    }

    @Test
    void tweety_theExceptionRebutted_reinstatesTheArgumentAndItsConclusion() {
        // Reinstatement through the structure: ostrich-farm rebuts penguin, so the undercutter is OUT.
        MapSnapshot m = tweety().claim("toy")
                .attack("not-a-penguin", "toy", "penguin", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.label("penguin")).isEqualTo(Label.OUT);
        assertThat(e.argument("birds-fly").label()).isEqualTo(Label.IN);
        assertThat(e.label("flies")).isEqualTo(Label.IN);
        assertThat(e.labelReason("flies"))
                .isEqualTo(new LabelReason(LabelReason.Kind.ARGUMENT_STANDS, List.of("birds-fly")));
        assertThat(e.labelReason("penguin"))
                .isEqualTo(new LabelReason(LabelReason.Kind.UNANSWERED_OBJECTION, List.of("toy")));
    }

    @Test
    void underminedPremise_defeatsEveryArgumentBuiltOnIt() {
        // ASPIC+ undermining: the witness's testimony p is attacked by an accepted claim x; the argument from p
        // and its conclusion fall, and so does an argument built on that conclusion (a sub-argument chain).
        MapSnapshot m = MapSnapshot.builder()
                .claim("p")
                .claim("q")
                .claim("r")
                .claim("x")
                .argument("a1", "q", List.of("p"))
                .argument("a2", "r", List.of("q"))
                .attack("u", "x", "p", AttackKind.UNDERMINE)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.label("p")).isEqualTo(Label.OUT);
        assertThat(e.argument("a1").label()).isEqualTo(Label.OUT);
        assertThat(e.labelReason("a1")).isEqualTo(new LabelReason(LabelReason.Kind.PREMISE_FAILS, List.of("p")));
        assertThat(e.label("q")).isEqualTo(Label.OUT);
        assertThat(e.argument("a2").label()).isEqualTo(Label.OUT);
        assertThat(e.label("r")).isEqualTo(Label.OUT);
    }

    @Test
    void carneades_convergentArguments_oneApplicableProArgumentIsEnough() {
        MapSnapshot m = tweety().claim("seen-flying")
                .argument("observed", "flies", List.of("seen-flying"))
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.argument("birds-fly").label()).isEqualTo(Label.OUT);
        assertThat(e.argument("observed").label()).isEqualTo(Label.IN);
        assertThat(e.label("flies")).isEqualTo(Label.IN);
    }

    @Test
    void undecidedPremise_leavesTheArgumentAndItsConclusionUndecided() {
        // Nixon diamond under the premise: quaker and republican attack each other.
        MapSnapshot m = MapSnapshot.builder()
                .claim("quaker")
                .claim("republican")
                .claim("pacifist")
                .argument("a", "pacifist", List.of("quaker"))
                .attack("qr", "quaker", "republican", AttackKind.REBUT)
                .attack("rq", "republican", "quaker", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.argument("a").label()).isEqualTo(Label.UNDEC);
        assertThat(e.label("pacifist")).isEqualTo(Label.UNDEC);
        assertThat(e.labelReason("pacifist")).isEqualTo(new LabelReason(LabelReason.Kind.UNDECIDED, List.of("a")));
    }

    @Test
    void conclusionThatAlsoCitesASource_standsOnTheSourceWhenItsArgumentFails() {
        MapSnapshot m = tweety().citation("flies", "field-guide").build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.argument("birds-fly").label()).isEqualTo(Label.OUT);
        assertThat(e.label("flies")).isEqualTo(Label.IN);
        assertThat(e.labelReason("flies")).isEqualTo(new LabelReason(LabelReason.Kind.ASSERTED, List.of()));
        // Rejecting the source takes that way away: the claim falls with its argument.
        Evaluation rejected = Evaluator.evaluate(m, POLICY, List.of("field-guide"));
        assertThat(rejected.label("flies")).isEqualTo(Label.OUT);
    }

    @Test
    void objectionThatIsItselfAttacked_butStands_isADefeatNotAnUnansweredObjection() {
        // x defeats c; y attacks x but is defeated by z: x was answered, the answer failed.
        MapSnapshot m = MapSnapshot.builder()
                .claim("c")
                .claim("x")
                .claim("y")
                .claim("z")
                .attack("xc", "x", "c", AttackKind.REBUT)
                .attack("yx", "y", "x", AttackKind.REBUT)
                .attack("zy", "z", "y", AttackKind.REBUT)
                .build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        assertThat(e.label("c")).isEqualTo(Label.OUT);
        assertThat(e.labelReason("c")).isEqualTo(new LabelReason(LabelReason.Kind.DEFEATED, List.of("x")));
        assertThat(e.explain("c").labelReason().kind()).isEqualTo(LabelReason.Kind.DEFEATED);
    }
}
