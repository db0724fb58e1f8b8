package org.disputatio.evaluation.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.Evaluator;
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
 * What the REST payload costs: a full evaluation plus one assessment record per claim, which includes the
 * minimal support sets (computed on first request, not part of the "full evaluation" figure).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class AssessmentBenchmark {
    @Param({"10000", "100000"})
    public int claims;

    SyntheticMaps.Synthetic map;

    @Setup(Level.Trial)
    public void generate() {
        map = SyntheticMaps.generate(claims, 42);
    }

    @Benchmark
    public List<ClaimAssessment> evaluationWithAllClaimAssessments() {
        return Evaluator.evaluate(map.map(), EvaluationPolicy.defaults()).claims();
    }
}
