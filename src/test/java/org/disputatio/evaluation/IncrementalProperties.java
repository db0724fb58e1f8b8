package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.maps.AttackKind;

/** After one change, the incremental evaluation equals a full evaluation of the changed map. */
class IncrementalProperties {

    @Property(tries = 3000)
    void incrementalUpdate_equalsFullReevaluation(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int claims,
            @ForAll @IntRange(min = 0, max = 8) int change,
            @ForAll boolean energy) {
        Random r = new Random(seed ^ 0x5DEECE66DL);
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, 4, false).build();
        EvaluationPolicy p = energy
                ? EvaluationPolicy.defaults().withSemantics(Semantics.QUADRATIC_ENERGY)
                : EvaluationPolicy.defaults();
        IncrementalEvaluation inc = IncrementalEvaluation.start(m, p);
        Graph g = m.graph;
        String claim = "c" + r.nextInt(claims);
        try {
            switch (change) {
                case 0 -> {
                    if (g.evidenceCount == 0) return;
                    inc.rateEvidence("e" + r.nextInt(g.evidenceCount), r.nextDouble());
                }
                case 1 -> {
                    if (g.arguments == 0) return;
                    inc.rateInference("a" + r.nextInt(g.arguments), r.nextDouble(), r.nextDouble());
                }
                case 2 -> inc.addAttack("new", claim, "c" + r.nextInt(claims), AttackKind.REBUT);
                case 3 -> {
                    if (g.attackCount == 0) return;
                    inc.removeAttack(g.attackIds[r.nextInt(g.attackCount)]);
                }
                case 4 -> {
                    if (g.arguments == 0) return;
                    inc.addPremise("a" + r.nextInt(g.arguments), claim);
                }
                case 5 -> {
                    if (g.arguments == 0) return;
                    int a = r.nextInt(g.arguments);
                    if (g.premises.start(a) == g.premises.end(a)) return;
                    inc.removePremise("a" + a, g.claimIds[g.premises.adj[g.premises.start(a)]]);
                }
                case 6 -> inc.addCitation(claim, "s" + r.nextInt(4));
                case 8 ->
                    inc.regradeSource("s" + r.nextInt(4), "ABCDEF".charAt(r.nextInt(6)) + "" + (1 + r.nextInt(6)));
                case 7 -> {
                    int c = r.nextInt(claims);
                    if (g.citations.start(c) == g.citations.end(c)) return;
                    inc.removeCitation("c" + c, g.sourceIds[g.citations.adj[g.citations.start(c)]]);
                }
                default -> throw new IllegalStateException();
            }
        } catch (IllegalArgumentException duplicate) {
            return; // e.g. the premise or citation was already there
        }
        Evaluation incremental = inc.current();
        Evaluation full = Evaluator.evaluate(incremental.snapshot(), p);
        for (ClaimAssessment expected : full.claims()) {
            ClaimAssessment actual = incremental.claim(expected.id());
            assertThat(actual.converged()).as("converged %s", expected.id()).isEqualTo(expected.converged());
            if (expected.converged())
                assertThat(actual.strength().orElseThrow())
                        .as("strength %s", expected.id())
                        .isCloseTo(expected.strength().orElseThrow(), within(1e-9));
            assertThat(actual.label()).as("label %s", expected.id()).isEqualTo(expected.label());
            assertThat(actual.grounded()).as("grounded %s", expected.id()).isEqualTo(expected.grounded());
            assertThat(actual.criticalSources())
                    .as("critical %s", expected.id())
                    .isEqualTo(expected.criticalSources());
            assertThat(actual.contestedSources())
                    .as("contested %s", expected.id())
                    .isEqualTo(expected.contestedSources());
        }
        for (ArgumentAssessment expected : full.arguments()) {
            ArgumentAssessment actual = incremental.argument(expected.id());
            assertThat(actual.label()).isEqualTo(expected.label());
            assertThat(actual.grounded()).isEqualTo(expected.grounded());
        }
    }
}
