package org.disputatio.evaluation.bench;

import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.Evaluator;
import org.disputatio.evaluation.MapSnapshot;

/**
 * Heap retained per claim by a snapshot and by its evaluation, measured as used heap after full garbage
 * collections. Run with {@code -Dbench.main=org.disputatio.evaluation.bench.MemoryFootprint} (see
 * docs/benchmarks.md).
 */
public final class MemoryFootprint {
    public static void main(String[] args) throws InterruptedException {
        int[] sizes = args.length > 0 ? java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray() : new int[] {100_000, 1_000_000};
        for (int n : sizes) {
            long base = used();
            SyntheticMaps.Synthetic s = SyntheticMaps.generate(n, 42);
            MapSnapshot map = s.map();
            s = null;
            long withMap = used();
            Evaluation e = Evaluator.evaluate(map, EvaluationPolicy.defaults());
            long withEvaluation = used();
            System.out.printf("claims=%d snapshot=%.0f B/claim evaluation=%.0f B/claim total=%.0f B/claim (%d + %d MB)%n", n,
                    (withMap - base) / (double) n, (withEvaluation - withMap) / (double) n, (withEvaluation - base) / (double) n,
                    (withMap - base) >> 20, (withEvaluation - withMap) >> 20);
            if (e.strength("c0").isEmpty() && map.claimCount() != n) throw new IllegalStateException();
            map = null;
            e = null;
        }
    }

    private static long used() throws InterruptedException {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
