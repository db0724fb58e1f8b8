package org.disputatio.evaluation.bench;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.IncrementalEvaluation;
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
 * What the evaluation service does for each batch of the log: one rating applied incrementally, then the
 * evaluation published for readers ({@link IncrementalEvaluation#current()}), which must not cost a copy of the
 * map (issue 9, point 3; ADR 027). Run: {@code ./mvnw -q -Pbench test-compile exec:exec
 * -Dbench.args="PublicationBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms4g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PublicationBenchmark {
    @Param({"100000", "1000000"})
    public int claims;

    SyntheticMaps.Synthetic map;
    IncrementalEvaluation incremental;
    final SplittableRandom random = new SplittableRandom(7);

    @Setup(Level.Trial)
    public void start() {
        map = SyntheticMaps.generate(claims, 42);
        incremental = IncrementalEvaluation.start(map.map(), EvaluationPolicy.defaults());
    }

    @Benchmark
    public Evaluation ratingThenPublished() {
        incremental.rateEvidence(
                map.evidenceIds().get(random.nextInt(map.evidenceIds().size())), random.nextDouble());
        return incremental.current();
    }
}
