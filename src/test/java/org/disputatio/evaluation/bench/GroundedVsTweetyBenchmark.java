package org.disputatio.evaluation.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.tweetyproject.arg.dung.reasoner.SimpleGroundedReasoner;
import org.tweetyproject.arg.dung.semantics.Extension;
import org.tweetyproject.arg.dung.syntax.Argument;
import org.tweetyproject.arg.dung.syntax.Attack;
import org.tweetyproject.arg.dung.syntax.DungTheory;

/**
 * Grounded labelling of the same framework (claims and arguments as Dung arguments, the map's attacks) by this
 * engine and by TweetyProject's SimpleGroundedReasoner, in the same run and the same mode. Iterations are
 * few because one call of Tweety's reasoner on a million-claim framework takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class GroundedVsTweetyBenchmark {
    @Param({"100000", "1000000"})
    public int claims;

    SyntheticMaps.Synthetic map;
    DungTheory theory;

    @Setup(Level.Trial)
    public void build() {
        map = SyntheticMaps.generate(claims, 42);
        theory = new DungTheory();
        Map<String, Argument> nodes = new HashMap<>();
        for (String id : map.claimIds()) theory.add(nodes.computeIfAbsent(id, Argument::new));
        for (String id : map.argumentIds()) theory.add(nodes.computeIfAbsent(id, Argument::new));
        for (String[] attack : map.attacks()) theory.add(new Attack(nodes.get(attack[0]), nodes.get(attack[1])));
    }

    @Benchmark
    public GroundedLabels disputatio() {
        return Evaluator.groundedLabels(map.map());
    }

    @Benchmark
    public Extension<DungTheory> tweety() {
        return new SimpleGroundedReasoner().getModel(theory);
    }
}
