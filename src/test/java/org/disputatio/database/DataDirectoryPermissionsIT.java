package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/**
 * Everything under the data directory is readable by the application's user only: password hashes
 * and contributions are in there. A child JVM runs the server, because the umask that covers the
 * files Neo4j creates later belongs to the whole process, and the test JVM's may already be set.
 */
class DataDirectoryPermissionsIT {

    private static final String DIRECTORY = "rwx------";
    private static final String FILE = "rw-------";

    @TempDir
    Path tmp;

    @Test
    void freshDirectory_everyFileNeo4jWrites_isOwnerOnly() throws Exception {
        Path data = tmp.resolve("fresh");

        try (var child = ChildNeo4j.start(data, "128k")) {
            writeUntilTheLogRotates(child);
            child.stop();
        }

        assertThat(transactionLogs(data)).as("rotated transaction logs").hasSizeGreaterThan(1);
        assertThat(data.resolve("logs/debug.log")).exists();
        assertThat(notOwnerOnly(data)).isEmpty();
    }

    @Test
    void existingDirectoryWithLooserModes_isTightenedAtStart() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("existing"));
        Path oldDir = Files.createDirectories(data.resolve("old-dir"));
        Path oldFile = Files.writeString(oldDir.resolve("notes.txt"), "left by an older install");
        Path openDir = Files.createDirectories(data.resolve("open-dir"));
        chmod(data, "rwxr-xr-x");
        chmod(oldDir, "rwxr-xr-x");
        chmod(oldFile, "rw-r--r--");
        chmod(openDir, "rwxrwxrwx");

        try (var child = ChildNeo4j.start(data, "128k")) {
            writeUntilTheLogRotates(child);
            assertThat(child.printed())
                    .contains("Tightened " + oldFile + " from rw-r--r-- to rw-------")
                    .contains("Tightened " + openDir + " from rwxrwxrwx to rwx------");
            child.stop();
        }

        assertThat(mode(data)).isEqualTo(DIRECTORY);
        assertThat(mode(oldDir)).isEqualTo(DIRECTORY);
        assertThat(mode(oldFile)).isEqualTo(FILE);
        assertThat(Files.readString(oldFile)).isEqualTo("left by an older install");
        assertThat(transactionLogs(data)).as("rotated transaction logs").hasSizeGreaterThan(1);
        assertThat(notOwnerOnly(data)).isEmpty();
    }

    /** About 1 MB of transaction log with a 128 KiB rotation size, so Neo4j opens new log files. */
    private static void writeUntilTheLogRotates(ChildNeo4j child) {
        try (var driver = GraphDatabase.driver(child.uri(), AuthTokens.basic("neo4j", child.password()))) {
            for (int batch = 0; batch < 10; batch++) {
                int b = batch;
                try (var session = driver.session()) {
                    session.executeWriteWithoutResult(tx -> tx.run(
                            "UNWIND range(1, 100) AS i CREATE (:Probe {batch: $b, i: i, text: $text})",
                            Map.of("b", b, "text", "x".repeat(1000))));
                }
            }
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (p:Probe) RETURN count(p) AS n")
                                .single()
                                .get("n")
                                .asLong())
                        .isEqualTo(1000);
            }
        }
    }

    private static List<Path> transactionLogs(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("data/transactions/neo4j"))) {
            return files.filter(f -> f.getFileName().toString().startsWith("neostore.transaction.db."))
                    .toList();
        }
    }

    /** Every path under {@code data}, itself included, whose mode is not exactly 0700 (directory) or 0600. */
    private static List<String> notOwnerOnly(Path data) throws IOException {
        try (Stream<Path> paths = Files.walk(data)) {
            return paths.filter(p -> !Files.isSymbolicLink(p))
                    .map(p -> {
                        String expected = Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) ? DIRECTORY : FILE;
                        String actual = mode(p);
                        return actual.equals(expected) ? null : data.relativize(p) + " " + actual;
                    })
                    .filter(java.util.Objects::nonNull)
                    .toList();
        }
    }

    private static String mode(Path path) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void chmod(Path path, String mode) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
    }
}
