package org.disputatio.authoring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * A piece of the graph around claims, kept as plain data so that undo can put it back exactly: its nodes
 * with their labels and properties, and every relationship that touches them, the far end named by its label
 * and id. Deleting, merging and splitting claims keep such a piece in the change log (ADR 035), so that undo
 * restores what they removed, whatever labels other modules hang on a claim later.
 */
final class ClaimGraph {

    /** The claims and their anchors. */
    private static final String CLAIMS = """
            MATCH (c:Claim {mapId: $mapId}) WHERE c.id IN $ids
            RETURN elementId(c) AS id
            UNION
            MATCH (c:Claim {mapId: $mapId})-[:ANCHORED_BY]->(a:Anchor) WHERE c.id IN $ids
            RETURN elementId(a) AS id
            """;

    /**
     * What deleting a claim removes: the claim, its anchors, the evidence about it (with their anchors and
     * ratings), the arguments it concludes or is the lone premise of (with their ratings).
     */
    private static final String DELETION = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            WITH c,
                 COLLECT { MATCH (c)-[:ANCHORED_BY]->(x:Anchor) RETURN x } AS anchors,
                 COLLECT { MATCH (x:Evidence)-[:ABOUT]->(c) RETURN x } AS evidence,
                 COLLECT {
                   MATCH (x:Argument)-[:CONCLUDES]->(c) RETURN x
                   UNION
                   MATCH (c)-[:PREMISE_OF]->(x:Argument) WHERE COUNT { (:Claim)-[:PREMISE_OF]->(x) } = 1 RETURN x
                 } AS arguments
            WITH c, anchors, evidence, arguments,
                 COLLECT { UNWIND evidence AS e MATCH (e)-[:ANCHORED_BY]->(x:Anchor) RETURN x } AS evidenceAnchors,
                 COLLECT {
                   UNWIND evidence + arguments AS item
                   MATCH (r:Rating {mapId: $mapId, itemId: item.id})
                   RETURN r
                 } AS ratings
            RETURN [x IN [c] + anchors + evidence + evidenceAnchors + arguments + ratings | elementId(x)] AS ids,
                   [x IN arguments | x.id] AS arguments, [x IN evidence | x.id] AS evidence
            """;

    private static final String NODES = """
            MATCH (n) WHERE elementId(n) IN $ids
            RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties
            """;
    private static final String RELATIONSHIPS = """
            MATCH (a)-[r]->(b) WHERE elementId(a) IN $ids OR elementId(b) IN $ids
            RETURN elementId(r) AS rid, type(r) AS type, properties(r) AS properties,
                   elementId(a) AS a, head(labels(a)) AS aLabel, a.id AS aId,
                   elementId(b) AS b, head(labels(b)) AS bLabel, b.id AS bId
            """;
    private static final String DELETE = """
            MATCH (n) WHERE elementId(n) IN $ids
            DETACH DELETE n
            """;
    private static final String CREATE_NODE = """
            CREATE (n:$($labels))
            SET n = $properties
            RETURN elementId(n) AS id
            """;
    private static final String FIND = """
            MATCH (n:$($label) {mapId: $mapId, id: $id})
            RETURN elementId(n) AS id
            """;
    private static final String CREATE_RELATIONSHIP = """
            MATCH (a) WHERE elementId(a) = $a
            MATCH (b) WHERE elementId(b) = $b
            CREATE (a)-[r:$($type)]->(b)
            SET r = $properties
            """;

    /** What {@link #deletion} found. */
    record Deletion(List<String> elementIds, List<String> arguments, List<String> evidence) {}

    private ClaimGraph() {}

    /** The element ids of the claims and their anchors. */
    static List<String> claims(TransactionContext tx, MapId map, List<String> claimIds) {
        return tx.run(CLAIMS, Map.of("mapId", map.value(), "ids", claimIds))
                .list(r -> r.get("id").asString());
    }

    static Deletion deletion(TransactionContext tx, MapId map, String claimId) {
        var row = tx.run(DELETION, Map.of("mapId", map.value(), "id", claimId)).single();
        return new Deletion(
                row.get("ids").asList(Value::asString),
                row.get("arguments").asList(Value::asString),
                row.get("evidence").asList(Value::asString));
    }

    /** The nodes and every relationship touching them, as JSON-ready data. */
    static Map<String, Object> capture(TransactionContext tx, List<String> elementIds) {
        var refs = new HashMap<String, Integer>();
        var nodes = new ArrayList<Map<String, Object>>();
        for (var r : tx.run(NODES, Map.of("ids", elementIds)).list()) {
            refs.put(r.get("id").asString(), nodes.size());
            var node = new LinkedHashMap<String, Object>();
            node.put("labels", r.get("labels").asList(Value::asString));
            node.put("properties", plain(r.get("properties").asMap()));
            nodes.add(node);
        }
        var relationships = new ArrayList<Map<String, Object>>();
        for (var r : tx.run(RELATIONSHIPS, Map.of("ids", elementIds)).list()) {
            var relationship = new LinkedHashMap<String, Object>();
            relationship.put("type", r.get("type").asString());
            relationship.put("properties", plain(r.get("properties").asMap()));
            relationship.put("from", end(refs, r.get("a"), r.get("aLabel"), r.get("aId")));
            relationship.put("to", end(refs, r.get("b"), r.get("bLabel"), r.get("bId")));
            relationships.add(relationship);
        }
        return Map.of("nodes", nodes, "relationships", relationships);
    }

    static void delete(TransactionContext tx, List<String> elementIds) {
        tx.run(DELETE, Map.of("ids", elementIds)).consume();
    }

    /**
     * Creates the captured nodes again with the same labels and properties, and their relationships.
     *
     * @throws UndoConflictException if a node outside the piece that a relationship led to is gone
     */
    @SuppressWarnings("unchecked")
    static void restore(TransactionContext tx, MapId map, Map<String, Object> captured) {
        var created = new ArrayList<String>();
        for (var node : (List<Map<String, Object>>) captured.get("nodes")) {
            var params = new HashMap<String, Object>();
            params.put("labels", node.get("labels"));
            params.put("properties", typed((Map<String, Object>) node.get("properties")));
            created.add(tx.run(CREATE_NODE, params).single().get("id").asString());
        }
        for (var relationship : (List<Map<String, Object>>) captured.get("relationships")) {
            var params = new HashMap<String, Object>();
            params.put("type", relationship.get("type"));
            params.put("properties", typed((Map<String, Object>) relationship.get("properties")));
            params.put("a", find(tx, map, created, (Map<String, Object>) relationship.get("from")));
            params.put("b", find(tx, map, created, (Map<String, Object>) relationship.get("to")));
            tx.run(CREATE_RELATIONSHIP, params).consume();
        }
    }

    /**
     * A digest of the nodes' labels and properties and of the relationships touching them, independent of
     * element ids: undo compares it with the one taken right after the change, to see whether anything was
     * changed or added there since.
     */
    static String fingerprint(TransactionContext tx, List<String> elementIds) {
        var lines = new ArrayList<String>();
        var keys = new HashMap<String, String>();
        for (var r : tx.run(NODES, Map.of("ids", elementIds)).list()) {
            String line = r.get("labels").asList(Value::asString) + " "
                    + new TreeMap<>(r.get("properties").asMap());
            keys.put(r.get("id").asString(), line);
            lines.add(line);
        }
        for (var r : tx.run(RELATIONSHIPS, Map.of("ids", elementIds)).list()) {
            lines.add(key(keys, r.get("a"), r.get("aLabel"), r.get("aId")) + " -["
                    + r.get("type").asString()
                    + new TreeMap<>(r.get("properties").asMap()) + "]-> "
                    + key(keys, r.get("b"), r.get("bLabel"), r.get("bId")));
        }
        lines.sort(null);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String key(Map<String, String> inside, Value element, Value label, Value id) {
        String line = inside.get(element.asString());
        return line != null ? "(" + line + ")" : "(" + label.asString("") + " " + id.asString("") + ")";
    }

    private static Map<String, Object> end(Map<String, Integer> refs, Value element, Value label, Value id) {
        Integer ref = refs.get(element.asString());
        if (ref != null) {
            return Map.of("node", ref);
        }
        if (id.isNull()) {
            throw new IllegalStateException("A " + label.asString("node") + " without id touches a claim being"
                    + " changed; it could not be restored, so the change is refused.");
        }
        return Map.of("label", label.asString(), "id", id.asString());
    }

    private static String find(TransactionContext tx, MapId map, List<String> created, Map<String, Object> end) {
        Object ref = end.get("node");
        if (ref != null) {
            return created.get(((Number) ref).intValue());
        }
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("label", end.get("label"));
        params.put("id", end.get("id"));
        return tx.run(FIND, params).stream()
                .findFirst()
                .map(r -> r.get("id").asString())
                .orElseThrow(() -> new UndoConflictException("The " + end.get("label") + " " + end.get("id")
                        + " it was linked to no longer exists; the change cannot be undone."));
    }

    /** Temporal values as tagged strings, so that JSON keeps their type. */
    private static Map<String, Object> plain(Map<String, Object> properties) {
        var plain = new TreeMap<String, Object>();
        properties.forEach((key, value) -> plain.put(
                key,
                switch (value) {
                    case ZonedDateTime t -> Map.of("$datetime", t.toString());
                    case OffsetDateTime t ->
                        Map.of("$datetime", t.toZonedDateTime().toString());
                    case LocalDateTime t -> Map.of("$localdatetime", t.toString());
                    case LocalDate t -> Map.of("$date", t.toString());
                    default -> value;
                }));
        return plain;
    }

    private static Map<String, @Nullable Object> typed(Map<String, Object> properties) {
        var typed = new HashMap<String, @Nullable Object>();
        properties.forEach((key, value) ->
                typed.put(key, value instanceof Map<?, ?> tagged ? temporal(tagged) : value));
        return typed;
    }

    private static Object temporal(Map<?, ?> tagged) {
        if (tagged.get("$datetime") instanceof String s) {
            return ZonedDateTime.parse(s);
        }
        if (tagged.get("$localdatetime") instanceof String s) {
            return LocalDateTime.parse(s);
        }
        if (tagged.get("$date") instanceof String s) {
            return LocalDate.parse(s);
        }
        throw new IllegalStateException("Not a stored property value: " + tagged);
    }
}
