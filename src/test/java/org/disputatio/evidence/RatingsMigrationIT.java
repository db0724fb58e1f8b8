package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Migration V0006 on a database written before it: each {@code RATED} and {@code GRADED} relationship
 * becomes a {@code :Rating} or {@code :Grade} node with the same value and time, which the app then reads.
 */
@IntegrationTest
class RatingsMigrationIT {

    static final MapId MAP = new MapId("migrated-two-voices");
    static final String MIGRATION = "/neo4j/migrations/V0006__Ratings_and_grades_from_relationships_to_nodes.cypher";

    @Autowired
    RatingService ratings;

    @Autowired
    Driver driver;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    @Test
    void ratingsAndGradesStoredAsRelationships_becomeNodes_withTheirValues() throws IOException {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run("""
                            MATCH (ada:User {username: 'ada'}), (brigitte:User {username: 'brigitte'})
                            MATCH (a:Argument {mapId: $m, id: 'a1'}), (s:Source {mapId: $m, id: 's1'})
                            CREATE (ada)-[:RATED {value: 0.75, at: datetime('2026-11-30T10:00:00Z')}]->(a)
                            CREATE (brigitte)-[:RATED {value: 0.25, at: datetime('2026-11-30T11:00:00Z')}]->(a)
                            CREATE (ada)-[:GRADED {reliability: 'B', credibility: 2,
                                                   at: datetime('2026-11-30T12:00:00Z')}]->(s)
                            """, Map.of("m", MAP.value())).consume());
            String script;
            try (var in = Objects.requireNonNull(getClass().getResourceAsStream(MIGRATION))) {
                script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (String statement : Arrays.stream(script.split(";"))
                    .map(s -> s.replaceAll("(?m)^//.*$", "").strip())
                    .filter(s -> !s.isEmpty())
                    .toList()) {
                session.executeWriteWithoutResult(tx -> tx.run(statement).consume());
            }

            var left = session.run("MATCH ()-[r:RATED|GRADED]->() RETURN count(r) AS n")
                    .single()
                    .get("n")
                    .asLong();
            assertThat(left).isZero();
            var at = session.run(
                            "MATCH (r:Rating {key: $k}) RETURN toString(r.at) AS at, r.itemKind AS kind",
                            Map.of("k", MAP.value() + "/a1/ada"))
                    .single();
            assertThat(at.get("at").asString()).isEqualTo("2026-11-30T10:00:00Z");
            assertThat(at.get("kind").asString()).isEqualTo("Argument");
        }

        var spread = ratings.inferenceRatings(MAP, "a1", "ada");
        assertThat(spread.count()).isEqualTo(2);
        assertThat(spread.yours()).isEqualTo(0.75);
        assertThat(spread.histogram()).containsEntry(0.75, 1).containsEntry(0.25, 1);
        var grades = ratings.sourceGrades(MAP, "s1", "ada");
        assertThat(grades.yours()).isEqualTo(new Grade('B', 2));
        assertThat(grades.count()).isEqualTo(1);
    }
}
