package org.disputatio.evaluation.bench;

import java.util.concurrent.TimeUnit;
import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.Evaluator;
import org.disputatio.evaluation.GroundedLabels;
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

/** Full evaluation (strength, labels, grounding, critical and contested sources) and labelling alone, by size. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {
    @Param({"1000", "10000", "100000", "1000000"})
    public int claims;

    SyntheticMaps.Synthetic map;
    final EvaluationPolicy policy = EvaluationPolicy.defaults();

    @Setup(Level.Trial)
    public void generate() {
        map = SyntheticMaps.generate(claims, 42);
    }

    @Benchmark
    public Evaluation fullEvaluation() {
        return Evaluator.evaluate(map.map(), policy);
    }

    @Benchmark
    public GroundedLabels groundedLabelling() {
        return Evaluator.groundedLabels(map.map());
    }
}
