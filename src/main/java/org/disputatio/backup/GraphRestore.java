package org.disputatio.backup;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.backup.BackupFormat.Position;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.Neo4jException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Reads a backup file as a stream and writes it in batches inside ONE transaction: either the whole file is in
 * the database when it commits, or, on the first fault (in the file or refused by the database), nothing is.
 * Neo4j holds the transaction's changes in memory until the commit, so the heap bounds the largest restore
 * (README "Backup and restore"); past it Neo4j stops the transaction, or the caller's check between batches
 * ({@link HeapWatch}) does, which {@link RestoreOutOfMemoryException} reports. Accounts merge by user name with those already there.
 */
final class GraphRestore {

    /** Size of the UNWIND batches: large enough to be fast, small enough for modest parameter maps. */
    static final int BATCH = 1000;

    static final String NOT_EMPTY = """
            MATCH (n)
            WHERE NOT n:User AND NOT n:ApiToken AND NOT any(l IN labels(n) WHERE l STARTS WITH $migrations)
            RETURN count(n) AS count
            """;

    static final String EXISTING_ACCOUNTS = "MATCH (u:User) RETURN u.username AS username";

    static final String CREATE_NODES = """
            UNWIND $rows AS row
            CREATE (n)
            SET n:$(row.labels)
            SET n = row.properties
            RETURN row.id AS id, elementId(n) AS elementId
            """;

    // An account already in the database keeps its password hash unless the backup has one.
    static final String MERGE_ACCOUNTS = """
            UNWIND $rows AS row
            MERGE (u:User {username: row.properties.username})
            ON CREATE SET u = row.properties, u.passwordHash = coalesce(row.properties.passwordHash, $unusable)
            ON MATCH SET u += row.properties
            SET u:$(row.labels)
            RETURN row.id AS id, elementId(u) AS elementId
            """;

    static final String CREATE_RELATIONSHIPS = """
            UNWIND $rows AS row
            MATCH (a) WHERE elementId(a) = row.start
            MATCH (b) WHERE elementId(b) = row.end
            CREATE (a)-[r:$(row.type)]->(b)
            SET r = row.properties
            RETURN count(r) AS created
            """;

    /**
     * The password hash of an account restored without one: a bcrypt marker no password can match (Spring's
     * BCrypt encoder refuses it as malformed), until an admin sets a password.
     */
    static final String UNUSABLE_PASSWORD = "{bcrypt}restored-without-password";

    private GraphRestore() {}

    /** Restores {@code file}; {@code betweenBatches} runs before each batch and may stop the restore by throwing. */
    static RestoreReport restore(Driver driver, InputStream file, Runnable betweenBatches) {
        try (var session = driver.session();
                var tx = session.beginTransaction()) {
            long present = tx.run(NOT_EMPTY, Map.of("migrations", BackupFormat.MIGRATION_LABEL_PREFIX))
                    .single()
                    .get("count")
                    .asLong();
            if (present > 0) throw new DatabaseNotEmptyException(present);
            Set<String> accountsBefore = new HashSet<>(
                    tx.run(EXISTING_ACCOUNTS).list(r -> r.get("username").asString()));
            RestoreReport report;
            try (JsonParser in = BackupFormat.JSON.createParser(file)) {
                report = new Reader(in, tx, accountsBefore, betweenBatches).read();
            } catch (StreamReadException e) {
                var at = e.getLocation();
                throw new BackupFileException(
                        "The file is not valid JSON"
                                + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")")
                                + ": " + e.getOriginalMessage(),
                        at == null ? 0 : at.getLineNr(),
                        at == null ? 0 : at.getColumnNr(),
                        "",
                        true,
                        e);
            } catch (Neo4jException e) {
                if (outOfMemory(e)) {
                    throw RestoreOutOfMemoryException.stoppedByNeo4j(
                            Runtime.getRuntime().maxMemory(), e.code(), e);
                }
                if (!(e instanceof ClientException)) throw e;
                throw new BackupFileException(
                        "The database refused the file's content: " + e.getMessage(), 0, 0, "", false, e);
            } catch (JacksonIOException e) {
                if (e.getCause() instanceof java.io.IOException io
                        && io.getCause() instanceof RestoreTooLargeException tooLarge) {
                    throw tooLarge;
                }
                throw e;
            }
            try {
                tx.commit();
            } catch (Neo4jException e) {
                if (outOfMemory(e)) {
                    throw RestoreOutOfMemoryException.stoppedByNeo4j(
                            Runtime.getRuntime().maxMemory(), e.code(), e);
                }
                throw e;
            }
            return report;
        }
    }

    /**
     * Whether Neo4j refused the transaction for its size: past {@code db.memory.transaction.max} or the share of
     * the heap all transactions may take ({@code dbms.memory.transaction.total.max}, 70% of the heap by default),
     * or out of heap itself. Retrying cannot help (so not the 503 of an overload), a larger heap can.
     */
    static boolean outOfMemory(Neo4jException e) {
        String code = e.code();
        return code != null && (code.endsWith("OutOfMemoryError") || code.endsWith("TransactionMemoryLimit"));
    }

    /** The file, read token by token. */
    private static final class Reader {
        private final JsonParser in;
        private final Transaction tx;
        private final Set<String> accountsBefore;
        private final Runnable betweenBatches;
        /** The element id in this database of each node of the file, by its number in the file. */
        private final List<String> elementIds = new ArrayList<>();

        private final Set<String> maps = new TreeSet<>();
        private final Set<String> withoutPassword = new TreeSet<>();
        private final List<Map<String, Object>> nodes = new ArrayList<>();
        private final List<Map<String, Object>> accounts = new ArrayList<>();
        private final List<Map<String, Object>> relationships = new ArrayList<>();
        private int relationshipCount;

        Reader(JsonParser in, Transaction tx, Set<String> accountsBefore, Runnable betweenBatches) {
            this.in = in;
            this.tx = tx;
            this.accountsBefore = accountsBefore;
            this.betweenBatches = betweenBatches;
        }

        RestoreReport read() {
            Position top = new Position(in, "");
            if (in.nextToken() != JsonToken.START_OBJECT) throw top.invalid("a JSON object");
            String format = null;
            Long version = null;
            boolean sawNodes = false, sawRelationships = false;
            Map<String, Long> counts = null;
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = in.currentName();
                Position at = top.field(name);
                in.nextToken();
                switch (name) {
                    case "format" -> {
                        format = in.currentToken() == JsonToken.VALUE_STRING ? in.getString() : null;
                        if (!BackupFormat.FORMAT.equals(format)) throw at.invalid("\"" + BackupFormat.FORMAT + "\"");
                    }
                    case "version" -> {
                        if (in.currentToken() != JsonToken.VALUE_NUMBER_INT
                                || in.getLongValue() != BackupFormat.VERSION) {
                            throw at.invalid("version " + BackupFormat.VERSION
                                    + " (this Disputatio reads version 1 backups only)");
                        }
                        version = in.getLongValue();
                    }
                    case "$schema", "createdAt", "passwords" -> {
                        if (in.currentToken() != JsonToken.VALUE_STRING) throw at.invalid("text");
                    }
                    case "nodes" -> {
                        header(format, version, at);
                        readNodes(at);
                        sawNodes = true;
                    }
                    case "relationships" -> {
                        header(format, version, at);
                        if (!sawNodes) throw at.invalid("\"nodes\" before \"relationships\"");
                        readRelationships(at);
                        sawRelationships = true;
                    }
                    case "counts" -> counts = readCounts(at);
                    default -> throw at.invalid("no property '" + name + "' in a backup file");
                }
            }
            if (in.currentToken() != JsonToken.END_OBJECT) throw top.invalid("the end of the backup object");
            if (in.nextToken() != null) throw top.invalid("nothing after the backup object");
            if (!sawNodes || !sawRelationships) throw top.invalid("both \"nodes\" and \"relationships\"");
            if (counts != null
                    && (counts.getOrDefault("nodes", -1L) != elementIds.size()
                            || counts.getOrDefault("relationships", -1L) != relationshipCount)) {
                throw top.field("counts")
                        .invalid("the numbers of nodes and relationships the file holds (" + elementIds.size() + ", "
                                + relationshipCount + ")");
            }
            return new RestoreReport(
                    elementIds.size(), relationshipCount, List.copyOf(maps), List.copyOf(withoutPassword));
        }

        private void header(String format, Long version, Position at) {
            if (format == null || version == null) {
                throw at.invalid("\"format\" and \"version\" first, so a reader knows the file before its content");
            }
        }

        private void readNodes(Position at) {
            if (in.currentToken() != JsonToken.START_ARRAY) throw at.invalid("a list of nodes");
            while (in.nextToken() != JsonToken.END_ARRAY) {
                Position node = at.index(elementIds.size() + nodes.size() + accounts.size());
                if (in.currentToken() != JsonToken.START_OBJECT) throw node.invalid("a node object");
                Long id = null;
                List<String> labels = null;
                Map<String, Object> properties = null;
                while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = in.currentName();
                    Position field = node.field(name);
                    in.nextToken();
                    switch (name) {
                        case "id" -> {
                            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) throw field.invalid("a whole number");
                            id = in.getLongValue();
                        }
                        case "labels" -> labels = readLabels(field);
                        case "properties" -> properties = readProperties(field);
                        default -> throw field.invalid("no property '" + name + "' in a node");
                    }
                }
                long expected = elementIds.size() + nodes.size() + accounts.size();
                if (id == null || id != expected) throw node.field("id").invalid("the node's number, " + expected);
                if (labels == null || properties == null) throw node.invalid("a node with its labels and properties");
                var row = new LinkedHashMap<String, Object>();
                row.put("id", id);
                row.put("labels", labels);
                row.put("properties", properties);
                if (labels.contains("User")) {
                    if (!(properties.get("username") instanceof String username)) {
                        throw node.field("properties").invalid("an account with its username");
                    }
                    if (!properties.containsKey("passwordHash") && !accountsBefore.contains(username)) {
                        withoutPassword.add(username);
                    }
                    accounts.add(row);
                } else {
                    if (labels.contains("Map") && properties.get("id") instanceof String mapId) maps.add(mapId);
                    nodes.add(row);
                }
                if (nodes.size() + accounts.size() >= BATCH) flushNodes();
            }
            flushNodes();
        }

        private void flushNodes() {
            betweenBatches.run();
            // Creations and merges keep the file's order of numbers: both batches are written, then sorted in.
            Map<Long, String> created = new HashMap<>();
            if (!nodes.isEmpty()) {
                tx.run(CREATE_NODES, Map.of("rows", nodes))
                        .forEachRemaining(r -> created.put(
                                r.get("id").asLong(), r.get("elementId").asString()));
            }
            if (!accounts.isEmpty()) {
                tx.run(MERGE_ACCOUNTS, Map.of("rows", accounts, "unusable", UNUSABLE_PASSWORD))
                        .forEachRemaining(r -> created.put(
                                r.get("id").asLong(), r.get("elementId").asString()));
            }
            int n = nodes.size() + accounts.size();
            for (int i = 0; i < n; i++) {
                String elementId = created.get((long) elementIds.size());
                if (elementId == null) throw new IllegalStateException("A node of the batch was not created");
                elementIds.add(elementId);
            }
            nodes.clear();
            accounts.clear();
        }

        private void readRelationships(Position at) {
            if (in.currentToken() != JsonToken.START_ARRAY) throw at.invalid("a list of relationships");
            while (in.nextToken() != JsonToken.END_ARRAY) {
                Position rel = at.index(relationshipCount + relationships.size());
                if (in.currentToken() != JsonToken.START_OBJECT) throw rel.invalid("a relationship object");
                String type = null;
                String start = null, end = null;
                Map<String, Object> properties = null;
                while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                    String name = in.currentName();
                    Position field = rel.field(name);
                    in.nextToken();
                    switch (name) {
                        case "type" -> {
                            if (in.currentToken() != JsonToken.VALUE_STRING
                                    || in.getString().isEmpty()) {
                                throw field.invalid("the relationship's type");
                            }
                            type = in.getString();
                        }
                        case "start" -> start = node(field);
                        case "end" -> end = node(field);
                        case "properties" -> properties = readProperties(field);
                        default -> throw field.invalid("no property '" + name + "' in a relationship");
                    }
                }
                if (type == null || start == null || end == null || properties == null) {
                    throw rel.invalid("a relationship with its type, start, end and properties");
                }
                relationships.add(Map.of("type", type, "start", start, "end", end, "properties", properties));
                if (relationships.size() >= BATCH) flushRelationships();
            }
            flushRelationships();
        }

        private String node(Position at) {
            if (in.currentToken() != JsonToken.VALUE_NUMBER_INT) throw at.invalid("a node's number");
            long n = in.getLongValue();
            if (n < 0 || n >= elementIds.size()) throw at.invalid("the number of a node of the file, not " + n);
            return elementIds.get((int) n);
        }

        private void flushRelationships() {
            if (relationships.isEmpty()) return;
            betweenBatches.run();
            long created = tx.run(CREATE_RELATIONSHIPS, Map.of("rows", relationships))
                    .single()
                    .get("created")
                    .asLong();
            if (created != relationships.size()) throw new IllegalStateException("A relationship was not created");
            relationshipCount += relationships.size();
            relationships.clear();
        }

        private List<String> readLabels(Position at) {
            if (in.currentToken() != JsonToken.START_ARRAY) throw at.invalid("a list of labels");
            List<String> labels = new ArrayList<>();
            while (in.nextToken() != JsonToken.END_ARRAY) {
                if (in.currentToken() != JsonToken.VALUE_STRING
                        || in.getString().isEmpty()) {
                    throw at.index(labels.size()).invalid("a label");
                }
                String label = in.getString();
                if (label.startsWith(BackupFormat.MIGRATION_LABEL_PREFIX)) {
                    throw at.index(labels.size()).invalid("a label of content, not the migrations' " + label);
                }
                labels.add(label);
            }
            return labels;
        }

        private Map<String, Object> readProperties(Position at) {
            if (in.currentToken() != JsonToken.START_OBJECT) throw at.invalid("an object of properties");
            Map<String, Object> properties = new LinkedHashMap<>();
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = in.currentName();
                in.nextToken();
                properties.put(name, BackupFormat.read(in, at.field(name)));
            }
            return properties;
        }

        private Map<String, Long> readCounts(Position at) {
            if (in.currentToken() != JsonToken.START_OBJECT) throw at.invalid("an object of counts");
            Map<String, Long> counts = new HashMap<>();
            while (in.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = in.currentName();
                in.nextToken();
                if (in.currentToken() != JsonToken.VALUE_NUMBER_INT)
                    throw at.field(name).invalid("a whole number");
                counts.put(name, in.getLongValue());
            }
            return counts;
        }
    }
}
