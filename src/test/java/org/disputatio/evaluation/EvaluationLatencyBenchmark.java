package org.disputatio.evaluation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.disputatio.DisputatioApplication;
import org.disputatio.evidence.RatingService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.SyntheticMaps;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * From a write's commit to the new evaluation being readable through {@link EvaluationService}, on synthetic
 * maps stored in Neo4j (issue 9, point 5). Starts the app with an embedded Neo4j in a temporary directory,
 * loads each map through the catalog, then alternates two kinds of rounds in the same run: "incremental" (an
 * inference rating is committed, then the service is asked for the evaluation, which reads the log entry and
 * applies it) and "full" (the same, after dropping the map from memory, so the service reloads and evaluates it
 * in full, as every change did before). Also reports the heap the open map's state retains per claim.
 *
 * <p>Run: {@code ./mvnw -q -Pbench-evaluation test-compile exec:exec} (options: {@code -Dbench.sizes=1000,100000
 * -Dbench.rounds=40}). Not part of {@code ./mvnw verify}.
 */
public final class EvaluationLatencyBenchmark {

    private EvaluationLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(
                        System.getProperty("bench.sizes", "1000,100000").split(","))
                .map(String::strip)
                .mapToInt(Integer::parseInt)
                .toArray();
        int rounds = Integer.getInteger("bench.rounds", 40);
        Path dataDir = Files.createTempDirectory("disputatio-bench-");
        var app = new SpringApplication(DisputatioApplication.class);
        String[] settings = {
            "--server.port=0",
            "--server.address=127.0.0.1",
            "--disputatio.data-dir=" + dataDir,
            "--disputatio.admin-password=bench-password-123",
            "--logging.level.root=warn"
        };
        ConfigurableApplicationContext context = null;
        try {
            context = app.run(settings);
            for (int n : sizes) {
                run(context, n, rounds);
            }
        } finally {
            if (context != null) {
                context.close();
            }
            try (Stream<Path> files = Files.walk(dataDir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.exit(0);
    }

    private static void run(ConfigurableApplicationContext context, int n, int rounds) throws Exception {
        var catalog = context.getBean(MapCatalog.class);
        var ratings = context.getBean(RatingService.class);
        var evaluations = context.getBean(EvaluationService.class);
        MapId map = new MapId("bench-" + n);
        long started = System.nanoTime();
        catalog.create(SyntheticMaps.generate(map.value(), n));
        System.out.printf("claims=%d loaded into Neo4j in %.1f s%n", n, (System.nanoTime() - started) / 1e9);

        long before = used();
        var first = evaluations.evaluate(map, Semantics.DF_QUAD, Set.of()).orElseThrow();
        long after = used();
        int arguments = first.evaluation().snapshot().argumentCount();
        System.out.printf(
                "claims=%d arguments=%d open map state: %.0f B/claim (%d MB)%n",
                n, arguments, (after - before) / (double) n, (after - before) >> 20);

        List<Long> incremental = new ArrayList<>(), full = new ArrayList<>();
        int warmup = 5;
        for (int i = 0; i < warmup + rounds; i++) {
            for (boolean reload : new boolean[] {false, true}) {
                // Skewed towards the thesis's own arguments, whose change reaches the most nodes.
                String argument = first.evaluation().snapshot().argumentIds().get(i % Math.min(arguments, 50));
                ratings.rateInference(map, argument, "admin", (i % 5) / 4.0);
                long committed = System.nanoTime();
                if (reload) {
                    evaluations.invalidate(map);
                }
                var result =
                        evaluations.evaluate(map, Semantics.DF_QUAD, Set.of()).orElseThrow();
                long readable = System.nanoTime();
                if (result.evaluation().claims().isEmpty()) throw new IllegalStateException();
                if (i >= warmup) (reload ? full : incremental).add(readable - committed);
            }
        }
        long p50i = percentile(incremental, 50), p95i = percentile(incremental, 95);
        long p50f = percentile(full, 50), p95f = percentile(full, 95);
        System.out.printf(
                "claims=%d rounds=%d commit->readable incremental p50 %.2f ms p95 %.2f ms | full p50 %.2f ms p95 %.2f ms"
                        + " | full/incremental p50 %.1fx p95 %.1fx | service counters %s%n",
                n,
                rounds,
                p50i / 1e6,
                p95i / 1e6,
                p50f / 1e6,
                p95f / 1e6,
                p50f / (double) p50i,
                p95f / (double) p95i,
                evaluations.counters());
        evaluations.invalidate(map);
    }

    private static long percentile(List<Long> xs, int p) {
        List<Long> sorted = xs.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
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
