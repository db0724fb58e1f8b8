package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.disputatio.bench.ChunkedMapWriter;
import org.disputatio.database.ChildJvm;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.database.SchemaMigrations;
import org.disputatio.workspace.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A restore too large for the heap that the up-front estimate lets through (here: turned off, factor 0) fills the
 * heap; before {@link HeapWatch}, the JVM then collected garbage without end. Now the watch stops it: the command
 * line exits with status 1 and says so, nothing is written, and in the same JVM (its heap freed by the rollback) a
 * smaller restore into the same directory succeeds. The command line runs in a child JVM of a small heap.
 */
class RestoreWatchdogIT {

    /** Large enough for Neo4j, its migrations and a small restore; too small for {@link #CLAIMS} claims. */
    private static final String HEAP = "-Xmx160m";

    private static final int CLAIMS = 10_000;

    /** Generous: the child starts Neo4j twice and collects garbage hard on a shared machine. */
    private static final long TIMEOUT_MINUTES = 20;

    @TempDir
    Path dir;

    @Test
    void aRestoreThatFillsTheHeap_isStoppedWithNothingWritten_andASmallerOneThenRestoresInTheSameJvm()
            throws Exception {
        Path large = dir.resolve("large.json");
        Path small = dir.resolve("small.json");
        try (var server = EmbeddedNeo4j.start(dir.resolve("source"), "127.0.0.1", 0, "64m");
                var driver = GraphDatabase.driver(
                        server.boltUri(), AuthTokens.basic(server.username(), server.password()))) {
            SchemaMigrations.apply(driver);
            new ChunkedMapWriter(driver).write(SyntheticMaps.generate("small", 12));
            dump(driver, small);
            new ChunkedMapWriter(driver).write(SyntheticMaps.generate("large", CLAIMS));
            dump(driver, large);
        }
        Path target = dir.resolve("target");
        Path output = dir.resolve("child.out");

        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), HEAP));
        command.addAll(ChildJvm.NEO4J_FLAGS);
        command.addAll(List.of(
                "-cp",
                System.getProperty("java.class.path"),
                TwoRestores.class.getName(),
                large.toString(),
                small.toString(),
                target.toString()));
        Process child = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            assertThat(child.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES))
                    .as("the child ends within %d minutes", TIMEOUT_MINUTES)
                    .isTrue();
        } finally {
            child.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8);

        assertThat(child.exitValue()).as(printed).isZero();
        assertThat(printed)
                .contains("large: exit 1")
                .contains("The backup is too large to restore with a heap of 160 MB: the heap was still over 90% full"
                        + " after 3 garbage collections in a row")
                .contains("Nothing was written.")
                .contains("small: exit 0")
                .contains("Restored " + small + " into " + target);
        try (var server = EmbeddedNeo4j.start(target, "127.0.0.1", 0, "64m");
                var driver =
                        GraphDatabase.driver(server.boltUri(), AuthTokens.basic(server.username(), server.password()));
                var session = driver.session()) {
            var maps = session.run("MATCH (m:Map) RETURN m.id AS id")
                    .list(r -> r.get("id").asString());
            assertThat(maps).containsExactly("small");
            long largeItems = session.run("MATCH (n {mapId: 'large'}) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(largeItems).isZero();
        }
    }

    private static void dump(Driver driver, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            GraphDump.write(driver, out, false, Clock.systemUTC());
        }
    }

    /**
     * The child: the command line ({@link BackupCommand#run}, which opens and closes the store each time) restores
     * the large file with the estimate off, then the small file into the same directory, in one JVM.
     */
    public static final class TwoRestores {
        private TwoRestores() {}

        public static void main(String[] args) {
            var environment = Map.of("DISPUTATIO_BACKUP_RESTORE_HEAP_PER_BYTE", "0");
            PrintStream out = System.out;
            var command = new BackupCommand(out, out);
            int large = command.run(new String[] {"restore", "--in", args[0], "--data-dir", args[2]}, environment);
            out.println("large: exit " + large);
            int small = command.run(new String[] {"restore", "--in", args[1], "--data-dir", args[2]}, environment);
            out.println("small: exit " + small);
            out.flush();
            System.exit(0);
        }
    }
}
