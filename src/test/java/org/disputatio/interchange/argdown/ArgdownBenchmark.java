package org.disputatio.interchange.argdown;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.disputatio.maps.MapContent;
import org.junit.jupiter.api.Test;

/**
 * Times the Argdown export and import of the essay map (the format's conversion alone, without the database):
 * 10 warm-up rounds, then 30 measured. Not part of the test run (Surefire excludes *Benchmark*); run it with
 * {@code ./mvnw test -Dtest=ArgdownBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Dproduction-bundle.skip=true}
 * and copy the printed lines into docs/benchmarks.md.
 */
class ArgdownBenchmark {

    @Test
    void essayExportAndImport() throws Exception {
        MapContent essay = ArgdownFormatTest.essay();
        var format = new ArgdownFormat();
        int warmUp = 10;
        int rounds = 30;
        long[] export = new long[rounds];
        long[] read = new long[rounds];
        byte[] file = null;
        for (int i = 0; i < warmUp + rounds; i++) {
            long t0 = System.nanoTime();
            var out = new ByteArrayOutputStream();
            format.write(essay, out);
            long t1 = System.nanoTime();
            file = out.toByteArray();
            format.read(new ByteArrayInputStream(file));
            long t2 = System.nanoTime();
            if (i >= warmUp) {
                export[i - warmUp] = t1 - t0;
                read[i - warmUp] = t2 - t1;
            }
        }
        System.out.printf(
                "Argdown essay map: %d claims, %d arguments, %d attacks; file %d bytes (%d lines)%n",
                essay.claims().size(),
                essay.arguments().size(),
                essay.attacks().size(),
                file.length,
                new String(file, StandardCharsets.UTF_8).lines().count());
        System.out.println("export: " + summary(export));
        System.out.println("import: " + summary(read));
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(
                "median %.1f ms, p90 %.1f ms, min %.1f ms (%d rounds)",
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.9)] / 1e6,
                sorted[0] / 1e6,
                sorted.length);
    }
}
