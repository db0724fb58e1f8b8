package org.disputatio.authoring;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.neo4j.driver.Driver;

/**
 * A map's graph as text, free of element ids: every node with its labels and properties, every relationship
 * with its type, properties and ends; the change log and accounts left out. Two snapshots are equal when
 * the map is exactly as it was.
 */
public final class GraphSnapshot {

    private GraphSnapshot() {}

    public static List<String> of(Driver driver) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var nodes = new TreeMap<String, String>();
                tx.run("""
                                MATCH (n)
                                WHERE NOT n:Change AND NOT n:PendingChange AND NOT n:ChangeCounter AND NOT n:User
                                  AND NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')
                                RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
                                """)
                        .list()
                        .forEach(r -> nodes.put(
                                r.get("id").asString(),
                                new TreeSet<>(r.get("labels").asList(v -> v.asString())) + " "
                                        + new TreeMap<>(r.get("properties").asMap())));
                var lines = new ArrayList<>(nodes.values());
                tx.run("""
                                MATCH (a)-[r]->(b)
                                RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties,
                                       elementId(b) AS b
                                """).list().forEach(r -> {
                    String a = nodes.get(r.get("a").asString());
                    String b = nodes.get(r.get("b").asString());
                    if (a != null && b != null) {
                        lines.add("(" + a + ") -[" + r.get("type").asString()
                                + new TreeMap<>(r.get("properties").asMap()) + "]-> (" + b + ")");
                    }
                });
                lines.sort(null);
                return List.copyOf(lines);
            });
        }
    }
}
