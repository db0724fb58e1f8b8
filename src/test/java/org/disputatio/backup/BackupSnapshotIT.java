package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.RatingService;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A backup taken while users write is a snapshot (ADR 043, amended): it holds every write slot of the instance
 * while it reads, so each write is in it whole, with its change-log entry numbered, or not at all. Here one rater
 * rates {@value #ARGUMENTS} arguments one after another while backups are taken back to back; in every backup the
 * ratings and their log entries match one for one, every entry is numbered, and the numbers run 1..n without gaps.
 */
@IntegrationTest
class BackupSnapshotIT {

    static final int ARGUMENTS = 400;
    static final MapId MAP = new MapId("snapshot");
    static final double[] VALUES = {0, 0.25, 0.5, 0.75, 1};

    @Autowired
    Driver driver;

    @Autowired
    BackupService backups;

    @Autowired
    RatingService ratings;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void aMapOfManyArguments() {
        TestGraphs.clear(driver);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("CREATE (:Map {id: $id, title: 'Snapshot', language: 'en'})", Map.of("id", MAP.value()));
                tx.run("""
                        UNWIND range(1, $n) AS i
                        CREATE (c:Claim {mapId: $mapId, id: 'c' + i, kind: 'premise', text: 'Claim ' + i})
                        CREATE (a:Argument {mapId: $mapId, id: 'a' + i})
                        CREATE (c)-[:PREMISE_OF]->(a)
                        """, Map.of("mapId", MAP.value(), "n", ARGUMENTS));
            });
        }
    }

    @AfterEach
    void clear() {
        TestGraphs.clear(driver);
    }

    @Test
    void backupsTakenDuringABurstOfRatingsHoldEachRatingWithItsNumberedEntry() throws Exception {
        var rater = CompletableFuture.runAsync(() -> IntStream.rangeClosed(1, ARGUMENTS)
                .forEach(i -> ratings.rateInference(MAP, "a" + i, "admin", value(i))));
        List<Integer> ratedInBackups = new ArrayList<>();
        do {
            ratedInBackups.add(checkedBackup());
        } while (!rater.isDone());
        rater.join();
        ratedInBackups.add(checkedBackup());

        assertThat(ratedInBackups.getLast()).isEqualTo(ARGUMENTS);
        // At least one backup was taken in the middle of the burst, or this test showed nothing.
        assertThat(ratedInBackups).anyMatch(n -> n > 0 && n < ARGUMENTS);
    }

    /** Takes a backup, checks it is a snapshot, and gives the number of ratings in it. */
    private int checkedBackup() {
        var out = new ByteArrayOutputStream();
        backups.backup(out, false);
        JsonNode file = json.readTree(out.toByteArray());
        Map<String, Double> rated = new HashMap<>();
        Map<String, Integer> entries = new HashMap<>();
        List<Long> seqs = new ArrayList<>();
        for (JsonNode node : file.get("nodes")) {
            List<String> labels =
                    node.get("labels").valueStream().map(JsonNode::asString).toList();
            JsonNode p = node.get("properties");
            assertThat(labels).doesNotContain("PendingChange");
            if (labels.contains("Rating")) {
                rated.put(p.get("itemId").asString(), p.get("value").asDouble());
            } else if (labels.contains("Change") && p.get("mapId").asString().equals(MAP.value())) {
                assertThat(p.get("kind").asString()).isEqualTo("InferenceRated");
                entries.merge(p.get("itemId").asString(), 1, Integer::sum);
                assertThat(p.has("seq"))
                        .as("entry %s numbered", p.get("itemId"))
                        .isTrue();
                seqs.add(p.get("seq").asLong());
            }
        }
        assertThat(entries).allSatisfy((item, count) -> assertThat(count).isEqualTo(1));
        assertThat(entries.keySet()).isEqualTo(rated.keySet());
        rated.forEach((item, value) -> assertThat(value).isEqualTo(value(Integer.parseInt(item.substring(1)))));
        assertThat(seqs)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, seqs.size())
                        .mapToObj(Long::valueOf)
                        .toList());
        return rated.size();
    }

    private static double value(int i) {
        return VALUES[i % VALUES.length];
    }
}
