package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** A crash of the embedded server loses nothing that was committed. */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    record Child(Process process, String uri, String password) {}

    @Test
    void killedServer_keepsEveryCommittedWrite() throws Exception {
        var first = startChild();
        int committed = 0;
        try (var driver = GraphDatabase.driver(first.uri(), AuthTokens.basic("neo4j", first.password()))) {
            for (int batch = 0; batch < 20; batch++) {
                int b = batch;
                try (var session = driver.session()) {
                    session.executeWriteWithoutResult(
                            tx -> tx.run("UNWIND range(1, 50) AS i CREATE (:Probe {batch: $b, i: i})", Map.of("b", b)));
                }
                committed += 50;
            }
        }
        // SIGKILL: no shutdown hook, no checkpoint. Only the transaction log can save the data.
        first.process().destroyForcibly();
        assertThat(first.process().waitFor(30, TimeUnit.SECONDS)).isTrue();

        var second = startChild();
        try (var driver = GraphDatabase.driver(second.uri(), AuthTokens.basic("neo4j", second.password()));
                var session = driver.session()) {
            long found = session.run("MATCH (p:Probe) RETURN count(p) AS n")
                    .single()
                    .get("n")
                    .asLong();
            long batches = session.run("MATCH (p:Probe) RETURN count(DISTINCT p.batch) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(found).isEqualTo(committed);
            assertThat(batches).isEqualTo(20);
        } finally {
            second.process().destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
    }

    private Child startChild() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(List.of(
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/java.io=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedNeo4jProcess.class.getName(),
                dataDir.toString()));
        Path log = Files.createTempFile("neo4j-child", ".log");
        var process = new ProcessBuilder(command).redirectError(log.toFile()).start();
        var out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("READY ")) {
                String[] parts = line.split(" ");
                return new Child(process, parts[1], parts[2]);
            }
        }
        process.waitFor(10, TimeUnit.SECONDS);
        throw new IllegalStateException("The child Neo4j did not start:\n" + Files.readString(log));
    }
}
