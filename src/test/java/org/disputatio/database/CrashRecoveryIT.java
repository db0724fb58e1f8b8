package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;

/** A crash of the embedded server loses nothing that was committed. */
class CrashRecoveryIT {

    @TempDir
    Path dataDir;

    @Test
    void killedServer_keepsEveryCommittedWrite() throws Exception {
        int committed = 0;
        try (var first = ChildNeo4j.start(dataDir)) {
            try (var driver = GraphDatabase.driver(first.uri(), AuthTokens.basic("neo4j", first.password()))) {
                for (int batch = 0; batch < 20; batch++) {
                    int b = batch;
                    try (var session = driver.session()) {
                        session.executeWriteWithoutResult(tx ->
                                tx.run("UNWIND range(1, 50) AS i CREATE (:Probe {batch: $b, i: i})", Map.of("b", b)));
                    }
                    committed += 50;
                }
            }
            // SIGKILL: no shutdown hook, no checkpoint. Only the transaction log can save the data.
            first.kill();
        }

        try (var second = ChildNeo4j.start(dataDir);
                var driver = GraphDatabase.driver(second.uri(), AuthTokens.basic("neo4j", second.password()));
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
        }
    }
}
