package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.database.SchemaMigrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.io.ByteUnit;

/**
 * A restore larger than the memory Neo4j allows its transaction: the restore is refused with a message that says
 * to give the JVM more heap (413 in the API and the UI, exit status 1 on the command line), and the database is
 * left as it was, not half restored. The limit is lowered to 16 MB here so a small file exceeds it; with the
 * defaults it is 70% of the heap (docs/benchmarks.md, "How much heap a restore needs"). {@link RestoreWatchdogIT}
 * covers the other way a heap too small shows: full after every collection, stopped by {@link HeapWatch}.
 */
class RestoreMemoryLimitIT {

    private static final int NODES = 40_000;

    @TempDir
    Path dataDir;

    @Test
    void aRestoreOverTheTransactionMemoryLimit_isRefusedAsTooLarge_andWritesNothing() throws Exception {
        byte[] file = backup(NODES);
        try (var server = EmbeddedNeo4j.start(
                        dataDir,
                        "127.0.0.1",
                        0,
                        "16m",
                        Map.of(GraphDatabaseSettings.memory_transaction_max_size, ByteUnit.mebiBytes(16)),
                        "restore-memory-limit");
                var driver = GraphDatabase.driver(
                        server.boltUri(), AuthTokens.basic(server.username(), server.password()))) {
            SchemaMigrations.apply(driver);

            // The up-front estimate off (factor 0), so that Neo4j's own limit is what stops this restore.
            var heap = new RestoreHeap(0);
            assertThatThrownBy(() -> heap.restore(driver, new ByteArrayInputStream(file), file.length))
                    .isInstanceOf(RestoreOutOfMemoryException.class)
                    .isInstanceOf(RestoreTooLargeException.class)
                    .hasMessageContaining("Nothing was written")
                    .hasMessageContaining("-Xmx")
                    .hasMessageContaining("Neo.TransientError.General.MemoryPoolOutOfMemoryError");

            try (var session = driver.session()) {
                long left = session.run(
                                GraphRestore.NOT_EMPTY, Map.of("migrations", BackupFormat.MIGRATION_LABEL_PREFIX))
                        .single()
                        .get("count")
                        .asLong();
                assertThat(left).isZero();
            }
            // The refused file is fine: a small one restores into the same database afterwards.
            byte[] small = backup(3);
            var report = heap.restore(driver, new ByteArrayInputStream(small), small.length);
            assertThat(report.nodes()).isEqualTo(4);
            assertThat(report.maps()).containsExactly("limit");
        }
    }

    /** A version 1 backup of one map with {@code claims} claims of a few hundred characters each. */
    private static byte[] backup(int claims) {
        var json = new StringBuilder("""
                {"format":"disputatio-backup","version":1,"nodes":[\
                {"id":0,"labels":["Map"],"properties":{"id":"limit","title":"Limit"}}""");
        String text = "A claim long enough for the transaction to grow. ".repeat(8);
        for (int i = 1; i <= claims; i++) {
            json.append(",{\"id\":")
                    .append(i)
                    .append(",\"labels\":[\"Claim\"],\"properties\":{\"mapId\":\"limit\",\"id\":\"c")
                    .append(i)
                    .append("\",\"text\":\"")
                    .append(text)
                    .append(i)
                    .append("\"}}");
        }
        json.append("],\"relationships\":[]}");
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }
}
