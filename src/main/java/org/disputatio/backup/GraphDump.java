package org.disputatio.backup;

import java.io.OutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the whole graph as a backup file while reading it, record by record: the driver streams the results,
 * and the generator writes each record as it comes, so neither the graph nor the file is ever held in memory.
 * Only one number per node is kept, to name the ends of the relationships.
 */
final class GraphDump {

    static final String NODES = """
            MATCH (n)
            WHERE NOT any(l IN labels(n) WHERE l STARTS WITH $migrations)
              AND ($passwords OR NOT n:ApiToken)
            RETURN elementId(n) AS elementId, labels(n) AS labels, properties(n) AS properties
            """;

    static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b)
            RETURN elementId(a) AS start, type(r) AS type, properties(r) AS properties, elementId(b) AS end
            """;

    private GraphDump() {}

    /** What was written: nodes and relationships, and relationships left out because an end was left out. */
    record Written(int nodes, int relationships) {}

    static Written write(Driver driver, OutputStream out, boolean passwords, Clock clock) {
        Map<String, Integer> ids = new HashMap<>();
        int relationships = 0;
        try (var session = driver.session(SessionConfig.builder()
                        .withDefaultAccessMode(AccessMode.READ)
                        .build());
                var tx = session.beginTransaction();
                JsonGenerator json = BackupFormat.JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", BackupFormat.FORMAT);
            json.writeNumberProperty("version", BackupFormat.VERSION);
            json.writeStringProperty("$schema", BackupFormat.SCHEMA);
            json.writeStringProperty("createdAt", clock.instant().toString());
            json.writeStringProperty("passwords", passwords ? "include" : "exclude");
            json.writeName("nodes");
            json.writeStartArray();
            var nodes =
                    tx.run(NODES, Map.of("migrations", BackupFormat.MIGRATION_LABEL_PREFIX, "passwords", passwords));
            while (nodes.hasNext()) {
                var record = nodes.next();
                int id = ids.size();
                ids.put(record.get("elementId").asString(), id);
                boolean account = false;
                json.writeStartObject();
                json.writeNumberProperty("id", id);
                json.writeName("labels");
                json.writeStartArray();
                for (Value label : record.get("labels").values()) {
                    json.writeString(label.asString());
                    account |= label.asString().equals("User");
                }
                json.writeEndArray();
                writeProperties(json, record.get("properties"), account && !passwords);
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeName("relationships");
            json.writeStartArray();
            var rels = tx.run(RELATIONSHIPS);
            while (rels.hasNext()) {
                var record = rels.next();
                Integer start = ids.get(record.get("start").asString());
                Integer end = ids.get(record.get("end").asString());
                // An end left out (an API token without passwords) or created after the nodes were read.
                if (start == null || end == null) continue;
                json.writeStartObject();
                json.writeStringProperty("type", record.get("type").asString());
                json.writeNumberProperty("start", start);
                json.writeNumberProperty("end", end);
                writeProperties(json, record.get("properties"), false);
                json.writeEndObject();
                relationships++;
            }
            json.writeEndArray();
            json.writeName("counts");
            json.writeStartObject();
            json.writeNumberProperty("nodes", ids.size());
            json.writeNumberProperty("relationships", relationships);
            json.writeEndObject();
            json.writeEndObject();
            tx.commit();
        }
        return new Written(ids.size(), relationships);
    }

    private static void writeProperties(JsonGenerator json, Value properties, boolean withoutPasswordHash) {
        json.writeName("properties");
        json.writeStartObject();
        for (String key : properties.keys()) {
            if (withoutPasswordHash && key.equals("passwordHash")) continue;
            json.writeName(key);
            BackupFormat.write(json, properties.get(key));
        }
        json.writeEndObject();
    }
}
