package org.disputatio.maps;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.bench.BenchApp;

/**
 * Search latency on the essay before and after V0015, in one run: with the essay alone, then with
 * {@code -Dbench.copies} (25) copies of it present, as seminar groups make them. "Before" reads the index's hits
 * across maps and keeps the searched map's afterwards (SearchIndexes.keyed = false, as before V0015); "after"
 * requires the map's key in the query. Both run on the same indexes and data, alternating, so the machine's load
 * weighs on both alike. Prints the median of each query, and the claims each way found. Command in
 * docs/benchmarks.md.
 */
public final class SearchLatencyBenchmark {

    private static final List<String> QUERIES =
            List.of("élections", "staline", "démocratie", "parti", "Iakovlev", "getty", "Inoy 187", "constitution");

    private SearchLatencyBenchmark() {}

    public static void main(String[] args) throws Exception {
        int copies = Integer.getInteger("bench.copies", 25);
        int rounds = Integer.getInteger("bench.rounds", 30);
        try (var app = BenchApp.start(List.of(), null)) {
            var search = app.bean(MapSearch.class);
            var indexes = app.bean(SearchIndexes.class);
            var ownership = app.bean(MapOwnership.class);
            MapId essay = new MapId("furr-staline-democratie");
            System.out.printf(Locale.ROOT, "Essay alone; %d rounds of %d queries%n", rounds, QUERIES.size());
            measure(search, indexes, essay, rounds);
            MapId last = essay;
            long started = System.nanoTime();
            for (int i = 0; i < copies; i++) last = ownership.copyFor(essay, "admin", (tx, id) -> {});
            System.out.printf(
                    Locale.ROOT,
                    "%n%d copies made in %.1f s; searching the last copy%n",
                    copies,
                    (System.nanoTime() - started) / 1e9);
            measure(search, indexes, last, rounds);
        }
        System.exit(0);
    }

    private static void measure(MapSearch search, SearchIndexes indexes, MapId map, int rounds) {
        System.out.println("query          | before ms (median) | after ms (median) | ratio | claims before | after");
        double sumBefore = 0, sumAfter = 0;
        for (String q : QUERIES) {
            long[] before = new long[rounds];
            long[] after = new long[rounds];
            int claimsBefore = 0, claimsAfter = 0;
            for (int warm = 0; warm < 5; warm++) {
                time(search, indexes, map, q, false);
                time(search, indexes, map, q, true);
            }
            for (int i = 0; i < rounds; i++) {
                indexes.keyed = false;
                long t = System.nanoTime();
                claimsBefore = search.search(map, q).orElseThrow().claims().size();
                before[i] = System.nanoTime() - t;
                indexes.keyed = true;
                t = System.nanoTime();
                claimsAfter = search.search(map, q).orElseThrow().claims().size();
                after[i] = System.nanoTime() - t;
            }
            double b = median(before) / 1e6, a = median(after) / 1e6;
            sumBefore += b;
            sumAfter += a;
            System.out.printf(
                    Locale.ROOT,
                    "%-14s | %18.2f | %17.2f | %5.2f | %13d | %d%n",
                    q,
                    b,
                    a,
                    b / a,
                    claimsBefore,
                    claimsAfter);
        }
        indexes.keyed = true;
        System.out.printf(
                Locale.ROOT, "all (sum)      | %18.2f | %17.2f | %5.2f |%n", sumBefore, sumAfter, sumBefore / sumAfter);
    }

    private static void time(MapSearch search, SearchIndexes indexes, MapId map, String q, boolean keyed) {
        indexes.keyed = keyed;
        search.search(map, q).orElseThrow();
        indexes.keyed = true;
    }

    private static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
