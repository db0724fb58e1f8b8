package org.disputatio.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long loading the shipped essay map into an empty database takes: reading and validating the
 * files, then writing them to Neo4j in one transaction. Not part of the test run (Surefire excludes
 * *Benchmark*); start it with
 *
 * <pre>./mvnw test -Dtest=ImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * It prints a Markdown table row for docs/benchmarks.md. It asserts nothing about time.
 */
@IntegrationTest
class ImportBenchmark {

    static final int WARM_UP = 3;
    static final int RUNS = 10;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @Test
    void loadEssayIntoEmptyDatabase() {
        List<Long> load = new ArrayList<>();
        List<Long> write = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            TestGraphs.clear(driver);
            long t0 = System.nanoTime();
            var essay = EssayMapLoader.loadShippedEssay();
            var content = EssayMaps.toContent(essay);
            long t1 = System.nanoTime();
            if (!catalog.create(content)) {
                throw new IllegalStateException("the database was not empty");
            }
            long t2 = System.nanoTime();
            if (i >= WARM_UP) {
                load.add(t1 - t0);
                write.add(t2 - t1);
                total.add(t2 - t0);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%nIMPORT BENCHMARK (%d runs after %d warm-up; ms, median [min-max])%n"
                        + "| read+validate files | write to Neo4j (1 tx) | total |%n|---|---|---|%n| %s | %s | %s |%n",
                RUNS,
                WARM_UP,
                summary(load),
                summary(write),
                summary(total));
    }

    private static String summary(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%.0f [%.0f-%.0f]",
                sorted.get(sorted.size() / 2) / 1e6,
                sorted.getFirst() / 1e6,
                sorted.getLast() / 1e6);
    }
}
