package org.disputatio.backup;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.database.SchemaMigrations;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Where {@link RestoreHeap#MEASURED_PER_BYTE} comes from (ADR 043, amendment "refused up front"): restores a backup
 * file into an empty data directory, as the command line does, in a JVM with a heap large enough, and prints the
 * live heap (used after a full collection) before the restore, at the last batch (the transaction's state complete
 * but for one batch, before the commit) with the class histogram of that moment, and after the commit. The factor
 * is (at the last batch - before) / the file's size.
 *
 * <p>Run with the test class path: {@code java -Xmx2g <ChildJvm.NEO4J_FLAGS> -cp … RestoreHeapFactor FILE DATA_DIR}.
 * Not part of {@code ./mvnw verify}.
 */
public final class RestoreHeapFactor {

    private RestoreHeapFactor() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long size = Files.size(file);
        long[] counts = RestoreHeapBenchmark.counts(file);
        // The reader checks before every batch: the nodes' full batches and their last one, then the relationships'.
        long batches = counts[0] / GraphRestore.BATCH + 1 + counts[1] / GraphRestore.BATCH + 1;
        try (var server = EmbeddedNeo4j.start(Path.of(args[1]), "127.0.0.1", 0, "256m");
                var driver = GraphDatabase.driver(
                        server.boltUri(), AuthTokens.basic(server.username(), server.password()))) {
            SchemaMigrations.apply(driver);
            long before = live();
            System.out.printf(
                    "factor: file=%d bytes nodes=%d relationships=%d batches=%d%n",
                    size, counts[0], counts[1], batches);
            System.out.printf("factor: live before=%d MB%n", before >> 20);
            long[] seen = {0, 0};
            long started = System.nanoTime();
            try (var in = new BufferedInputStream(Files.newInputStream(file))) {
                GraphRestore.restore(driver, in, () -> {
                    seen[0]++;
                    if (seen[0] == batches) {
                        seen[1] = live();
                        System.out.printf(
                                "factor: live at batch %d of %d=%d MB, held by the restore=%d MB, per byte of the file=%.1f%n",
                                seen[0],
                                batches,
                                seen[1] >> 20,
                                (seen[1] - before) >> 20,
                                (seen[1] - before) / (double) size);
                        histogram();
                    }
                });
            }
            long after = live();
            System.out.printf(
                    "factor: restored in %.0f s; live after the commit=%d MB%n",
                    (System.nanoTime() - started) / 1e9, after >> 20);
        }
    }

    @SuppressWarnings("java:S1215")
    private static long live() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * The top of this JVM's class histogram (live objects), by jcmd. Its output goes to a file: on this machine jcmd
     * attached to its own JVM printed the histogram and then did not end, so it is given two minutes.
     */
    private static void histogram() {
        try {
            var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
            Path out = Files.createTempFile("histogram", ".txt");
            var process = new ProcessBuilder(
                            jcmd, Long.toString(ProcessHandle.current().pid()), "GC.class_histogram")
                    .redirectErrorStream(true)
                    .redirectOutput(out.toFile())
                    .start();
            if (!process.waitFor(2, TimeUnit.MINUTES)) process.destroyForcibly();
            List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
            lines.stream().limit(40).forEach(l -> System.out.println("histogram: " + l));
            if (!lines.isEmpty()) System.out.println("histogram: " + lines.getLast());
            Files.delete(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
