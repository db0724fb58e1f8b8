package org.disputatio.evaluation.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.IncrementalEvaluation;
import org.disputatio.maps.AttackKind;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One change on a large map, brought up to date incrementally: a rating, an attack added or removed (toggled
 * on alternate calls), a citation added or removed (toggled). Targets are drawn at random.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncrementalBenchmark {
    @Param({"1000000"})
    public int claims;

    SyntheticMaps.Synthetic map;
    IncrementalEvaluation incremental;
    final SplittableRandom random = new SplittableRandom(7);
    boolean attackPresent, citationPresent;
    String citingClaim = "", citedSource = "";

    @Setup(Level.Trial)
    public void start() {
        map = SyntheticMaps.generate(claims, 42);
        incremental = IncrementalEvaluation.start(map.map(), EvaluationPolicy.defaults());
    }

    @Benchmark
    public int ratingChange() {
        incremental.rateEvidence(
                map.evidenceIds().get(random.nextInt(map.evidenceIds().size())), random.nextDouble());
        return incremental.lastRecomputedNodes();
    }

    @Benchmark
    public int attackAddedOrRemoved() {
        if (attackPresent) incremental.removeAttack("bench");
        else {
            String from = map.claimIds().get(random.nextInt(claims));
            String to = map.claimIds().get(random.nextInt(claims));
            incremental.addAttack("bench", from, to, AttackKind.REBUT);
        }
        attackPresent = !attackPresent;
        return incremental.lastRecomputedNodes();
    }

    @Benchmark
    public int citationAddedOrRemoved() {
        if (citationPresent) incremental.removeCitation(citingClaim, citedSource);
        else {
            while (true) {
                citingClaim = map.claimIds().get(random.nextInt(claims));
                citedSource = map.sourceIds().get(random.nextInt(map.sourceIds().size()));
                try {
                    incremental.addCitation(citingClaim, citedSource);
                    break;
                } catch (IllegalArgumentException alreadyCited) {
                    // draw again
                }
            }
        }
        citationPresent = !citationPresent;
        return incremental.lastRecomputedNodes();
    }
}
