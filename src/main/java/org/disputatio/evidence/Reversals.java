package org.disputatio.evidence;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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
import org.springframework.stereotype.Repository;

/**
 * Undoes this module's changes from the state the change log kept: a rating or grade goes back to its
 * previous value (or none), an edit to the previous content, a removal is restored with its ratings,
 * a creation is removed if nothing depends on it, a contestation and its withdrawal undo each other.
 */
@Repository
class Reversals implements ChangeReverser {

    // Locks: setting a property that is not there and removing it again takes the node's write lock, as the
    // writers of the same items do. A SET to the value already there takes no lock (seen on the log's counter).
    private static final String LOCK_EVIDENCE = """
            OPTIONAL MATCH (e:Evidence {mapId: $mapId, id: $id})
            SET e.locking = true
            REMOVE e.locking
            """;
    private static final String LOCK_CLAIM = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.locking = true
            REMOVE c.locking
            """;
    private static final String LOCK_SOURCE = """
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $id})
            SET s.locking = true
            REMOVE s.locking
            """;
    private static final String LOCK_CONTESTATION = """
            OPTIONAL MATCH (x:Contestation {mapId: $mapId, id: $id})
            SET x.locking = true
            REMOVE x.locking
            """;
    // The item, as its editors lock it, then the user's own rating or grade, as its writer (the same user)
    // locks it. Other users' ratings are not locked: they do not stand in the way of undoing a rating.
    private static final String LOCK_RATING = """
            OPTIONAL MATCH (x:Evidence|Argument {mapId: $mapId, id: $id})
            SET x.locking = true
            REMOVE x.locking
            WITH count(*) AS locked
            OPTIONAL MATCH (r:Rating {key: $key})
            SET r.locking = true
            REMOVE r.locking
            """;
    private static final String LOCK_GRADE = """
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $id})
            SET s.locking = true
            REMOVE s.locking
            WITH count(*) AS locked
            OPTIONAL MATCH (g:Grade {key: $key})
            SET g.locking = true
            REMOVE g.locking
            """;
    private static final String DELETE_EVIDENCE = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})
            OPTIONAL MATCH (e)-[:ANCHORED_BY]->(a:Anchor)
            DETACH DELETE a, e
            RETURN count(*) AS n
            """;
    private static final String REFERENCES = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $claimId})
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $sourceId})
            RETURN c IS NOT NULL AS claim, s IS NOT NULL AS source
            """;
    private static final String NEXT_VERSION = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})
            SET e.version = e.version + 1
            """;
    private static final String RESTORE_EVIDENCE = """
            MATCH (c:Claim {mapId: $mapId, id: $s.claimId}), (src:Source {mapId: $mapId, id: $s.sourceId})
            CREATE (e:Evidence {mapId: $mapId, id: $id, stance: $s.stance, locator: $s.locator, quote: $s.quote,
                                url: $s.url, note: $s.note, createdBy: $s.createdBy,
                                createdAt: datetime($s.createdAt), updatedBy: $username, updatedAt: $at,
                                version: $s.version + 1})
            CREATE (e)-[:ABOUT]->(c), (e)-[:FROM]->(src)
            FOREACH (a IN $anchors |
              CREATE (e)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end}))
            WITH e
            CALL (e) {
              UNWIND $s.ratings AS rating
              MATCH (u:User {username: rating.username})
              MERGE (r:Rating {key: $mapId + '/' + $id + '/' + rating.username})
              SET r.mapId = $mapId, r.itemId = $id, r.itemKind = 'Evidence', r.user = rating.username,
                  r.value = rating.value, r.at = datetime(rating.at)
            }
            """;
    private static final String RATING_BACK = """
            MATCH (r:Rating {key: $key})
            WHERE EXISTS { (:Evidence|Argument {mapId: $mapId, id: $id}) }
            CALL (r) {
              WITH r WHERE $value IS NULL
              DELETE r
            }
            CALL (r) {
              WITH r WHERE $value IS NOT NULL
              SET r.value = $value, r.at = datetime($at)
            }
            """;
    private static final String GRADE_BACK = """
            MATCH (g:Grade {key: $key})
            WHERE EXISTS { (:Source {mapId: $mapId, id: $id}) }
            CALL (g) {
              WITH g WHERE $reliability IS NULL
              DELETE g
            }
            CALL (g) {
              WITH g WHERE $reliability IS NOT NULL
              SET g.reliability = $reliability, g.credibility = $credibility, g.at = datetime($at)
            }
            """;
    // What else points at a claim or source a user created: undoing its creation must not orphan it. Grades
    // are nodes of their own, found by the source's id.
    private static final String DEPENDENTS = """
            MATCH (n:Claim|Source {mapId: $mapId, id: $id})
            CALL (n) {
              MATCH (n)-[r]-(other)
              WHERE type(r) <> 'ANCHORED_BY' AND (r.id IS NULL OR $ownAttack IS NULL OR r.id <> $ownAttack)
              RETURN type(r) AS type, head(labels(other)) AS label, coalesce(other.id, other.username, '') AS otherId
              UNION
              MATCH (g:Grade {mapId: $mapId, sourceId: $id})
              RETURN 'GRADED' AS type, 'User' AS label, g.user AS otherId
            }
            RETURN type, label, otherId
            ORDER BY type, otherId
            LIMIT 5
            """;
    private static final String DELETE_CREATED = """
            MATCH (n:Claim|Source {mapId: $mapId, id: $id})
            OPTIONAL MATCH (n)-[:ANCHORED_BY]->(a:Anchor)
            DETACH DELETE a, n
            """;
    private static final String DELETE_CONTESTATION = """
            MATCH (x:Contestation {mapId: $mapId, id: $id, origin: 'user'})
            DETACH DELETE x
            """;
    private static final String REOPEN = """
            MATCH (x:Contestation {mapId: $mapId, id: $id, origin: 'user'})
            SET x.open = true
            REMOVE x.withdrawnAt, x.withdrawnBy
            """;

    // Absent means the default (ADR 031): undoing the first change removes the property again.
    private static final String STANDARD_BACK = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.standard = $standard
            RETURN c.id AS id
            """;

    private final Clock clock;

    Reversals(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Set<ChangeKind> kinds() {
        // The kinds this module writes, declared first; later modules' kinds follow them and have their own reversers.
        return EnumSet.range(ChangeKind.EvidenceAttached, ChangeKind.ProofStandardChanged);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        switch (change.kind()) {
            case EvidenceAttached, EvidenceEdited -> run(tx, LOCK_EVIDENCE, change, Map.of());
            // The removed item is gone: lock its claim instead, which restoring it links to again.
            case EvidenceRemoved -> run(tx, LOCK_CLAIM, change, Map.of("id", change.onId()));
            case EvidenceRated, InferenceRated -> run(tx, LOCK_RATING, change, Map.of("key", key(change)));
            case SourceGraded -> run(tx, LOCK_GRADE, change, Map.of("key", key(change)));
            case SourceCreated -> run(tx, LOCK_SOURCE, change, Map.of());
            case SourceContested, ContestationWithdrawn -> run(tx, LOCK_CONTESTATION, change, Map.of());
            case ClaimAdded, CounterArgumentAdded, ProofStandardChanged -> run(tx, LOCK_CLAIM, change, Map.of());
            case ChangeUndone -> throw new IllegalArgumentException("An undo is not undone here.");
        }
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        Map<String, Object> before = States.parse(change.before());
        return switch (change.kind()) {
            case EvidenceAttached -> {
                if (run(tx, DELETE_EVIDENCE, change, Map.of())
                                .getFirst()
                                .get("n")
                                .asLong()
                        == 0) {
                    throw gone("evidence", change.itemId());
                }
                run(tx, EvidenceItems.DELETE_RATINGS, change, Map.of());
                yield "evidence " + change.itemId() + " removed";
            }
            case EvidenceEdited -> {
                requireReferences(tx, change, before);
                var params = new HashMap<String, @Nullable Object>();
                for (String field : List.of("claimId", "sourceId", "stance", "locator", "quote", "url", "note")) {
                    params.put(field, before.get(field));
                }
                params.put("anchors", anchors(before));
                params.put("username", user);
                params.put("at", ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC));
                run(tx, NEXT_VERSION, change, Map.of());
                run(tx, EvidenceItems.UPDATE, change, params);
                yield "evidence " + change.itemId() + " back to its previous content";
            }
            case EvidenceRemoved -> {
                requireReferences(tx, change, before);
                var params = new HashMap<String, Object>();
                params.put("s", before);
                params.put("anchors", anchors(before));
                params.put("username", user);
                params.put("at", ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC));
                run(tx, RESTORE_EVIDENCE, change, params);
                yield "evidence " + change.itemId() + " restored with its ratings";
            }
            case EvidenceRated, InferenceRated -> {
                var params = new HashMap<String, @Nullable Object>();
                params.put("key", key(change));
                params.put("value", before.get("value"));
                params.put("at", before.get("at"));
                run(tx, RATING_BACK, change, params);
                yield before.get("value") == null ? "rating removed" : "rating back to " + before.get("value");
            }
            case SourceGraded -> {
                var params = new HashMap<String, @Nullable Object>();
                params.put("key", key(change));
                params.put("reliability", before.get("reliability"));
                params.put("credibility", before.get("credibility"));
                params.put("at", before.get("at"));
                run(tx, GRADE_BACK, change, params);
                yield before.get("reliability") == null
                        ? "grade removed"
                        : "grade back to " + before.get("reliability") + before.get("credibility");
            }
            case SourceCreated, ClaimAdded, CounterArgumentAdded -> {
                var params = new HashMap<String, @Nullable Object>();
                params.put("ownAttack", before.get("attackId"));
                var dependents = run(tx, DEPENDENTS, change, params);
                if (!dependents.isEmpty()) {
                    var names = new ArrayList<String>();
                    for (var r : dependents) {
                        names.add(r.get("label").asString() + " "
                                + r.get("otherId").asString() + " ("
                                + r.get("type").asString() + ")");
                    }
                    throw new UndoConflictException("Cannot remove " + change.itemId() + ": " + String.join(", ", names)
                            + " depend(s) on it. Remove those first.");
                }
                run(tx, DELETE_CREATED, change, Map.of());
                yield change.itemId() + " removed";
            }
            case SourceContested -> {
                run(tx, DELETE_CONTESTATION, change, Map.of());
                yield "contestation " + change.itemId() + " removed";
            }
            case ContestationWithdrawn -> {
                run(tx, REOPEN, change, Map.of());
                yield "contestation " + change.itemId() + " open again";
            }
            case ProofStandardChanged -> {
                var params = new HashMap<String, @Nullable Object>();
                params.put("standard", before.get("standard"));
                if (run(tx, STANDARD_BACK, change, params).isEmpty()) {
                    throw gone("claim", change.itemId());
                }
                yield "proof standard of " + change.itemId() + " back to "
                        + (before.get("standard") == null ? "the default" : before.get("standard"));
            }
            case ChangeUndone -> throw new IllegalArgumentException("An undo is not undone here.");
            default -> throw new IllegalArgumentException(change.kind() + " is not undone by the evidence module.");
        };
    }

    private static String key(Change change) {
        return Ratings.key(new MapId(change.mapId()), change.itemId(), change.user());
    }

    private static void requireReferences(TransactionContext tx, Change change, Map<String, Object> before) {
        var params = new HashMap<String, Object>();
        params.put("claimId", before.get("claimId"));
        params.put("sourceId", before.get("sourceId"));
        var row = run(tx, REFERENCES, change, params).getFirst();
        if (!row.get("claim").asBoolean()) {
            throw gone("claim", String.valueOf(before.get("claimId")));
        }
        if (!row.get("source").asBoolean()) {
            throw gone("source", String.valueOf(before.get("sourceId")));
        }
    }

    private static List<Object> anchors(Map<String, Object> before) {
        Object anchor = before.get("anchor");
        return anchor == null ? List.of() : List.of(anchor);
    }

    private static UndoConflictException gone(String kind, String id) {
        return new UndoConflictException("The " + kind + " " + id + " no longer exists; the change cannot be undone.");
    }

    private static List<org.neo4j.driver.Record> run(
            TransactionContext tx, String cypher, Change change, Map<String, @Nullable Object> extra) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", change.mapId());
        params.put("id", change.itemId());
        params.putAll(extra);
        return tx.run(cypher, params).list();
    }
}
