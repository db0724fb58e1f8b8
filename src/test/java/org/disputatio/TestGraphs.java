package org.disputatio;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;

/** Test data written straight through the driver, and the clean-up between tests. */
public final class TestGraphs {

    private TestGraphs() {}

    /** Removes every map and its content; accounts and the migrations' bookkeeping stay. */
    public static void clear(Driver driver) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (n) WHERE NOT n:User AND NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration') "
                            + "DETACH DELETE n"));
        }
    }

    /**
     * A small map: thesis c1 supported by linked premises c2, c3 (argument a1), a counter-claim c4
     * rebutting c1, and c5 rebutting c4.
     */
    public static void smallMap(Driver driver, String mapId, String title) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("CREATE (:Map {id: $id, title: $title, language: 'en'})", Map.of("id", mapId, "title", title));
                tx.run(
                        """
                        UNWIND $claims AS c
                        CREATE (:Claim {mapId: $mapId, id: c.id, kind: c.kind, text: c.text})
                        """,
                        Map.of(
                                "mapId",
                                mapId,
                                "claims",
                                List.of(
                                        Map.of("id", "c1", "kind", "thesis", "text", "The thesis"),
                                        Map.of("id", "c2", "kind", "premise", "text", "First premise"),
                                        Map.of("id", "c3", "kind", "premise", "text", "Second premise"),
                                        Map.of("id", "c4", "kind", "counter-claim", "text", "An objection"),
                                        Map.of("id", "c5", "kind", "rebuttal", "text", "A reply"))));
                tx.run("""
                        CREATE (a:Argument {mapId: $mapId, id: 'a1'})
                        WITH a
                        MATCH (c1:Claim {mapId: $mapId, id: 'c1'}), (c2:Claim {mapId: $mapId, id: 'c2'}),
                              (c3:Claim {mapId: $mapId, id: 'c3'}), (c4:Claim {mapId: $mapId, id: 'c4'}),
                              (c5:Claim {mapId: $mapId, id: 'c5'})
                        CREATE (c2)-[:PREMISE_OF]->(a), (c3)-[:PREMISE_OF]->(a), (a)-[:CONCLUDES]->(c1),
                               (c4)-[:ATTACKS {id: 'k1', kind: 'rebut'}]->(c1),
                               (c5)-[:ATTACKS {id: 'k2', kind: 'rebut'}]->(c4)
                        """, Map.of("mapId", mapId));
            });
        }
    }
}
