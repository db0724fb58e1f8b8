package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Grounding, critical sources, minimal support sets and contested dependencies against brute force. */
class DependencyProperties {
    static final EvaluationPolicy POLICY = EvaluationPolicy.defaults().withSupportSetBounds(3, 10_000);

    @Property(tries = 1000)
    void groundingAndCriticalSources_agreeWithBruteForce(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int claims, @ForAll @IntRange(min = 1, max = 6) int sources) {
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, sources, false).build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        BruteForce bf = new BruteForce(m);
        boolean[] grounded = bf.grounded(bf.everything());
        for (int c = 0; c < claims; c++) {
            String id = "c" + c;
            assertThat(e.grounded(id)).as("grounded %s", id).isEqualTo(grounded[c]);
            assertThat(e.criticalSources(id)).as("critical %s", id).isEqualTo(bf.critical(c));
            assertThat(e.contestedSources(id)).as("contested %s", id).isEqualTo(bf.contested(c));
        }
    }

    @Property(tries = 1000)
    void minimalSupportSets_agreeWithBruteForce_upToTheBound(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int claims, @ForAll @IntRange(min = 1, max = 6) int sources) {
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, sources, false).build();
        Evaluation e = Evaluator.evaluate(m, POLICY);
        BruteForce bf = new BruteForce(m);
        for (int c = 0; c < claims; c++) {
            ClaimAssessment a = e.claim("c" + c);
            Set<List<String>> expected = new HashSet<>();
            boolean larger = false;
            for (long set : bf.minimalSets(c)) {
                if (Long.bitCount(set) <= POLICY.maxSupportSetSize()) expected.add(bf.names(set));
                else larger = true;
            }
            assertThat(new HashSet<>(a.supportSets())).as("support sets of c%d", c).isEqualTo(expected);
            if (larger) assertThat(a.supportSetsTruncated()).as("truncation flag of c%d", c).isTrue();
        }
    }

    @Property(tries = 1000)
    void rejectingSources_loseGroundingExactlyAsBruteForceSays(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int claims, @ForAll @IntRange(min = 1, max = 6) int sources) {
        Random r = new Random(seed);
        MapSnapshot m = RandomMaps.random(new Random(seed), claims, sources, false).build();
        BruteForce bf = new BruteForce(m);
        long rejected = r.nextLong() & bf.everything();
        List<String> rejectedIds = bf.names(rejected);
        WhatIf w = Evaluator.whatIf(m, rejectedIds, POLICY);
        boolean[] before = bf.grounded(bf.everything());
        boolean[] after = bf.grounded(bf.everything() & ~rejected);
        for (int c = 0; c < claims; c++)
            assertThat(w.lostGrounding().contains("c" + c)).as("c%d", c).isEqualTo(before[c] && !after[c]);
    }
}
