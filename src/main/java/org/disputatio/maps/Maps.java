package org.disputatio.maps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Read access to :Map nodes and their graph. All Cypher of this module lives here. */
@Repository
class Maps {

    private static final String LIST = """
            MATCH (m:Map)
            OPTIONAL MATCH (c:Claim {mapId: m.id})
            WITH m, count(c) AS claimCount
            RETURN m.id AS id, m.title AS title, m.language AS language, claimCount
            ORDER BY m.title
            """;
    private static final String FIND = """
            MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (c:Claim {mapId: m.id})
            WITH m, count(c) AS claimCount
            RETURN m.id AS id, m.title AS title, m.language AS language, claimCount
            """;
    private static final String NODES = """
            MATCH (c:Claim {mapId: $mapId})
            RETURN c.id AS id, c.text AS label, c.kind AS kind
            UNION ALL
            MATCH (a:Argument {mapId: $mapId})
            RETURN a.id AS id, '' AS label, 'argument' AS kind
            """;
    private static final String EDGES = """
            MATCH (p:Claim {mapId: $mapId})-[r:PREMISE_OF]->(a:Argument)
            RETURN a.id + ':' + p.id AS id, p.id AS source, a.id AS target, 'premise' AS kind
            UNION ALL
            MATCH (a:Argument {mapId: $mapId})-[:CONCLUDES]->(c:Claim)
            RETURN a.id + '>' + c.id AS id, a.id AS source, c.id AS target, 'conclusion' AS kind
            UNION ALL
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS]->(t)
            RETURN k.id AS id, f.id AS source, t.id AS target, k.kind AS kind
            """;

    private final Driver driver;

    Maps(Driver driver) {
        this.driver = driver;
    }

    List<MapSummary> list() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST).list(r -> summary(r.values())));
        }
    }

    Optional<MapSummary> find(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .map(r -> summary(r.values())));
        }
    }

    ArgumentGraph graph(MapId id) {
        var params = Map.<String, Object>of("mapId", id.value());
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var nodes = tx.run(NODES, params).list(r -> new ArgumentGraph.Node(
                        r.get("id").asString(), r.get("label").asString(""), r.get("kind").asString()));
                var edges = tx.run(EDGES, params).list(r -> new ArgumentGraph.Edge(
                        r.get("id").asString(), r.get("source").asString(), r.get("target").asString(),
                        r.get("kind").asString()));
                return new ArgumentGraph(nodes, edges);
            });
        }
    }

    private static MapSummary summary(List<Value> v) {
        return new MapSummary(new MapId(v.get(0).asString()), v.get(1).asString(""), v.get(2).asString(""),
                v.get(3).asLong());
    }
}
