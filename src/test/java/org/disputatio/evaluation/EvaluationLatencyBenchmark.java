package org.disputatio.evaluation;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.bench.BenchApp;
import org.disputatio.bench.ChunkedMapWriter;
import org.disputatio.bench.Durations;
import org.disputatio.bench.EvaluationReading;
import org.disputatio.evidence.RatingService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.SyntheticMaps;
import org.neo4j.driver.Driver;

/**
 * From a write's commit to the new evaluation being readable, on synthetic maps stored in Neo4j (issue 9,
 * point 5). Starts the app with an embedded Neo4j in a temporary directory, loads each map, then alternates
 * three kinds of rounds in the same run: "incremental" (an inference rating is committed, then {@link
 * EvaluationService} is asked for the evaluation, which reads the log entry and applies it), "API" (the same,
 * but the evaluation is read as a client reads it, {@code GET /api/maps/{id}/evaluation}, and its {@code "seq"}
 * checked) and "full" (after dropping the map from memory, so the service reloads and evaluates it in full, as
 * every change did before). Also reports the heap the open map's state retains per claim.
 *
 * <p>Maps up to 100k claims are written by {@code MapCatalog.create} (one transaction); larger ones by {@link
 * ChunkedMapWriter} (10k rows a transaction), because one transaction of 1M claims does not finish.
 *
 * <p>Run: {@code ./mvnw -q -Pbench-evaluation test-compile exec:exec} (options: {@code
 * -Dbench.sizes=1000,100000 -Dbench.rounds=40 -Dbench.apiRounds=20 -Dbench.fullRounds=40
 * -Dbench.heap=-Xmx8g}); at 1M: {@code -Dbench.sizes=1000000 -Dbench.rounds=40 -Dbench.apiRounds=5
 * -Dbench.fullRounds=5}. Not part of {@code ./mvnw verify}.
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
        int apiRounds = Integer.getInteger("bench.apiRounds", 20);
        int fullRounds = Integer.getInteger("bench.fullRounds", rounds);
        System.out.printf(
                "Heap: max %d MB; load average at start: %s%n",
                Runtime.getRuntime().maxMemory() >> 20, BenchApp.load());
        try (var app = BenchApp.start(List.of(), null)) {
            for (int n : sizes) {
                run(app, n, rounds, apiRounds, fullRounds);
            }
        }
        System.exit(0);
    }

    private static void run(BenchApp app, int n, int rounds, int apiRounds, int fullRounds) throws Exception {
        var ratings = app.bean(RatingService.class);
        var evaluations = app.bean(EvaluationService.class);
        MapId map = new MapId("bench-" + n);
        long started = System.nanoTime();
        boolean chunked = n > 100_000;
        var content = SyntheticMaps.generate(map.value(), n);
        // A client watching an argument reads its conclusion's assessment: ?claims= (EvaluationApi).
        Map<String, String> conclusionOf = new HashMap<>();
        content.arguments().forEach(a -> conclusionOf.put(a.id(), a.conclusion()));
        load(app, content, chunked);
        System.out.printf(
                "claims=%d loaded into Neo4j in %.1f s (%s; load %s)%n",
                n,
                (System.nanoTime() - started) / 1e9,
                chunked ? "ChunkedMapWriter, 10k rows a transaction" : "MapCatalog.create, one transaction",
                BenchApp.load());

        long before = used();
        long loading = System.nanoTime();
        var first = evaluations.evaluate(map, Semantics.DF_QUAD, Set.of()).orElseThrow();
        long firstEvaluation = System.nanoTime() - loading;
        long after = used();
        int arguments = first.evaluation().snapshot().argumentCount();
        System.out.printf(
                "claims=%d arguments=%d first evaluation (full load) %.2f s; open map state: %.0f B/claim (%d MB)%n",
                n, arguments, firstEvaluation / 1e9, (after - before) / (double) n, (after - before) >> 20);
        List<String> argumentIds = first.evaluation().snapshot().argumentIds();
        long[] seq = {first.seq()};
        var http = BenchApp.client();
        var url = URI.create(app.root() + "/api/maps/" + map.value() + "/evaluation");

        List<Long> incremental = new ArrayList<>(), full = new ArrayList<>();
        List<Long> apiSeq = new ArrayList<>(), apiBody = new ArrayList<>(), apiClaim = new ArrayList<>();
        long[] bodyBytes = {0};
        Map<String, Integer> steps = new HashMap<>();
        int warmup = 5;
        for (int i = 0; i < warmup + Math.max(rounds, Math.max(apiRounds, fullRounds)); i++) {
            boolean measured = i >= warmup;
            int m = i - warmup;
            // Skewed towards the thesis's own arguments, whose change reaches the most nodes.
            String argument = argumentIds.get(i % Math.min(arguments, 50));
            if (!measured || m < rounds) {
                long t = commit(ratings, map, argument, steps, seq);
                var result =
                        evaluations.evaluate(map, Semantics.DF_QUAD, Set.of()).orElseThrow();
                long readable = System.nanoTime();
                check(result.seq(), seq[0], result.evaluation().claims().size(), n);
                if (measured) incremental.add(readable - t);
            }
            if (!measured ? i < 2 : m < apiRounds) {
                long t = commit(ratings, map, argument, steps, seq);
                var reading = EvaluationReading.get(http, url);
                if (reading.seq() != seq[0]) {
                    throw new IllegalStateException("GET " + url + " gave seq " + reading.seq() + ", not " + seq[0]);
                }
                bodyBytes[0] = reading.bytes();
                if (measured) {
                    apiSeq.add(reading.seqReadAt() - t);
                    apiBody.add(reading.bodyReadAt() - t);
                }
            }
            if (!measured ? i < 2 : m < apiRounds) {
                long t = commit(ratings, map, argument, steps, seq);
                var one = URI.create(url + "?claims=" + conclusionOf.get(argument));
                var reading = EvaluationReading.get(http, one);
                if (reading.seq() != seq[0]) {
                    throw new IllegalStateException("GET " + one + " gave seq " + reading.seq() + ", not " + seq[0]);
                }
                if (measured) apiClaim.add(reading.bodyReadAt() - t);
            }
            if (!measured ? i < 2 : m < fullRounds) {
                long t = commit(ratings, map, argument, steps, seq);
                evaluations.invalidate(map);
                var result =
                        evaluations.evaluate(map, Semantics.DF_QUAD, Set.of()).orElseThrow();
                long readable = System.nanoTime();
                check(result.seq(), seq[0], result.evaluation().claims().size(), n);
                if (measured) full.add(readable - t);
            }
        }
        System.out.printf(
                "claims=%d commit->readable (ms, p50 / p95 / max): incremental, service (n=%d) %s | API GET, \"seq\" in"
                        + " the first bytes (n=%d) %s | API GET, whole body of %.1f MB (n=%d) %s | API GET ?claims= the rated"
                        + " argument's conclusion, whole body (n=%d) %s | full reload, service"
                        + " (n=%d) %s | full/incremental p50 %.1fx p95 %.1fx | service counters %s | load %s%n",
                n,
                incremental.size(),
                new Durations(incremental).summary(),
                apiSeq.size(),
                new Durations(apiSeq).summary(),
                bodyBytes[0] / 1e6,
                apiBody.size(),
                new Durations(apiBody).summary(),
                apiClaim.size(),
                new Durations(apiClaim).summary(),
                full.size(),
                new Durations(full).summary(),
                new Durations(full).ms(50) / new Durations(incremental).ms(50),
                new Durations(full).ms(95) / new Durations(incremental).ms(95),
                evaluations.counters(),
                BenchApp.load());
        evaluations.invalidate(map);
    }

    /** The generated map is garbage once this returns, so it does not count as open-map state. */
    private static void load(BenchApp app, MapContent content, boolean chunked) {
        if (chunked) {
            new ChunkedMapWriter(app.bean(Driver.class)).write(content);
        } else {
            app.bean(MapCatalog.class).create(content);
        }
    }

    /**
     * Rates one argument with another value than its last, so the write is a change and the map's log moves by
     * one; returns when the rating was committed.
     */
    private static long commit(
            RatingService ratings, MapId map, String argument, Map<String, Integer> steps, long[] seq) {
        ratings.rateInference(map, argument, "admin", steps.merge(argument, 1, Integer::sum) % 5 / 4.0);
        seq[0]++;
        return System.nanoTime();
    }

    private static void check(long seq, long expected, int claims, int n) {
        if (seq != expected || claims != n) {
            throw new IllegalStateException(
                    "Evaluation at seq " + seq + " with " + claims + " claims; expected seq " + expected + ", " + n);
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
