package org.disputatio.authoring;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Undoes authoring's changes from the state the log kept: an added argument, attack or citation is removed
 * (an argument only while nothing rests on it), an edited argument gets its conclusion and premises back, and
 * a deleted one comes back with its premises, the ratings of its inference and the attacks on it; a deleted
 * attack or citation comes back with its id.
 */
@Component
class StructureReversals implements ChangeReverser {

    private static final String LOCK_ATTACK_SOURCE = """
            MATCH (c:Claim {mapId: $mapId})-[:ATTACKS {id: $id}]->()
            SET c.locking = true
            REMOVE c.locking
            """;
    static final String ARGUMENT_DEPENDENTS = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            OPTIONAL MATCH (f:Claim)-[k:ATTACKS]->(a)
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            RETURN [x IN collect(DISTINCT k.id) WHERE x IS NOT NULL] AS attacks, count(DISTINCT r) AS ratings
            """;
    static final String DELETE_ARGUMENT = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            DETACH DELETE a
            """;
    private static final String ARGUMENT_EXISTS = """
            OPTIONAL MATCH (a:Argument {mapId: $mapId, id: $id})
            RETURN a IS NOT NULL AS found
            """;
    private static final String DELETE_ATTACK = """
            MATCH (:Claim {mapId: $mapId})-[k:ATTACKS {id: $id}]->()
            DELETE k
            RETURN count(*) AS n
            """;
    private static final String ATTACK_EXISTS = """
            OPTIONAL MATCH (:Claim {mapId: $mapId})-[k:ATTACKS {id: $id}]->()
            RETURN k IS NOT NULL AS found
            """;
    private static final String DELETE_CITATION = """
            MATCH (:Claim {mapId: $mapId, id: $claimId})-[r:CITES {id: $id}]->()
            DELETE r
            RETURN count(*) AS n
            """;
    private static final String RESTORE_VERSION = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            SET a.version = $version
            """;

    private final java.time.Clock clock;

    StructureReversals(java.time.Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.range(ChangeKind.ArgumentAdded, ChangeKind.CitationDeleted);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        switch (change.kind()) {
            case ArgumentAdded, ArgumentEdited -> run(tx, Structure.LOCK_ARGUMENT, change, Map.of());
            // The argument is gone: lock its conclusion, which restoring it links to again.
            case ArgumentDeleted, CitationAdded, CitationDeleted ->
                run(tx, Structure.LOCK_CLAIM, change, Map.of("id", String.valueOf(change.onId())));
            case AttackAdded -> run(tx, LOCK_ATTACK_SOURCE, change, Map.of());
            case AttackDeleted -> {
                Object from = States.parse(change.before()).get("fromId");
                run(tx, Structure.LOCK_CLAIM, change, Map.of("id", String.valueOf(from)));
            }
            default -> throw new IllegalArgumentException("Changes of kind " + change.kind() + " are not undone here.");
        }
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        Map<String, Object> before = States.parse(change.before());
        MapId map = new MapId(change.mapId());
        return switch (change.kind()) {
            case ArgumentAdded -> {
                var row = run(tx, ARGUMENT_DEPENDENTS, change, Map.of());
                if (row.isEmpty()) throw gone("argument", change.itemId());
                List<Object> attacks = row.getFirst().get("attacks").asList();
                long ratings = row.getFirst().get("ratings").asLong();
                if (!attacks.isEmpty() || ratings > 0) {
                    throw new UndoConflictException("Cannot remove argument " + change.itemId() + ": "
                            + (attacks.isEmpty() ? "" : "attack(s) " + attacks + " target it; ")
                            + (ratings == 0 ? "" : ratings + " rating(s) of its inference; ")
                            + "remove those first.");
                }
                run(tx, DELETE_ARGUMENT, change, Map.of());
                yield "argument " + change.itemId() + " removed";
            }
            case ArgumentEdited -> {
                var current = Structure.argumentState(tx, map, change.itemId())
                        .orElseThrow(() -> gone("argument", change.itemId()));
                String conclusion = (String) before.get("conclusion");
                List<String> premises = strings(before.get("premises"));
                Structure.requireClaims(tx, map, conclusion, premises);
                var params = new HashMap<String, @Nullable Object>();
                params.put("username", user);
                params.put("at", now());
                params.put("conclusionId", conclusion);
                params.put("premiseIds", premises);
                run(tx, Structure.UNLINK_ARGUMENT, change, params);
                run(tx, Structure.RELINK_ARGUMENT, change, params);
                long version = ((Number) current.get("version")).longValue() + 1;
                run(tx, RESTORE_VERSION, change, Map.of("version", version));
                yield "argument " + change.itemId() + " back to " + conclusion + " from " + String.join(", ", premises);
            }
            case ArgumentDeleted -> {
                if (run(tx, ARGUMENT_EXISTS, change, Map.of())
                        .getFirst()
                        .get("found")
                        .asBoolean()) {
                    throw new UndoConflictException(
                            "An argument " + change.itemId() + " exists again; the deletion cannot be undone.");
                }
                String conclusion = (String) before.get("conclusion");
                List<String> premises = strings(before.get("premises"));
                Structure.requireClaims(tx, map, conclusion, premises);
                var params = new HashMap<String, @Nullable Object>();
                params.put("conclusionId", conclusion);
                params.put("premiseIds", premises);
                params.put("ordinal", before.get("ordinal"));
                params.put("origin", before.get("origin"));
                params.put("version", ((Number) before.get("version")).longValue() + 1);
                params.put("createdBy", before.get("createdBy"));
                params.put("createdAt", before.get("createdAt"));
                params.put("username", user);
                params.put("at", now());
                run(tx, Structure.CREATE_ARGUMENT, change, params);
                run(
                        tx,
                        Structure.RESTORE_RATINGS,
                        change,
                        Map.of("ratings", before.getOrDefault("ratings", List.of())));
                int attacks = 0;
                for (Object attack : (List<?>) before.getOrDefault("attacks", List.of())) {
                    var k = new HashMap<String, @Nullable Object>(castMap(attack));
                    var attackParams = new HashMap<String, @Nullable Object>();
                    attackParams.put("id", k.get("id"));
                    attackParams.put("fromId", k.get("fromId"));
                    attackParams.put("targetId", change.itemId());
                    attackParams.put("kind", k.get("kind"));
                    attackParams.put("ordinal", k.get("ordinal"));
                    attackParams.put("createdBy", k.get("createdBy"));
                    attackParams.put("createdAt", k.get("createdAt"));
                    attackParams.put("at", now());
                    attacks += run(tx, Structure.CREATE_ATTACK + " RETURN 1 AS created", change, attackParams)
                            .size();
                }
                yield "argument " + change.itemId() + " restored with its premises, ratings and " + attacks
                        + " attack(s)";
            }
            case AttackAdded -> {
                if (run(tx, DELETE_ATTACK, change, Map.of()).getFirst().get("n").asLong() == 0) {
                    throw gone("attack", change.itemId());
                }
                yield "attack " + change.itemId() + " removed";
            }
            case AttackDeleted -> {
                if (run(tx, ATTACK_EXISTS, change, Map.of())
                        .getFirst()
                        .get("found")
                        .asBoolean()) {
                    throw new UndoConflictException("An attack " + change.itemId() + " exists again.");
                }
                var params = new HashMap<String, @Nullable Object>();
                params.put("fromId", before.get("fromId"));
                params.put("targetId", before.get("targetId"));
                params.put("kind", before.get("kind"));
                params.put("ordinal", before.get("ordinal"));
                params.put("createdBy", before.get("createdBy"));
                params.put("createdAt", before.get("createdAt"));
                params.put("at", now());
                if (run(tx, Structure.CREATE_ATTACK + " RETURN 1 AS created", change, params)
                        .isEmpty()) {
                    throw new UndoConflictException("The claim or argument attack " + change.itemId()
                            + " linked no longer exists; the deletion cannot be undone.");
                }
                yield "attack " + change.itemId() + " restored";
            }
            case CitationAdded -> {
                if (run(tx, DELETE_CITATION, change, Map.of("claimId", String.valueOf(change.onId())))
                                .getFirst()
                                .get("n")
                                .asLong()
                        == 0) {
                    throw gone("citation", change.itemId());
                }
                yield "citation " + change.itemId() + " removed";
            }
            case CitationDeleted -> {
                var params = new HashMap<String, @Nullable Object>();
                // An imported citation had no stored id (it is derived from its position): it gets none back.
                params.put("id", before.get("storedId"));
                params.put("claimId", before.get("claimId"));
                params.put("sourceId", before.get("sourceId"));
                params.put("position", before.get("position"));
                params.put("locator", before.get("locator"));
                params.put("raw", before.get("raw"));
                params.put("createdBy", before.get("createdBy"));
                params.put("createdAt", before.get("createdAt"));
                params.put("at", now());
                if (run(tx, Structure.CREATE_CITATION + " RETURN 1 AS created", change, params)
                        .isEmpty()) {
                    throw new UndoConflictException("The claim or source of citation " + change.itemId()
                            + " no longer exists; the deletion cannot be undone.");
                }
                yield "citation " + change.itemId() + " restored";
            }
            default -> throw new IllegalArgumentException("Changes of kind " + change.kind() + " are not undone here.");
        };
    }

    private java.time.ZonedDateTime now() {
        return java.time.ZonedDateTime.now(clock).withZoneSameInstant(java.time.ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> strings(@Nullable Object value) {
        var out = new ArrayList<String>();
        if (value instanceof List<?> list) list.forEach(v -> out.add(String.valueOf(v)));
        return out;
    }

    private static UndoConflictException gone(String kind, String id) {
        return new UndoConflictException("The " + kind + " " + id + " no longer exists; the change cannot be undone.");
    }

    private static List<org.neo4j.driver.Record> run(
            TransactionContext tx, String cypher, Change change, Map<String, ? extends @Nullable Object> extra) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", change.mapId());
        params.put("id", change.itemId());
        params.putAll(extra);
        return tx.run(cypher, params).list();
    }
}
