package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The four rules of structured acceptability (ADR 029, issue 10 point 1) on random maps with cycles. */
class StructuredProperties {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults().withSupportSetBounds(8, 10_000);

    static MapSnapshot map(long seed, int claims, int sources) {
        return RandomMaps.random(new Random(seed), claims, sources, false).build();
    }

    @Property(tries = 1000)
    void argumentWithAPremiseOut_orUndercutByAClaimIn_isNotIn(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int claims,
            @ForAll @IntRange(min = 1, max = 5) int sources,
            @ForAll boolean whatIf) {
        MapSnapshot m = map(seed, claims, sources);
        Evaluation e = whatIf
                ? Evaluator.evaluate(m, POLICY, List.of(m.sourceIds().get(new Random(seed).nextInt(m.sourceCount()))))
                : Evaluator.evaluate(m, POLICY);
        Graph g = m.graph;
        for (ArgumentAssessment a : e.arguments()) {
            boolean premiseOut = a.premises().stream().anyMatch(p -> e.label(p) == Label.OUT);
            int x = g.target(a.id());
            boolean undercutIn = false;
            for (int k = g.attacksOn.start(x); k < g.attacksOn.end(x); k++)
                undercutIn |= e.label(g.claimIds[g.attackFrom[g.attacksOn.adj[k]]]) == Label.IN;
            if (premiseOut || undercutIn)
                assertThat(a.label()).as("argument %s", a.id()).isNotEqualTo(Label.IN);
        }
    }

    @Property(tries = 1000)
    void claimStandingOnlyThroughArguments_isInOnlyWhenOneOfItsArgumentsIs(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int claims,
            @ForAll @IntRange(min = 1, max = 5) int sources) {
        MapSnapshot m = map(seed, claims, sources);
        Evaluation e = Evaluator.evaluate(m, POLICY);
        Graph g = m.graph;
        for (int c = 0; c < g.claims; c++) {
            if (!g.standsOnArguments(c) || new Engine(g, POLICY, null, new double[0]).hasLeaf(c)) continue;
            assertThat(e.claim(g.claimIds[c]).standsOn()).isEqualTo(StandsOn.ARGUMENTS);
            boolean someArgumentIn = false;
            for (int k = g.argumentsFor.start(c); k < g.argumentsFor.end(c); k++)
                someArgumentIn |=
                        e.argument(g.argumentIds[g.argumentsFor.adj[k]]).label() == Label.IN;
            if (!someArgumentIn)
                assertThat(e.label(g.claimIds[c])).as("claim c%d", c).isNotEqualTo(Label.IN);
        }
    }

    @Property(tries = 1000)
    void inAWhatIf_aClaimEachOfWhoseSupportSetsMeetsARejectedSource_isNotIn(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int claims,
            @ForAll @IntRange(min = 1, max = 5) int sources) {
        MapSnapshot m = map(seed, claims, sources);
        Random r = new Random(seed ^ 0x5eed);
        List<String> rejected = new ArrayList<>();
        for (String s : m.sourceIds()) if (r.nextInt(3) == 0) rejected.add(s);
        if (rejected.isEmpty()) rejected.add(m.sourceIds().getFirst());
        Evaluation before = Evaluator.evaluate(m, POLICY);
        Evaluation after = Evaluator.evaluate(m, POLICY, rejected);
        Set<String> gone = new HashSet<>(rejected);
        for (ClaimAssessment c : before.claims()) {
            if (c.supportSets().isEmpty() || c.supportSetsTruncated()) continue;
            boolean everySetMeetsARejected =
                    c.supportSets().stream().allMatch(set -> set.stream().anyMatch(gone::contains));
            if (everySetMeetsARejected)
                assertThat(after.label(c.id()))
                        .as("claim %s after rejecting %s", c.id(), rejected)
                        .isNotEqualTo(Label.IN);
        }
    }

    @Property(tries = 1000)
    void uncitedAssertion_restsOnItsProponentsWord_andFallsWhenTheProponentIsRejected(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int claims,
            @ForAll @IntRange(min = 1, max = 5) int sources) {
        MapSnapshot m = map(seed, claims, sources);
        Graph g = m.graph;
        Evaluation before = Evaluator.evaluate(m, POLICY);
        for (int c = 0; c < g.claims; c++) {
            int word = g.proponentWord(c);
            if (word < 0) continue;
            String proponent = g.sourceIds[word];
            assertThat(proponent).startsWith("proponent:");
            assertThat(before.claim(g.claimIds[c]).supportSets()).containsExactly(List.of(proponent));
            Evaluation after = Evaluator.evaluate(m, POLICY, List.of(proponent));
            assertThat(after.grounded(g.claimIds[c])).isFalse();
            assertThat(after.label(g.claimIds[c]))
                    .as("c%d without %s", c, proponent)
                    .isNotEqualTo(Label.IN);
        }
    }
}
