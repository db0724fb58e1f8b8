package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;

/** Properties of gradual strengths that must hold on every map. */
class StrengthProperties {

    @Property(tries = 1000)
    void strengthsStayInTheUnitInterval(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int claims, @ForAll boolean energy) {
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, 4, false).build();
        EvaluationPolicy p = EvaluationPolicy.defaults();
        if (energy) p = p.withSemantics(Semantics.QUADRATIC_ENERGY);
        Evaluation e = Evaluator.evaluate(m, p);
        for (ClaimAssessment c : e.claims()) {
            c.strength().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
            assertThat(c.converged()).isEqualTo(c.strength().isPresent());
        }
        for (ArgumentAssessment a : e.arguments())
            a.strength().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
    }

    @Property(tries = 1000)
    void acyclicMaps_alwaysConverge(@ForAll long seed, @ForAll @IntRange(min = 1, max = 12) int claims) {
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, 4, true).build();
        assertThat(Evaluator.evaluate(m, EvaluationPolicy.defaults()).claims()).allMatch(ClaimAssessment::converged);
    }

    @Property(tries = 1000)
    void addingASupporter_neverLowersTheClaim(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 12) int claims,
            @ForAll boolean viaArgument,
            @ForAll boolean energy) {
        Random r = new Random(seed);
        MapSnapshot before =
                RandomMaps.random(new Random(seed), claims, 4, true).build();
        MapSnapshot.Builder b = RandomMaps.random(new Random(seed), claims, 4, true);
        int target = 1 + r.nextInt(claims - 1);
        if (viaArgument)
            b.argument("extra", "c" + target, java.util.List.of("c" + r.nextInt(target)))
                    .inferenceRating("extra", r.nextDouble());
        else b.evidence("extra", "c" + target, "s0", Stance.FOR, r.nextDouble());
        EvaluationPolicy p = energy
                ? EvaluationPolicy.defaults().withSemantics(Semantics.QUADRATIC_ENERGY)
                : EvaluationPolicy.defaults();
        double was = Evaluator.evaluate(before, p).strength("c" + target).orElseThrow();
        double is = Evaluator.evaluate(b.build(), p).strength("c" + target).orElseThrow();
        assertThat(is).isGreaterThanOrEqualTo(was - 1e-12);
    }

    @Property(tries = 1000)
    void addingAnAttacker_neverRaisesTheClaim(
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 12) int claims,
            @ForAll boolean viaRebuttal,
            @ForAll boolean energy) {
        Random r = new Random(seed);
        MapSnapshot before =
                RandomMaps.random(new Random(seed), claims, 4, true).build();
        MapSnapshot.Builder b = RandomMaps.random(new Random(seed), claims, 4, true);
        int target = 1 + r.nextInt(claims - 1);
        if (viaRebuttal) b.attack("extra", "c" + r.nextInt(target), "c" + target, AttackKind.REBUT);
        else b.evidence("extra", "c" + target, "s0", Stance.AGAINST, r.nextDouble());
        EvaluationPolicy p = energy
                ? EvaluationPolicy.defaults().withSemantics(Semantics.QUADRATIC_ENERGY)
                : EvaluationPolicy.defaults();
        double was = Evaluator.evaluate(before, p).strength("c" + target).orElseThrow();
        double is = Evaluator.evaluate(b.build(), p).strength("c" + target).orElseThrow();
        assertThat(is).isLessThanOrEqualTo(was + 1e-12);
    }
}
