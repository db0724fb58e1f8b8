package org.disputatio.authoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * The map's structure as users build it: arguments (CONCLUDES, PREMISE_OF), attacks (ATTACKS) and citations
 * (CITES), of any origin once the map is imported. Each write checks its references inside its transaction,
 * locks the item it changes, and appends its change-log entry with what undo needs (ADR 032).
 */
@Repository
class Structure {

    // Setting a property that is not there and removing it again takes the node's write lock (see evidence).
    static final String LOCK_ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            SET a.locking = true
            REMOVE a.locking
            RETURN a.id AS id
            """;
    static final String LOCK_CLAIM = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.locking = true
            REMOVE c.locking
            RETURN c.id AS id
            """;
    private static final String MAP = "OPTIONAL MATCH (m:Map {id: $mapId}) RETURN m IS NOT NULL AS found";
    private static final String CLAIMS_FOUND = """
            UNWIND $ids AS id
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: id})
            RETURN id, c IS NOT NULL AS found
            """;
    static final String ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id})-[:CONCLUDES]->(c:Claim)
            CALL (a) {
              OPTIONAL MATCH (p:Claim)-[r:PREMISE_OF]->(a)
              WITH p, r ORDER BY r.position
              RETURN [x IN collect(p.id) WHERE x IS NOT NULL] AS premises
            }
            RETURN a.id AS id, c.id AS conclusion, premises, coalesce(a.version, 1) AS version,
                   a.createdBy AS createdBy, toString(a.createdAt) AS createdAt, a.ordinal AS ordinal,
                   a.origin AS origin
            """;
    private static final String SUPPORTS = """
            MATCH (p:Claim {mapId: $mapId})-[:PREMISE_OF]->(a:Argument)-[:CONCLUDES]->(c:Claim)
            WHERE a.id <> $except
            RETURN p.id AS premise, c.id AS conclusion
            """;
    static final String CREATE_ARGUMENT = """
            MATCH (c:Claim {mapId: $mapId, id: $conclusionId})
            OPTIONAL MATCH (other:Argument {mapId: $mapId})
            WITH c, max(other.ordinal) AS last
            CREATE (a:Argument {mapId: $mapId, id: $id, ordinal: coalesce($ordinal, coalesce(last, -1) + 1),
                                origin: $origin, version: $version, createdBy: $createdBy,
                                createdAt: coalesce(datetime($createdAt), $at)})
            CREATE (a)-[:CONCLUDES {createdBy: $username}]->(c)
            WITH a
            UNWIND range(0, size($premiseIds) - 1) AS i
            MATCH (p:Claim {mapId: $mapId, id: $premiseIds[i]})
            CREATE (p)-[:PREMISE_OF {position: i, createdBy: $username}]->(a)
            """;
    static final String UNLINK_ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            CALL (a) {
              MATCH (a)-[r:CONCLUDES]->()
              DELETE r
            }
            CALL (a) {
              MATCH ()-[r:PREMISE_OF]->(a)
              DELETE r
            }
            SET a.version = coalesce(a.version, 1) + 1, a.updatedBy = $username, a.updatedAt = $at
            """;
    static final String RELINK_ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id}), (c:Claim {mapId: $mapId, id: $conclusionId})
            CREATE (a)-[:CONCLUDES {createdBy: $username}]->(c)
            WITH a
            UNWIND range(0, size($premiseIds) - 1) AS i
            MATCH (p:Claim {mapId: $mapId, id: $premiseIds[i]})
            CREATE (p)-[:PREMISE_OF {position: i, createdBy: $username}]->(a)
            """;
    // What a deleted argument takes with it and undo brings back: the ratings of its inference, the attacks on it.
    static final String RATINGS_OF = """
            MATCH (r:Rating {mapId: $mapId, itemId: $id})
            RETURN r.user AS user, r.value AS value, toString(r.at) AS at
            ORDER BY r.user
            """;
    static final String ATTACKS_ON = """
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS]->(:Argument {mapId: $mapId, id: $id})
            RETURN k.id AS id, f.id AS fromId, k.kind AS kind, k.ordinal AS ordinal, k.createdBy AS createdBy,
                   toString(k.createdAt) AS createdAt
            ORDER BY k.ordinal, k.id
            """;
    private static final String DELETE_ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            DETACH DELETE r, a
            """;
    static final String RESTORE_RATINGS = """
            UNWIND $ratings AS rating
            MATCH (u:User {username: rating.user})
            MERGE (r:Rating {key: $mapId + '/' + $id + '/' + rating.user})
            SET r.mapId = $mapId, r.itemId = $id, r.itemKind = 'Argument', r.user = rating.user,
                r.value = rating.value, r.at = datetime(rating.at)
            """;
    private static final String TARGET = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $targetId})
            OPTIONAL MATCH (a:Argument {mapId: $mapId, id: $targetId})
            RETURN c IS NOT NULL AS claim, a IS NOT NULL AS argument
            """;
    private static final String SAME_ATTACK = """
            MATCH (:Claim {mapId: $mapId, id: $fromId})-[k:ATTACKS {kind: $kind}]->(t:Claim|Argument {mapId: $mapId, id: $targetId})
            RETURN k.id AS id
            """;
    static final String CREATE_ATTACK = """
            MATCH (from:Claim {mapId: $mapId, id: $fromId})
            MATCH (to:Claim|Argument {mapId: $mapId, id: $targetId})
            OPTIONAL MATCH (:Claim {mapId: $mapId})-[other:ATTACKS]->()
            WITH from, to, max(other.ordinal) AS last
            CREATE (from)-[:ATTACKS {id: $id, kind: $kind, ordinal: coalesce($ordinal, coalesce(last, -1) + 1),
                                     createdBy: $createdBy, createdAt: coalesce(datetime($createdAt), $at)}]->(to)
            """;
    private static final String ATTACK = """
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS {id: $id}]->(t)
            WHERE t.mapId = $mapId
            RETURN k.id AS id, f.id AS fromId, t.id AS targetId, k.kind AS kind, k.ordinal AS ordinal,
                   k.createdBy AS createdBy, toString(k.createdAt) AS createdAt
            """;
    private static final String DELETE_ATTACK = """
            MATCH (:Claim {mapId: $mapId})-[k:ATTACKS {id: $id}]->()
            DELETE k
            """;
    private static final String SOURCE = """
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $sourceId})
            RETURN s IS NOT NULL AS found
            """;
    // Citations read with the essay's have no stored id: theirs is derived from their position on the claim.
    static final String CITATIONS = """
            MATCH (c:Claim {mapId: $mapId, id: $claimId})-[r:CITES]->(s:Source)
            RETURN coalesce(r.id, 'cite-' + toString(r.position)) AS id, r.id AS storedId, s.id AS sourceId,
                   r.locator AS locator, r.raw AS raw, r.position AS position, r.createdBy AS createdBy,
                   toString(r.createdAt) AS createdAt
            ORDER BY r.position
            """;
    static final String CREATE_CITATION = """
            MATCH (c:Claim {mapId: $mapId, id: $claimId}), (s:Source {mapId: $mapId, id: $sourceId})
            OPTIONAL MATCH (c)-[other:CITES]->()
            WITH c, s, max(other.position) AS last
            CREATE (c)-[:CITES {id: $id, position: coalesce($position, coalesce(last, -1) + 1), locator: $locator,
                                raw: $raw, createdBy: $createdBy, createdAt: coalesce(datetime($createdAt), $at),
                                mapKey: c.mapKey}]->(s)
            """;
    private static final String DELETE_CITATION = """
            MATCH (:Claim {mapId: $mapId, id: $claimId})-[r:CITES]->()
            WHERE coalesce(r.id, 'cite-' + toString(r.position)) = $id
            DELETE r
            """;

    private final ChangeLog changeLog;
    private final Driver driver;

    Structure(ChangeLog changeLog, Driver driver) {
        this.changeLog = changeLog;
        this.driver = driver;
    }

    // --- arguments

    void addArgument(MapId map, String id, String conclusionId, List<String> premiseIds, Editor editor, Instant at) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            requireClaims(tx, map, conclusionId, premiseIds);
            requireNoCycle(tx, map, "", conclusionId, premiseIds);
            createArgument(tx, map, id, conclusionId, premiseIds, editor, at);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ArgumentAdded,
                    editor.username(),
                    id,
                    conclusionId,
                    "Argument added for " + conclusionId + " from " + String.join(", ", premiseIds),
                    States.NONE));
            return null;
        });
    }

    /** A user's new argument (version 1), in the caller's transaction. */
    private static void createArgument(
            TransactionContext tx,
            MapId map,
            String id,
            String conclusionId,
            List<String> premiseIds,
            Editor editor,
            Instant at) {
        var params = params(map, id, editor, at);
        params.put("conclusionId", conclusionId);
        params.put("premiseIds", premiseIds);
        params.put("createdBy", editor.username());
        params.put("origin", "user");
        params.put("version", 1L);
        tx.run(CREATE_ARGUMENT, params).consume();
    }

    /**
     * A pro (ADR 032): the new claim, written by {@code writeClaim}, and an argument from it for the conclusion,
     * in one transaction with one {@link ChangeKind#ProAdded} entry (item: the claim; its argument in
     * {@code before}), so one undo removes both and a conclusion deleted meanwhile leaves nothing written.
     */
    void addPro(
            MapId map,
            String argumentId,
            String conclusionId,
            String claimId,
            String summary,
            java.util.function.Consumer<TransactionContext> writeClaim,
            Editor editor,
            Instant at) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            // Locked first: a deletion of the conclusion either committed before (404 here) or waits for this.
            if (!tx.run(LOCK_CLAIM, Map.of("mapId", map.value(), "id", conclusionId))
                    .hasNext()) {
                throw new UnknownItemException("claim", conclusionId);
            }
            writeClaim.accept(tx);
            createArgument(tx, map, argumentId, conclusionId, List.of(claimId), editor, at);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ProAdded,
                    editor.username(),
                    claimId,
                    conclusionId,
                    summary,
                    States.json(Map.of("argumentId", argumentId))));
            return null;
        });
    }

    void editArgument(
            MapId map,
            String id,
            long expectedVersion,
            String conclusionId,
            List<String> premiseIds,
            Editor editor,
            Instant at) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            var before = lockedArgument(tx, map, id, editor);
            long version = ((Number) before.get("version")).longValue();
            if (version != expectedVersion) {
                throw new ConcurrentEditException(id, expectedVersion, version);
            }
            requireClaims(tx, map, conclusionId, premiseIds);
            requireNoCycle(tx, map, id, conclusionId, premiseIds);
            var params = params(map, id, editor, at);
            params.put("conclusionId", conclusionId);
            params.put("premiseIds", premiseIds);
            tx.run(UNLINK_ARGUMENT, params).consume();
            tx.run(RELINK_ARGUMENT, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ArgumentEdited,
                    editor.username(),
                    id,
                    conclusionId,
                    "Argument " + id + " now for " + conclusionId + " from " + String.join(", ", premiseIds),
                    States.json(before)));
            return null;
        });
    }

    void deleteArgument(MapId map, String id, @Nullable Long expectedVersion, Editor editor) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            var before = lockedArgument(tx, map, id, editor);
            long version = ((Number) before.get("version")).longValue();
            if (expectedVersion != null && version != expectedVersion) {
                throw new ConcurrentEditException(id, expectedVersion, version);
            }
            var item = Map.<String, Object>of("mapId", map.value(), "id", id);
            before.put("ratings", tx.run(RATINGS_OF, item).list(r -> r.asMap()));
            before.put("attacks", tx.run(ATTACKS_ON, item).list(r -> r.asMap()));
            tx.run(DELETE_ARGUMENT, item).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ArgumentDeleted,
                    editor.username(),
                    id,
                    (String) before.get("conclusion"),
                    "Argument " + id + " deleted (for " + before.get("conclusion") + ")",
                    States.json(before)));
            return null;
        });
    }

    Optional<ArgumentItem> argument(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> argumentState(tx, map, id).map(Structure::item));
        }
    }

    /** The argument's state as the log keeps it, after taking its lock; refuses a user without the right. */
    private static Map<String, Object> lockedArgument(TransactionContext tx, MapId map, String id, Editor editor) {
        if (tx.run(LOCK_ARGUMENT, Map.of("mapId", map.value(), "id", id)).list().isEmpty()) {
            throw new UnknownItemException("argument", id);
        }
        var state = argumentState(tx, map, id).orElseThrow(() -> new UnknownItemException("argument", id));
        if (!editor.mayChange((String) state.get("createdBy"))) {
            throw new AccessDeniedException(
                    "Only whoever made argument " + id + ", the map's owner or an admin may change or delete it.");
        }
        return state;
    }

    static Optional<Map<String, Object>> argumentState(TransactionContext tx, MapId map, String id) {
        return tx.run(ARGUMENT, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(r -> new HashMap<>(r.asMap()));
    }

    @SuppressWarnings("unchecked")
    private static ArgumentItem item(Map<String, Object> state) {
        return new ArgumentItem(
                (String) state.get("id"),
                (String) state.get("conclusion"),
                List.copyOf((List<String>) state.get("premises")),
                ((Number) state.get("version")).longValue(),
                (String) state.get("createdBy"));
    }

    /** Refuses an unknown conclusion or premise (400, naming the field: they come in the request's body). */
    static void requireClaims(TransactionContext tx, MapId map, String conclusionId, List<String> premiseIds) {
        var ids = new ArrayList<String>();
        ids.add(conclusionId);
        ids.addAll(premiseIds);
        var missing = new LinkedHashSet<String>();
        tx.run(CLAIMS_FOUND, Map.of("mapId", map.value(), "ids", ids)).forEachRemaining(r -> {
            if (!r.get("found").asBoolean()) missing.add(r.get("id").asString());
        });
        if (missing.contains(conclusionId)) {
            throw InvalidInputException.of("conclusionId", "disputatio.argument.unknownClaim", conclusionId);
        }
        if (!missing.isEmpty()) {
            throw InvalidInputException.of("premiseIds", "disputatio.argument.unknownClaim", missing.getFirst());
        }
    }

    /** Refuses an argument whose conclusion already supports one of its premises (ignoring {@code except}). */
    private static void requireNoCycle(
            TransactionContext tx, MapId map, String except, String conclusionId, List<String> premiseIds) {
        var graph = new SupportGraph();
        tx.run(SUPPORTS, Map.of("mapId", map.value(), "except", except))
                .forEachRemaining(r -> graph.add(
                        r.get("premise").asString(), r.get("conclusion").asString()));
        graph.chain(conclusionId, Set.copyOf(premiseIds)).ifPresent(chain -> {
            chain.add(conclusionId);
            throw InvalidInputException.of(
                    "premiseIds", "disputatio.argument.cycle", conclusionId, String.join(" → ", chain));
        });
    }

    // --- attacks

    void addAttack(MapId map, String id, String fromId, String targetId, String kind, Editor editor, Instant at) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            var params = params(map, id, editor, at);
            params.put("fromId", fromId);
            params.put("targetId", targetId);
            params.put("kind", kind);
            params.put("createdBy", editor.username());
            var found = tx.run(CLAIMS_FOUND, Map.of("mapId", map.value(), "ids", List.of(fromId)))
                    .single();
            if (!found.get("found").asBoolean()) {
                throw InvalidInputException.of("fromId", "disputatio.argument.unknownClaim", fromId);
            }
            var target = tx.run(TARGET, params).single();
            boolean isClaim = target.get("claim").asBoolean();
            boolean isArgument = target.get("argument").asBoolean();
            if (!isClaim && !isArgument) {
                throw InvalidInputException.of("targetId", "disputatio.attack.unknownTarget", targetId);
            }
            if (kind.equals("undercut") && !isArgument) {
                throw InvalidInputException.of("kind", "disputatio.attack.undercutNeedsArgument", targetId);
            }
            if (!kind.equals("undercut") && !isClaim) {
                throw InvalidInputException.of("kind", "disputatio.attack.needsClaim", kind, targetId);
            }
            tx.run(SAME_ATTACK, params).stream().findFirst().ifPresent(r -> {
                throw InvalidInputException.of(
                        "targetId", "disputatio.attack.duplicate", r.get("id").asString());
            });
            tx.run(CREATE_ATTACK, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AttackAdded,
                    editor.username(),
                    id,
                    targetId,
                    "Attack added: " + fromId + " " + kind + "s " + targetId,
                    States.NONE));
            return null;
        });
    }

    void deleteAttack(MapId map, String id, Editor editor) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            var item = Map.<String, Object>of("mapId", map.value(), "id", id);
            var before = tx.run(ATTACK, item).stream()
                    .findFirst()
                    .map(r -> new HashMap<>(r.asMap()))
                    .orElseThrow(() -> new UnknownItemException("attack", id));
            // The attacking claim's lock: undoing the deletion links it again.
            tx.run(LOCK_CLAIM, Map.of("mapId", map.value(), "id", before.get("fromId")))
                    .consume();
            if (!editor.mayChange((String) before.get("createdBy"))) {
                throw new AccessDeniedException(
                        "Only whoever made attack " + id + ", the map's owner or an admin may delete it.");
            }
            tx.run(DELETE_ATTACK, item).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AttackDeleted,
                    editor.username(),
                    id,
                    (String) before.get("targetId"),
                    "Attack " + id + " deleted (" + before.get("fromId") + " " + before.get("kind") + "s "
                            + before.get("targetId") + ")",
                    States.json(before)));
            return null;
        });
    }

    Optional<AttackItem> attack(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ATTACK, Map.of("mapId", map.value(), "id", id)).stream()
                    .findFirst()
                    .map(r -> new AttackItem(
                            r.get("id").asString(),
                            r.get("fromId").asString(),
                            r.get("targetId").asString(),
                            r.get("kind").asString(),
                            nullable(r.get("createdBy")))));
        }
    }

    // --- citations

    void cite(
            MapId map,
            String claimId,
            String id,
            String sourceId,
            @Nullable String locator,
            Editor editor,
            Instant at) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            if (tx.run(LOCK_CLAIM, Map.of("mapId", map.value(), "id", claimId))
                    .list()
                    .isEmpty()) {
                throw new UnknownItemException("claim", claimId);
            }
            if (!tx.run(SOURCE, Map.of("mapId", map.value(), "sourceId", sourceId))
                    .single()
                    .get("found")
                    .asBoolean()) {
                throw InvalidInputException.of("sourceId", "disputatio.citation.unknownSource", sourceId);
            }
            var params = params(map, id, editor, at);
            params.put("claimId", claimId);
            params.put("sourceId", sourceId);
            params.put("locator", locator);
            params.put("raw", locator == null ? "" : locator);
            params.put("createdBy", editor.username());
            tx.run(CREATE_CITATION, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.CitationAdded,
                    editor.username(),
                    id,
                    claimId,
                    "Citation added: " + claimId + " cites " + sourceId + (locator == null ? "" : ", " + locator),
                    States.NONE));
            return null;
        });
    }

    void uncite(MapId map, String claimId, String id, Editor editor) {
        changeLog.write((tx, entries) -> {
            requireMap(tx, map);
            if (tx.run(LOCK_CLAIM, Map.of("mapId", map.value(), "id", claimId))
                    .list()
                    .isEmpty()) {
                throw new UnknownItemException("claim", claimId);
            }
            var before = citationsOf(tx, map, claimId).stream()
                    .filter(c -> id.equals(c.get("id")))
                    .findFirst()
                    .orElseThrow(() -> new UnknownItemException("citation", id));
            if (!editor.mayChange((String) before.get("createdBy"))) {
                throw new AccessDeniedException(
                        "Only whoever added citation " + id + ", the map's owner or an admin may delete it.");
            }
            tx.run(DELETE_CITATION, Map.of("mapId", map.value(), "claimId", claimId, "id", id))
                    .consume();
            before.put("claimId", claimId);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.CitationDeleted,
                    editor.username(),
                    id,
                    claimId,
                    "Citation " + id + " of " + claimId + " deleted (" + before.get("sourceId") + ")",
                    States.json(before)));
            return null;
        });
    }

    List<CitationItem> citations(MapId map, String claimId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> citationsOf(tx, map, claimId).stream()
                    .map(c -> new CitationItem(
                            (String) c.get("id"),
                            claimId,
                            (String) c.get("sourceId"),
                            (String) c.get("locator"),
                            (String) c.get("createdBy")))
                    .toList());
        }
    }

    static List<Map<String, @Nullable Object>> citationsOf(TransactionContext tx, MapId map, String claimId) {
        return tx.run(CITATIONS, Map.of("mapId", map.value(), "claimId", claimId))
                .list(r -> new HashMap<String, @Nullable Object>(r.asMap()));
    }

    // --- shared

    /** The new claim's first attack (the one a con just created), as the change log names it. */
    Optional<String> attackFrom(MapId map, String claimId, String targetId) {
        try (var session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run("""
                            MATCH (:Claim {mapId: $mapId, id: $claimId})-[k:ATTACKS]->(t {mapId: $mapId, id: $targetId})
                            RETURN k.id AS id ORDER BY k.ordinal LIMIT 1
                            """, Map.of("mapId", map.value(), "claimId", claimId, "targetId", targetId)).stream()
                            .findFirst()
                            .map(r -> r.get("id").asString()));
        }
    }

    /** Whether the map holds a claim with this id. */
    boolean hasClaim(MapId map, String claimId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CLAIMS_FOUND, Map.of("mapId", map.value(), "ids", List.of(claimId)))
                    .single()
                    .get("found")
                    .asBoolean());
        }
    }

    private static void requireMap(TransactionContext tx, MapId map) {
        if (!tx.run(MAP, Map.of("mapId", map.value())).single().get("found").asBoolean()) {
            throw new UnknownMapException(map);
        }
    }

    private static HashMap<String, @Nullable Object> params(MapId map, String id, Editor editor, Instant at) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", map.value());
        params.put("id", id);
        params.put("username", editor.username());
        params.put("at", at.atZone(ZoneOffset.UTC));
        params.put("ordinal", null);
        params.put("origin", null);
        params.put("createdAt", null);
        params.put("position", null);
        return params;
    }

    private static @Nullable String nullable(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
