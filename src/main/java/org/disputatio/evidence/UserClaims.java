package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * Claims written by users, attributed to them as proponent, and the attacks of their counter-claims.
 * A counter-argument (claim plus attack) is one transaction: either both exist or neither.
 */
@Repository
class UserClaims {

    /** The validated claim. */
    record Checked(
            String kind,
            String text,
            @Nullable String section,
            @Nullable DocumentAnchor anchor,
            @Nullable String proponentId) {}

    private static final String CREATE_CLAIM = """
            OPTIONAL MATCH (other:Claim {mapId: $mapId})
            WITH max(other.ordinal) AS last
            OPTIONAL MATCH (p:Person {mapId: $mapId, id: $proponentId})
            CREATE (c:Claim {mapId: $mapId, id: $id, kind: $kind, text: $text, proponent: coalesce(p.name, $username),
                             proponentId: p.id, section: $section, ordinal: coalesce(last, -1) + 1, origin: 'user',
                             createdBy: $username, createdAt: $at, mapKey: $mapKey})
            FOREACH (a IN $anchors |
              CREATE (c)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end, mapKey: $mapKey}))
            """;
    private static final String TARGET = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $targetId})
            OPTIONAL MATCH (a:Argument {mapId: $mapId, id: $targetId})
            RETURN c IS NOT NULL AS claim, a IS NOT NULL AS argument
            """;
    private static final String ATTACK = """
            MATCH (from:Claim {mapId: $mapId, id: $claimId})
            MATCH (to:Claim|Argument {mapId: $mapId, id: $targetId})
            OPTIONAL MATCH (:Claim {mapId: $mapId})-[other:ATTACKS]->()
            WITH from, to, max(other.ordinal) AS last
            CREATE (from)-[:ATTACKS {id: $attackId, kind: $kind, ordinal: coalesce(last, -1) + 1,
                                     createdBy: $username, createdAt: $at}]->(to)
            """;

    private static final String PERSON = """
            OPTIONAL MATCH (p:Person {mapId: $mapId, id: $proponentId})
            RETURN p IS NOT NULL AS found
            """;

    private final ChangeLog changeLog;

    UserClaims(ChangeLog changeLog) {
        this.changeLog = changeLog;
    }

    void addClaim(MapId map, String id, Checked claim, Writer writer, Instant at) {
        changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            create(tx, map, id, claim, writer, at);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ClaimAdded,
                    writer.username(),
                    id,
                    null,
                    "Claim added (" + claim.kind() + "): " + Contestations.abbreviated(claim.text()),
                    States.NONE));
            return null;
        });
    }

    void addCounterArgument(
            MapId map,
            String targetId,
            String kind,
            String claimId,
            String attackId,
            Checked claim,
            Writer writer,
            Instant at) {
        changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            var target = tx.run(TARGET, Map.of("mapId", map.value(), "targetId", targetId))
                    .single();
            boolean isClaim = target.get("claim").asBoolean();
            boolean isArgument = target.get("argument").asBoolean();
            if (!isClaim && !isArgument) {
                throw new UnknownItemException("claim or argument", targetId);
            }
            if (kind.equals("undercut") && !isArgument) {
                throw InvalidInputException.of("attackKind", "disputatio.attack.undercutNeedsArgument", targetId);
            }
            if (!kind.equals("undercut") && !isClaim) {
                throw InvalidInputException.of("attackKind", "disputatio.attack.needsClaim", kind, targetId);
            }
            create(tx, map, claimId, claim, writer, at);
            var params = new HashMap<String, Object>();
            params.put("mapId", map.value());
            params.put("claimId", claimId);
            params.put("targetId", targetId);
            params.put("attackId", attackId);
            params.put("kind", kind);
            params.put("username", writer.username());
            params.put("at", at.atZone(ZoneOffset.UTC));
            tx.run(ATTACK, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.CounterArgumentAdded,
                    writer.username(),
                    claimId,
                    targetId,
                    "Counter-argument (" + kind + " of " + targetId + "): " + Contestations.abbreviated(claim.text()),
                    States.json(Map.of("attackId", attackId))));
            return null;
        });
    }

    static void create(TransactionContext tx, MapId map, String id, Checked claim, Writer writer, Instant at) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("mapKey", map.searchKey()); // search keeps to the map (V0015)
        params.put("id", id);
        params.put("kind", claim.kind());
        params.put("text", claim.text());
        params.put("section", claim.section());
        params.put("username", writer.username());
        params.put("at", at.atZone(ZoneOffset.UTC));
        params.put("anchors", MapReferences.anchors(tx, map, claim.anchor()));
        params.put("proponentId", claim.proponentId());
        // The words of a person of the map (the author, say), not the writer's: only a person the map has.
        if (claim.proponentId() != null
                && !tx.run(PERSON, Map.of("mapId", map.value(), "proponentId", claim.proponentId()))
                        .single()
                        .get("found")
                        .asBoolean()) {
            throw InvalidInputException.of("proponentId", "disputatio.claim.proponent", claim.proponentId());
        }
        tx.run(CREATE_CLAIM, params).consume();
    }
}
