package org.disputatio.authoring;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * How long making a map takes (issue 12 point 7): from a 200-page PDF and from a text of 2,000,000 chars,
 * split into reading (extract, clean up, normalise, find sections, guess the language) and writing (the
 * map, its document, the file and its change-log entry, in one transaction). Not part of the test run
 * (Surefire and Failsafe exclude *Benchmark*); start it with
 *
 * <pre>./mvnw test -Dtest=TextImportBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dproduction-bundle.skip=true</pre>
 *
 * It prints a Markdown table for docs/benchmarks.md. It asserts nothing about time.
 */
@IntegrationTest
class TextImportBenchmark {

    static final int WARM_UP = 1;
    static final int RUNS = 3;

    @Autowired
    TextImport imports;

    @Autowired
    Driver driver;

    @Test
    void pdfOf200PagesAndTextOf2MillionChars() {
        byte[] pdf = TestDocuments.longPdf(200);
        String text = longText(TextImport.MAX_CHARS);
        String pdfRow = measure("200-page PDF (" + pdf.length / 1024 + " KiB)", () -> imports.read(pdf, "long.pdf"));
        String textRow = measure("text of " + text.length() + " chars (JSON/paste)", () -> imports.read(text));
        System.out.printf(
                Locale.ROOT,
                "%nTEXT IMPORT BENCHMARK (%d runs after %d warm-up; ms, median [min-max])%n"
                        + "| input | reading text chars | read + normalise | write (1 tx) | total |%n"
                        + "|---|---|---|---|---|%n%s%n%s%n",
                RUNS,
                WARM_UP,
                pdfRow,
                textRow);
    }

    private String measure(String label, Supplier<TextImport.Reading> read) {
        List<Long> reads = new ArrayList<>();
        List<Long> writes = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            TestGraphs.clear(driver);
            long t0 = System.nanoTime();
            var reading = read.get();
            long t1 = System.nanoTime();
            imports.create(reading, new TextImport.Metadata("Benchmark", "en", null, null), "admin");
            long t2 = System.nanoTime();
            chars = reading.reading().text().length();
            if (i >= WARM_UP) {
                reads.add(t1 - t0);
                writes.add(t2 - t1);
                totals.add(t2 - t0);
            }
        }
        TestGraphs.clear(driver);
        return "| " + label + " | " + chars + " | " + stats(reads) + " | " + stats(writes) + " | " + stats(totals)
                + " |";
    }

    /** Paragraphs of about 800 chars in lines of about 80, up to exactly {@code length} chars. */
    static String longText(int length) {
        String line = "The argument from design compares the world to a machine made by an engineer, ";
        var text = new StringBuilder(length);
        int n = 0;
        while (text.length() < length) {
            text.append(line).append(n++).append(n % 10 == 0 ? ".\n\n" : "\n");
        }
        text.setLength(length);
        return text.toString();
    }

    private static String stats(List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        return String.format(
                Locale.ROOT,
                "%d [%d–%d]",
                sorted.get(sorted.size() / 2) / 1_000_000,
                sorted.getFirst() / 1_000_000,
                sorted.getLast() / 1_000_000);
    }
}
