package org.disputatio.interchange.aif;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.disputatio.interchange.ContentCheck;
import org.disputatio.interchange.MapImports;
import org.disputatio.maps.MapCatalog;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 point 7: how long importing and exporting AIF takes, for the shipped essay map and for a generated file
 * of 100,000 claims (50,000 arguments, 10,000 attacks, 10,000 speakers' locutions). Import is the whole of
 * {@link MapImports#importMap} (streamed read, check, one transaction); export is reading the map and writing the
 * file. Not part of the test run (Surefire and Failsafe exclude *Benchmark*); start it with
 *
 * <pre>./mvnw -o test -Dtest=InterchangeBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dproduction-bundle.skip=true -Djacoco.skip=true</pre>
 *
 * It prints Markdown table rows for docs/benchmarks.md and asserts nothing about time.
 */
@IntegrationTest
class InterchangeBenchmark {

    static final int CLAIMS = 100_000;

    @Autowired
    MapImports imports;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @Test
    void essayAndHundredThousandClaims() throws Exception {
        TestGraphs.clear(driver);
        var rows = new ArrayList<String>();
        // -Dbench.essay=false measures the 100k file alone; -Dbench.runs=N sets its measured runs (3).
        if (Boolean.parseBoolean(System.getProperty("bench.essay", "true"))) {
            var essay = EssayMaps.toContent(EssayMapLoader.loadShippedEssay());
            catalog.create(essay);
            for (String format : List.of("aif", "xaif")) {
                byte[] file = export(essay.id(), format);
                rows.add(row("essay map (" + essay.claims().size() + " claims)", format, file, 3, 10, essay.id()));
            }
        }
        byte[] big = hundredThousandClaims();
        rows.add(row(CLAIMS + " claims, generated", "aif", big, 1, Integer.getInteger("bench.runs", 3), null));
        System.out.printf(
                Locale.ROOT,
                "%nINTERCHANGE BENCHMARK (ms, median [min-max])%n| map | format | file | import (read, check, store)"
                        + " | of which read and check | export (read, write) |%n|---|---|---|---|---|---|%n%s%n",
                String.join("\n", rows));
        TestGraphs.clear(driver);
    }

    private String row(String what, String format, byte[] file, int warmUp, int runs, String exportId)
            throws Exception {
        var importTimes = new ArrayList<Long>();
        var parseTimes = new ArrayList<Long>();
        var exportTimes = new ArrayList<Long>();
        for (int i = 0; i < warmUp + runs; i++) {
            // The part of an import before its transaction, timed alone: what the store adds is the difference.
            long p0 = System.nanoTime();
            ContentCheck.check(
                    imports.format(format).read(new ByteArrayInputStream(file)).content());
            long p1 = System.nanoTime();
            long t0 = System.nanoTime();
            var imported = imports.importMap(format, new ByteArrayInputStream(file), "bench");
            long t1 = System.nanoTime();
            export(exportId == null ? imported.id().value() : exportId, format);
            long t2 = System.nanoTime();
            // Each run as it ends: a slow machine may not get to the table.
            System.out.printf(
                    Locale.ROOT,
                    "%s %s run %d%s: read and check %.0f ms, import %.0f ms, export %.0f ms%n",
                    what,
                    format,
                    i + 1,
                    i < warmUp ? " (warm-up)" : "",
                    (p1 - p0) / 1e6,
                    (t1 - t0) / 1e6,
                    (t2 - t1) / 1e6);
            if (i >= warmUp) {
                importTimes.add(t1 - t0);
                parseTimes.add(p1 - p0);
                exportTimes.add(t2 - t1);
            }
        }
        return String.format(
                Locale.ROOT,
                "| %s | %s | %.1f MB | %s | %s | %s |",
                what,
                format,
                file.length / 1e6,
                summary(importTimes),
                summary(parseTimes),
                summary(exportTimes));
    }

    private byte[] export(String id, String format) throws Exception {
        var out = new ByteArrayOutputStream();
        var map = imports.content(new org.disputatio.maps.MapId(id)).orElseThrow();
        imports.export(map, imports.format(format), out);
        return out.toByteArray();
    }

    /** AIFdb JSON: claims in pairs (premise → RA → conclusion), every tenth attacking the one before, every tenth said. */
    static byte[] hundredThousandClaims() {
        var nodes = new StringBuilder("{\"nodes\":[");
        var edges = new StringBuilder("\"edges\":[");
        var locutions = new StringBuilder("\"locutions\":[");
        int next = CLAIMS + 1;
        int edge = 1;
        for (int i = 1; i <= CLAIMS; i++) {
            nodes.append(i == 1 ? "" : ",")
                    .append("{\"nodeID\":\"")
                    .append(i)
                    .append("\",\"text\":\"Claim number ")
                    .append(i)
                    .append(" says something about the matter at hand\",\"type\":\"I\"}");
            if (i % 2 == 0) {
                int ra = next++;
                nodes.append(",{\"nodeID\":\"").append(ra).append("\",\"text\":\"Default Inference\",\"type\":\"RA\"}");
                edge(edges, edge++, i, ra);
                edge(edges, edge++, ra, i - 1);
            }
            if (i % 10 == 5) {
                int ca = next++;
                nodes.append(",{\"nodeID\":\"").append(ca).append("\",\"text\":\"Default Conflict\",\"type\":\"CA\"}");
                edge(edges, edge++, i, ca);
                edge(edges, edge++, ca, i - 1);
            }
            if (i % 10 == 1) {
                int l = next++;
                int ya = next++;
                nodes.append(",{\"nodeID\":\"")
                        .append(l)
                        .append("\",\"text\":\"Speaker ")
                        .append(i % 7)
                        .append(" : Claim number ")
                        .append(i)
                        .append("\",\"type\":\"L\"},{\"nodeID\":\"")
                        .append(ya)
                        .append("\",\"text\":\"Asserting\",\"type\":\"YA\"}");
                edge(edges, edge++, l, ya);
                edge(edges, edge++, ya, i);
                locutions
                        .append(locutions.length() > 14 ? "," : "")
                        .append("{\"nodeID\":\"")
                        .append(l)
                        .append("\",\"personID\":\"")
                        .append(i % 7)
                        .append("\"}");
            }
        }
        String file = nodes.append("],") + edges.append("],").toString() + locutions.append("]}");
        return file.getBytes(StandardCharsets.UTF_8);
    }

    private static void edge(StringBuilder edges, int id, int from, int to) {
        edges.append(edges.charAt(edges.length() - 1) == '[' ? "" : ",")
                .append("{\"edgeID\":\"")
                .append(id)
                .append("\",\"fromID\":\"")
                .append(from)
                .append("\",\"toID\":\"")
                .append(to)
                .append("\"}");
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
