package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Evidence items and user-made sources. Each write is one transaction function run by the change log: it
 * checks what it refers to, locks and writes its item, reads back, and appends its entry; any failed check
 * throws and so rolls the whole write back, entry included.
 */
@Repository
class EvidenceItems {

    /** The fields of an item of evidence after validation. */
    record Checked(
            String claimId,
            String sourceId,
            String locator,
            String quote,
            @Nullable String url,
            Stance stance,
            @Nullable String note,
            @Nullable DocumentAnchor anchor) {}

    /** What an edit or removal did: the item as it now is (or was). */
    record Written(Evidence evidence) {}

    private static final String TARGETS = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $claimId})
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $sourceId})
            RETURN c IS NOT NULL AS claim, s IS NOT NULL AS source
            """;
    private static final String CREATE = """
            MATCH (c:Claim {mapId: $mapId, id: $claimId}), (s:Source {mapId: $mapId, id: $sourceId})
            CREATE (e:Evidence {mapId: $mapId, id: $id, stance: $stance, locator: $locator, quote: $quote,
                                url: $url, note: $note, createdBy: $username, createdAt: $at,
                                updatedBy: $username, updatedAt: $at, version: 1})
            CREATE (e)-[:ABOUT]->(c), (e)-[:FROM]->(s)
            FOREACH (a IN $anchors |
              CREATE (e)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end}))
            """;
    // "SET e.version = e.version + 1" reads the version only after taking the node's write lock, so the
    // previous version it yields is the committed one; a WHERE on the version before the SET could read
    // a value another transaction is about to change (read committed) and let both edits through.
    private static final String LOCK = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})
            SET e.version = e.version + 1
            RETURN e.version - 1 AS previous, e.createdBy AS createdBy
            """;
    // The claim's and the source's relationships are replaced only when they change: deleting one locks the
    // claim's (or source's) relationship group, which edits of other evidence on the same claim also take, in
    // another order, and then deadlock (retried, but each retry costs a round).
    static final String UPDATE = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})-[about:ABOUT]->(oldClaim:Claim)
            MATCH (e)-[from:FROM]->(oldSource:Source)
            MATCH (c:Claim {mapId: $mapId, id: $claimId}), (s:Source {mapId: $mapId, id: $sourceId})
            OPTIONAL MATCH (e)-[:ANCHORED_BY]->(old:Anchor)
            DETACH DELETE old
            WITH DISTINCT e, about, oldClaim, from, oldSource, c, s
            SET e.stance = $stance, e.locator = $locator, e.quote = $quote, e.url = $url, e.note = $note,
                e.updatedBy = $username, e.updatedAt = $at
            WITH e, about, oldClaim, from, oldSource, c, s
            CALL (e, about, oldClaim, c) {
              WITH * WHERE oldClaim <> c
              DELETE about
              CREATE (e)-[:ABOUT]->(c)
            }
            CALL (e, from, oldSource, s) {
              WITH * WHERE oldSource <> s
              DELETE from
              CREATE (e)-[:FROM]->(s)
            }
            FOREACH (a IN $anchors |
              CREATE (e)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end}))
            """;
    private static final String DELETE = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})
            OPTIONAL MATCH (e)-[:ANCHORED_BY]->(a:Anchor)
            DETACH DELETE a, e
            """;
    /** The ratings of an item of evidence, removed with it (the removal's entry keeps them for undo). */
    static final String DELETE_RATINGS = """
            MATCH (r:Rating {mapId: $mapId, itemId: $id})
            DELETE r
            """;

    // Items a moderator hid, or on a hidden claim (maps.HiddenItems, ADR 038), are left out of every read.
    private static final String RETURN_EVIDENCE = """
            MATCH (e)-[:ABOUT]->(c:Claim), (e)-[:FROM]->(s:Source)
            WHERE e.hidden IS NULL AND c.hidden IS NULL
            OPTIONAL MATCH (e)-[:ANCHORED_BY]->(a:Anchor)
            RETURN e.id AS id, e.mapId AS mapId, c.id AS claimId, s.id AS sourceId, e.locator AS locator, e.quote AS quote,
                   e.url AS url, e.stance AS stance, e.note AS note, a.exact AS exact, a.start AS start,
                   a.end AS end, e.createdBy AS createdBy, e.createdAt AS createdAt, e.version AS version
            ORDER BY e.createdAt, e.id
            """;
    /** What undoing an edit or a removal needs: the content, the anchor with its context, and the ratings. */
    static final String STATE = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})-[:ABOUT]->(c:Claim)
            MATCH (e)-[:FROM]->(s:Source)
            OPTIONAL MATCH (e)-[:ANCHORED_BY]->(a:Anchor)
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            WHERE EXISTS { (:User {username: r.user}) }
            WITH e, c, s, a, collect({username: r.user, value: r.value, at: toString(r.at)}) AS ratings
            RETURN e {.stance, .locator, .quote, .url, .note, .createdBy, .updatedBy, .version,
                      claimId: c.id, sourceId: s.id, createdAt: toString(e.createdAt),
                      updatedAt: toString(e.updatedAt), anchor: a {.exact, .prefix, .suffix, .start, .end},
                      ratings: [x IN ratings WHERE x.username IS NOT NULL]} AS state
            """;

    private static final String FIND = "MATCH (e:Evidence {mapId: $mapId, id: $id})\n" + RETURN_EVIDENCE;
    private static final String FOR_CLAIM =
            "MATCH (e:Evidence {mapId: $mapId})-[:ABOUT]->(:Claim {mapId: $mapId, id: $claimId})\n" + RETURN_EVIDENCE;
    private static final String FOR_MAP = "MATCH (e:Evidence {mapId: $mapId})\n" + RETURN_EVIDENCE;
    private static final String CLAIM_EXISTS = """
            OPTIONAL MATCH (c:Claim {mapId: $mapId, id: $claimId})
            RETURN c IS NOT NULL AS found
            """;
    private static final String CREATE_SOURCE = """
            CREATE (:Source {mapId: $mapId, id: $id, authors: $authors, title: $title, year: $year, kind: $kind,
                             accessibility: $accessibility, origin: 'user', createdBy: $username, createdAt: $at,
                             mapKey: $mapKey})
            """;

    private final Driver driver;
    private final ChangeLog changeLog;

    EvidenceItems(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    Evidence attach(MapId map, String id, Checked draft, Writer writer, Instant at) {
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            var params = params(tx, map, id, draft, writer, at);
            tx.run(CREATE, params).consume();
            Evidence attached = find(tx, map, id).orElseThrow();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.EvidenceAttached,
                    writer.username(),
                    id,
                    attached.claimId(),
                    "Evidence " + attached.stance().spelling() + " claim " + attached.claimId() + " from source "
                            + attached.sourceId() + " (" + attached.locator() + ")",
                    States.NONE));
            return attached;
        });
    }

    Written edit(MapId map, String id, long expectedVersion, Checked draft, Writer writer, Instant at) {
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            lock(tx, map, id, expectedVersion, writer);
            String before = state(tx, map, id);
            tx.run(UPDATE, params(tx, map, id, draft, writer, at)).consume();
            Evidence edited = find(tx, map, id).orElseThrow();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.EvidenceEdited,
                    writer.username(),
                    id,
                    edited.claimId(),
                    "Evidence on claim " + edited.claimId() + " edited (version " + edited.version() + ")",
                    before));
            return new Written(edited);
        });
    }

    Written remove(MapId map, String id, long expectedVersion, Writer writer) {
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            Evidence removed = find(tx, map, id).orElseThrow(() -> new UnknownItemException("evidence", id));
            lock(tx, map, id, expectedVersion, writer);
            String before = state(tx, map, id);
            tx.run(DELETE, Map.of("mapId", map.value(), "id", id)).consume();
            tx.run(DELETE_RATINGS, Map.of("mapId", map.value(), "id", id)).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.EvidenceRemoved,
                    writer.username(),
                    id,
                    removed.claimId(),
                    "Evidence on claim " + removed.claimId() + " removed, with its ratings",
                    before));
            return new Written(removed);
        });
    }

    /** The item as undo would restore it, read after its lock was taken. */
    static String state(TransactionContext tx, MapId map, String id) {
        var row = tx.run(STATE, Map.of("mapId", map.value(), "id", id)).single();
        return States.json(row.get("state").asMap());
    }

    Optional<Evidence> find(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> find(tx, map, id));
        }
    }

    /** Empty if the claim does not exist. */
    Optional<List<Evidence>> forClaim(MapId map, String claimId) {
        var params = Map.<String, Object>of("mapId", map.value(), "claimId", claimId);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                if (!tx.run(CLAIM_EXISTS, params).single().get("found").asBoolean()) {
                    return Optional.empty();
                }
                return Optional.of(tx.run(FOR_CLAIM, params).list(EvidenceItems::evidence));
            });
        }
    }

    List<Evidence> forMap(MapId map) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(FOR_MAP, Map.of("mapId", map.value())).list(EvidenceItems::evidence));
        }
    }

    void createSource(MapId map, String id, SourceDraft source, Writer writer, Instant at) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("mapKey", map.searchKey()); // search keeps to the map (V0015)
        params.put("id", id);
        params.put("authors", source.authors());
        params.put("title", source.title());
        params.put("year", source.year());
        params.put("kind", source.kind());
        params.put("accessibility", source.accessibility());
        params.put("username", writer.username());
        params.put("at", at.atZone(ZoneOffset.UTC));
        changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            tx.run(CREATE_SOURCE, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.SourceCreated,
                    writer.username(),
                    id,
                    null,
                    "Source added: " + source.title(),
                    States.NONE));
            return null;
        });
    }

    private static void lock(TransactionContext tx, MapId map, String id, long expectedVersion, Writer writer) {
        var row = tx.run(LOCK, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .orElseThrow(() -> new UnknownItemException("evidence", id));
        String author = row.get("createdBy").asString("");
        if (!writer.mayChange(author)) {
            throw new AccessDeniedException(
                    "Only " + author + ", who attached this evidence, or an admin may change it.");
        }
        long previous = row.get("previous").asLong();
        if (previous != expectedVersion) {
            throw new ConcurrentEditException(id, expectedVersion, previous);
        }
    }

    private static Map<String, Object> params(
            TransactionContext tx, MapId map, String id, Checked draft, Writer writer, Instant at) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("claimId", draft.claimId());
        params.put("sourceId", draft.sourceId());
        var found = tx.run(TARGETS, params).single();
        if (!found.get("claim").asBoolean()) {
            throw new UnknownItemException("claim", draft.claimId());
        }
        if (!found.get("source").asBoolean()) {
            throw new UnknownItemException("source", draft.sourceId());
        }
        params.put("anchors", MapReferences.anchors(tx, map, draft.anchor()));
        params.put("id", id);
        params.put("stance", draft.stance().spelling());
        params.put("locator", draft.locator());
        params.put("quote", draft.quote());
        params.put("url", draft.url());
        params.put("note", draft.note());
        params.put("username", writer.username());
        params.put("at", at.atZone(ZoneOffset.UTC));
        return params;
    }

    private static Optional<Evidence> find(TransactionContext tx, MapId map, String id) {
        return tx.run(FIND, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(EvidenceItems::evidence);
    }

    private static Evidence evidence(Record r) {
        Value exact = r.get("exact");
        return new Evidence(
                r.get("id").asString(),
                r.get("mapId").asString(),
                r.get("claimId").asString(),
                r.get("sourceId").asString(),
                r.get("locator").asString(""),
                r.get("quote").asString(""),
                nullable(r.get("url")),
                Stance.fromSpelling(r.get("stance").asString()).orElseThrow(),
                nullable(r.get("note")),
                exact.isNull()
                        ? null
                        : new DocumentAnchor(
                                exact.asString(),
                                r.get("start").asInt(),
                                r.get("end").asInt()),
                r.get("createdBy").asString(""),
                r.get("createdAt").asZonedDateTime().toInstant(),
                r.get("version").asLong());
    }

    private static @Nullable String nullable(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
