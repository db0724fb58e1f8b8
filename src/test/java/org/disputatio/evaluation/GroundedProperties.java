package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.maps.AttackKind;
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Grounded labels agree with TweetyProject's reference reasoner on random frameworks. The comparison is with
 * the argument-level framework ({@link Evaluator#groundedLabels}: claims and arguments as abstract arguments,
 * attacks only), which is what Tweety's Dung theory models; the map's own labels also follow the argument
 * structure (ADR 029), so they equal Dung's grounded labels only on maps without arguments, checked second.
 */
class GroundedProperties {

    @Property(tries = 1000)
    void groundedLabels_agreeWithTweety(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 25) int claims,
            @ForAll @IntRange(min = 0, max = 60) int attacks) {
        Random r = new Random(seed);
        MapSnapshot.Builder b = MapSnapshot.builder();
        for (int c = 0; c < claims; c++) b.claim("c" + c);
        int args = r.nextInt(claims / 2 + 1);
        for (int a = 0; a < args; a++)
            b.argument("a" + a, "c" + r.nextInt(claims), java.util.List.of("c" + r.nextInt(claims)));
        for (int k = 0; k < attacks; k++) {
            if (args > 0 && r.nextInt(4) == 0)
                b.attack("k" + k, "c" + r.nextInt(claims), "a" + r.nextInt(args), AttackKind.UNDERCUT);
            else b.attack("k" + k, "c" + r.nextInt(claims), "c" + r.nextInt(claims), AttackKind.REBUT);
        }
        MapSnapshot m = b.build();
        GroundedLabels e = Evaluator.groundedLabels(m);
        assertAgreesWithTweety(m, x -> e.label(m.graph.nodeId(x)));
    }

    @Property(tries = 500)
    void withoutArguments_theMapsLabelsAreDungsGroundedLabels(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 25) int claims,
            @ForAll @IntRange(min = 0, max = 60) int attacks) {
        Random r = new Random(seed);
        MapSnapshot.Builder b = MapSnapshot.builder();
        for (int c = 0; c < claims; c++) b.claim("c" + c);
        for (int k = 0; k < attacks; k++)
            b.attack("k" + k, "c" + r.nextInt(claims), "c" + r.nextInt(claims), AttackKind.REBUT);
        MapSnapshot m = b.build();
        Evaluation e = Evaluator.evaluate(m, EvaluationPolicy.defaults());
        assertAgreesWithTweety(m, x -> e.label(m.graph.nodeId(x)));
    }

    static void assertAgreesWithTweety(MapSnapshot m, java.util.function.IntFunction<Label> labelOf) {

        Graph g = m.graph;
        DungTheory theory = new DungTheory();
        Argument[] nodes = new Argument[g.nodes()];
        for (int x = 0; x < g.nodes(); x++) theory.add(nodes[x] = new Argument(g.nodeId(x)));
        for (int k = 0; k < g.attackCount; k++)
            theory.add(new Attack(nodes[g.attackFrom[k]], nodes[g.attackTarget[k]]));
        Extension<DungTheory> grounded = new SimpleGroundedReasoner().getModel(theory);

        for (int x = 0; x < g.nodes(); x++) {
            Label expected;
            if (grounded.contains(nodes[x])) expected = Label.IN;
            else if (theory.isAttacked(nodes[x], grounded)) expected = Label.OUT;
            else expected = Label.UNDEC;
            Label actual = labelOf.apply(x);
            assertThat(actual).as("label of %s", g.nodeId(x)).isEqualTo(expected);
        }
    }
}
