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
 * Undoes claim revision: an edit puts back the text, kind, proponent and anchors (the version moves on, so
 * stale clients get 409); a deletion, merge or split puts back the piece of graph it kept (ADR 035), once
 * nothing was changed or added there since; a person added is removed while no claim names them.
 */
@Component
class ClaimReversals implements ChangeReverser {

    private static final String LOCK_PERSON = """
            MATCH (p:Person {mapId: $mapId, id: $id})
            SET p.locking = true
            REMOVE p.locking
            """;
    private static final String PERSON_USED = """
            MATCH (p:Person {mapId: $mapId, id: $id})
            RETURN COLLECT { MATCH (c:Claim {mapId: $mapId, proponentId: $id}) RETURN c.id AS id LIMIT 5 }
                 + COLLECT { MATCH (c:Claim)-[:MENTIONS]->(p) RETURN c.id AS id LIMIT 5 } AS claims
            """;
    private static final String DELETE_PERSON = """
            MATCH (p:Person {mapId: $mapId, id: $id, origin: 'user'})
            DETACH DELETE p
            """;

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(
                ChangeKind.ClaimEdited,
                ChangeKind.ClaimDeleted,
                ChangeKind.ClaimsMerged,
                ChangeKind.ClaimSplit,
                ChangeKind.PersonAdded);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        if (change.kind() == ChangeKind.PersonAdded) {
            tx.run(LOCK_PERSON, Map.of("mapId", change.mapId(), "id", change.itemId()))
                    .consume();
            return;
        }
        var ids = new ArrayList<String>();
        ids.add(change.itemId());
        if (change.kind() == ChangeKind.ClaimSplit && change.onId() != null) {
            ids.add(change.onId());
        }
        tx.run(ClaimRevisions.LOCK, Map.of("mapId", change.mapId(), "ids", ids)).consume();
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        var map = new MapId(change.mapId());
        var before = ClaimRevisions.parse(change.before());
        return switch (change.kind()) {
            case ClaimEdited -> {
                var claim = ClaimRevisions.claim(tx, map, change.itemId()).orElseThrow(() -> gone(change.itemId()));
                var params = new HashMap<String, @Nullable Object>();
                params.put("mapId", map.value());
                params.put("id", change.itemId());
                for (String field : List.of("text", "kind", "proponent", "proponentId")) {
                    params.put(field, before.get(field));
                }
                params.put("version", claim.version() + 1);
                tx.run(ClaimRevisions.UPDATE, params).consume();
                tx.run(
                                ClaimRevisions.REPLACE_ANCHORS,
                                Map.of("mapId", map.value(), "id", change.itemId(), "anchors", before.get("anchors")))
                        .consume();
                yield "claim " + change.itemId() + " back to its previous text, kind, proponent and anchors";
            }
            case ClaimDeleted -> {
                if (ClaimRevisions.claim(tx, map, change.itemId()).isPresent()) {
                    throw new UndoConflictException("Claim " + change.itemId() + " exists again; nothing to restore.");
                }
                ClaimGraph.restore(tx, map, before);
                yield "claim " + change.itemId() + " restored with everything its deletion removed";
            }
            case ClaimsMerged, ClaimSplit -> {
                var claims = ClaimRevisions.strings(before.get("claims"));
                var region = ClaimGraph.claims(tx, map, claims);
                String now = ClaimGraph.fingerprint(tx, region);
                if (!now.equals(before.get("after"))) {
                    throw new UndoConflictException("Claim(s) " + String.join(", ", claims)
                            + " changed since (an edit, evidence, an argument, an attack or a citation"
                            + " was added or changed there). Undo those changes first.");
                }
                ClaimGraph.delete(tx, region);
                ClaimGraph.restore(tx, map, before);
                yield change.kind() == ChangeKind.ClaimsMerged
                        ? "claims " + change.onId() + " and " + change.itemId() + " apart again"
                        : "claim " + change.itemId() + " whole again (" + change.onId() + " removed)";
            }
            case PersonAdded -> {
                var used = tx.run(PERSON_USED, Map.of("mapId", map.value(), "id", change.itemId())).stream()
                        .findFirst()
                        .map(r -> r.get("claims").asList(v -> v.asString()))
                        .orElseThrow(() -> new UndoConflictException(
                                "The person " + change.itemId() + " no longer exists; nothing to undo."));
                if (!used.isEmpty()) {
                    throw new UndoConflictException("Cannot remove the person " + change.itemId() + ": claim(s) "
                            + String.join(", ", used) + " name them. Change those first.");
                }
                tx.run(DELETE_PERSON, Map.of("mapId", map.value(), "id", change.itemId()))
                        .consume();
                yield "person " + change.itemId() + " removed";
            }
            default -> throw new IllegalArgumentException(change.kind() + " is another module's to undo.");
        };
    }

    private static UndoConflictException gone(String id) {
        return new UndoConflictException("The claim " + id + " no longer exists; the change cannot be undone.");
    }
}
