package org.disputatio.authoring;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.Anchoring;
import org.disputatio.maps.AnchoringException;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.TextRange;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The writes of claim revision, each one transaction through the change log: it locks the claims it changes
 * first (as undo does), checks them there (exists, rights, version, anchors), writes, and appends what undo
 * needs.
 */
@Repository
class ClaimRevisions {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {};
    private static final int CONTEXT = Anchoring.CONTEXT_LENGTH;

    // Setting a property that is not there and removing it again takes the node's write lock.
    static final String LOCK = """
            MATCH (c:Claim {mapId: $mapId}) WHERE c.id IN $ids
            SET c.locking = true
            REMOVE c.locking
            """;
    static final String CLAIM = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            RETURN c.id AS id, c.kind AS kind, c.text AS text, coalesce(c.proponent, '') AS proponent,
                   c.proponentId AS proponentId, c.createdBy AS createdBy, coalesce(c.version, 1) AS version,
                   COLLECT {
                     MATCH (c)-[:ANCHORED_BY]->(a:Anchor)
                     RETURN a {.exact, .prefix, .suffix, .start, .end} AS anchor ORDER BY a.start, a.end
                   } AS anchors
            """;
    private static final String MAP = "MATCH (m:Map {id: $mapId}) RETURN m.id AS id";
    private static final String DOCUMENT_TEXT = """
            MATCH (:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            RETURN d.text AS text
            """;
    private static final String PERSON = "MATCH (p:Person {mapId: $mapId, id: $id}) RETURN p.name AS name";
    private static final String PEOPLE = """
            MATCH (p:Person {mapId: $mapId})
            RETURN p.id AS id, p.name AS name
            ORDER BY p.ordinal, p.id
            """;
    private static final String AUTHOR = """
            MATCH (:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            MATCH (p:Person {mapId: $mapId}) WHERE p.name IN coalesce(d.authors, [])
            RETURN p.id AS id
            ORDER BY p.ordinal, p.id
            LIMIT 1
            """;
    static final String UPDATE = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.text = $text, c.kind = $kind, c.proponent = $proponent, c.proponentId = $proponentId,
                c.version = $version
            """;
    static final String REPLACE_ANCHORS = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            OPTIONAL MATCH (c)-[:ANCHORED_BY]->(old:Anchor)
            DETACH DELETE old
            WITH DISTINCT c
            FOREACH (a IN $anchors |
              CREATE (c)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end, mapKey: c.mapKey}))
            """;
    private static final String VERSION = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            SET c.version = coalesce(c.version, 1) + 1
            """;
    // An argument from one to the other, or an attack or qualification between them, would point at itself.
    private static final String LOOPS = """
            MATCH (d:Claim {mapId: $mapId, id: $id}), (s:Claim {mapId: $mapId, id: $intoId})
            RETURN COLLECT {
                     MATCH (x:Claim)-[:PREMISE_OF]->(a:Argument)-[:CONCLUDES]->(y:Claim)
                     WHERE (x = d AND y = s) OR (x = s AND y = d)
                     RETURN 'argument ' + a.id AS loop
                     UNION
                     MATCH (x:Claim)-[k:ATTACKS|QUALIFIES]->(y:Claim)
                     WHERE (x = d AND y = s) OR (x = s AND y = d)
                     RETURN toLower(type(k)) + ' ' + coalesce(k.id, '') AS loop
                   } AS loops
            """;
    // The duplicate's words: an anchor the survivor already has (same span) goes, the others move.
    private static final String DROP_SAME_ANCHORS = """
            MATCH (d:Claim {mapId: $mapId, id: $id})-[:ANCHORED_BY]->(a:Anchor), (s:Claim {mapId: $mapId, id: $intoId})
            WHERE EXISTS { (s)-[:ANCHORED_BY]->(b:Anchor) WHERE b.start = a.start AND b.end = a.end }
            DETACH DELETE a
            """;
    private static final String MOVE_ANCHORS = """
            MATCH (d:Claim {mapId: $mapId, id: $id})-[r:ANCHORED_BY]->(a:Anchor), (s:Claim {mapId: $mapId, id: $intoId})
            CREATE (s)-[:ANCHORED_BY]->(a)
            DELETE r
            """;
    // Every other relationship moves to the survivor unless it has the same one already (same type and far end,
    // same kind of attack, same locator of citation): duplicate edges collapse.
    private static final String MOVE_OUTGOING = """
            MATCH (d:Claim {mapId: $mapId, id: $id})-[r]->(o), (s:Claim {mapId: $mapId, id: $intoId})
            WHERE type(r) <> 'ANCHORED_BY' AND ($types IS NULL OR type(r) IN $types)
            WITH s, r, o, type(r) AS type, properties(r) AS properties,
                 EXISTS {
                   MATCH (s)-[q]->(o)
                   WHERE type(q) = type(r) AND coalesce(q.kind, '') = coalesce(r.kind, '')
                     AND coalesce(q.locator, '') = coalesce(r.locator, '')
                 } AS same
            FOREACH (_ IN CASE WHEN same AND $collapse THEN [] ELSE [1] END |
              CREATE (s)-[n:$(type)]->(o)
              SET n = properties)
            DELETE r
            """;
    private static final String MOVE_INCOMING = """
            MATCH (o)-[r]->(d:Claim {mapId: $mapId, id: $id}), (s:Claim {mapId: $mapId, id: $intoId})
            WHERE $types IS NULL OR type(r) IN $types
            WITH s, r, o, type(r) AS type, properties(r) AS properties,
                 EXISTS {
                   MATCH (o)-[q]->(s)
                   WHERE type(q) = type(r) AND coalesce(q.kind, '') = coalesce(r.kind, '')
                     AND coalesce(q.locator, '') = coalesce(r.locator, '')
                 } AS same
            FOREACH (_ IN CASE WHEN same AND $collapse THEN [] ELSE [1] END |
              CREATE (o)-[n:$(type)]->(s)
              SET n = properties)
            DELETE r
            """;
    private static final String DELETE_CLAIM = """
            MATCH (d:Claim {mapId: $mapId, id: $id})
            DETACH DELETE d
            """;
    private static final String CREATE_PART = """
            MATCH (o:Claim {mapId: $mapId, id: $originalId})
            CALL () {
              MATCH (other:Claim {mapId: $mapId})
              RETURN max(other.ordinal) AS last
            }
            CREATE (c:Claim {mapId: $mapId, id: $id, kind: $kind, text: $text, proponent: o.proponent,
                             proponentId: o.proponentId, section: o.section, ordinal: coalesce(last, -1) + 1,
                             origin: 'user', createdBy: $username, createdAt: $at, version: 1, mapKey: o.mapKey})
            FOREACH (a IN $anchors |
              CREATE (c)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                   start: a.start, end: a.end, mapKey: c.mapKey}))
            """;
    private static final String CREATE_PERSON = """
            CALL () {
              MATCH (other:Person {mapId: $mapId})
              RETURN max(other.ordinal) AS last
            }
            CREATE (:Person {mapId: $mapId, id: $id, ordinal: coalesce(last, -1) + 1, kind: 'person', name: $name,
                             variants: [$name], description: '', origin: 'user', createdBy: $username,
                             createdAt: $at, mapKey: $mapKey})
            """;

    /** The split's relationships that may go to the second part: name, type, and whether they point at the claim. */
    static final Map<String, List<String>> MOVABLE = Map.of(
            "citations", List.of("CITES", "out"),
            "evidence", List.of("ABOUT", "in"),
            "premises", List.of("PREMISE_OF", "out"),
            "conclusions", List.of("CONCLUDES", "in"),
            "attacks", List.of("ATTACKS", "out"),
            "attacked", List.of("ATTACKS", "in"));

    private final Driver driver;
    private final ChangeLog changeLog;

    ClaimRevisions(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    Optional<RevisedClaim> find(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> claim(tx, map, id));
        }
    }

    List<MapPerson> people(MapId map) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(PEOPLE, Map.of("mapId", map.value()))
                    .list(r ->
                            new MapPerson(r.get("id").asString(), r.get("name").asString(""))));
        }
    }

    Optional<String> author(MapId map) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(AUTHOR, Map.of("mapId", map.value())).stream()
                    .findFirst()
                    .map(r -> r.get("id").asString()));
        }
    }

    /** The checked edit: null fields stay; {@code proponentId} "" makes the editor the proponent. */
    record Edit(
            @Nullable String text,
            @Nullable String kind,
            @Nullable String proponentId,
            @Nullable AnchorRequest anchor) {}

    RevisedClaim edit(MapId map, String id, long expectedVersion, Edit edit, Editor editor) {
        return changeLog.write((tx, entries) -> {
            var claim = lockedClaim(tx, map, id, editor, List.of(id));
            if (claim.version() != expectedVersion) {
                throw new ConcurrentEditException(id, expectedVersion, claim.version());
            }
            String proponent = claim.proponent();
            String proponentId = claim.proponentId();
            if (edit.proponentId() != null) {
                if (edit.proponentId().isEmpty()) {
                    proponent = editor.username();
                    proponentId = null;
                } else {
                    proponent = person(tx, map, edit.proponentId());
                    proponentId = edit.proponentId();
                }
            }
            var params = new HashMap<String, @Nullable Object>();
            params.put("mapId", map.value());
            params.put("id", id);
            params.put("text", edit.text() != null ? edit.text() : claim.text());
            params.put("kind", edit.kind() != null ? edit.kind() : claim.kind());
            params.put("proponent", proponent);
            params.put("proponentId", proponentId);
            params.put("version", claim.version() + 1);
            if (edit.anchor() != null) {
                var anchor = anchor(text(tx, map), edit.anchor(), null, "anchor");
                tx.run(REPLACE_ANCHORS, Map.of("mapId", map.value(), "id", id, "anchors", List.of(anchor)))
                        .consume();
            }
            tx.run(UPDATE, params).consume();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ClaimEdited,
                    editor.username(),
                    id,
                    null,
                    "Claim " + id + " edited: " + abbreviated(String.valueOf(params.get("text"))),
                    json(state(claim))));
            return claim(tx, map, id).orElseThrow();
        });
    }

    void delete(MapId map, String id, @Nullable Long expectedVersion, Editor editor) {
        changeLog.write((tx, entries) -> {
            var claim = lockedClaim(tx, map, id, editor, List.of(id));
            requireVersion(claim, expectedVersion);
            var deletion = ClaimGraph.deletion(tx, map, id);
            var before = new LinkedHashMap<String, Object>(ClaimGraph.capture(tx, deletion.elementIds()));
            ClaimGraph.delete(tx, deletion.elementIds());
            String removed =
                    deletion.arguments().isEmpty() && deletion.evidence().isEmpty()
                            ? ""
                            : " with arguments " + deletion.arguments() + " and evidence " + deletion.evidence();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ClaimDeleted,
                    editor.username(),
                    id,
                    null,
                    "Claim " + id + " deleted" + removed + ": " + abbreviated(claim.text()),
                    json(before)));
            return null;
        });
    }

    void merge(MapId map, String id, String intoId, @Nullable Long expectedVersion, Editor editor) {
        changeLog.write((tx, entries) -> {
            tx.run(LOCK, Map.of("mapId", map.value(), "ids", List.of(id, intoId)))
                    .consume();
            var duplicate = existing(tx, map, id, editor);
            existing(tx, map, intoId, editor);
            requireVersion(duplicate, expectedVersion);
            var pair = Map.<String, Object>of("mapId", map.value(), "id", id, "intoId", intoId);
            var loops = tx.run(LOOPS, pair).single().get("loops").asList(Value::asString);
            if (!loops.isEmpty()) {
                throw InvalidInputException.of("intoId", "disputatio.claim.mergeCycle", String.join(", ", loops));
            }
            var region = ClaimGraph.claims(tx, map, List.of(id, intoId));
            var before = new LinkedHashMap<String, Object>(ClaimGraph.capture(tx, region));
            tx.run(DROP_SAME_ANCHORS, pair).consume();
            tx.run(MOVE_ANCHORS, pair).consume();
            move(tx, map, id, intoId, null, null, true);
            tx.run(DELETE_CLAIM, pair).consume();
            tx.run(VERSION, Map.of("mapId", map.value(), "id", intoId)).consume();
            before.put("claims", List.of(intoId));
            before.put("after", ClaimGraph.fingerprint(tx, ClaimGraph.claims(tx, map, List.of(intoId))));
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ClaimsMerged,
                    editor.username(),
                    intoId,
                    id,
                    "Claim " + id + " merged into " + intoId + ": " + abbreviated(duplicate.text()),
                    json(before)));
            return null;
        });
    }

    /** The parts' fields checked; {@code move} names the relationships that go to the second part. */
    record Split(
            String firstText,
            String firstKind,
            @Nullable AnchorRequest firstAnchor,
            String secondText,
            String secondKind,
            @Nullable AnchorRequest secondAnchor,
            List<String> move) {}

    List<String> split(
            MapId map,
            String id,
            String newId,
            Split split,
            @Nullable Long expectedVersion,
            Editor editor,
            Instant at) {
        return changeLog.write((tx, entries) -> {
            var claim = lockedClaim(tx, map, id, editor, List.of(id));
            requireVersion(claim, expectedVersion);
            String text = split.firstAnchor() != null || split.secondAnchor() != null ? text(tx, map) : "";
            var firstAnchors = partAnchors(text, claim, split.firstAnchor(), "first.anchor");
            var secondAnchors = partAnchors(text, claim, split.secondAnchor(), "second.anchor");
            var region = ClaimGraph.claims(tx, map, List.of(id));
            var before = new LinkedHashMap<String, Object>(ClaimGraph.capture(tx, region));
            var params = new HashMap<String, @Nullable Object>();
            params.put("mapId", map.value());
            params.put("originalId", id);
            params.put("id", newId);
            params.put("kind", split.secondKind());
            params.put("text", split.secondText());
            params.put("username", editor.username());
            params.put("at", at.atZone(ZoneOffset.UTC));
            params.put("anchors", secondAnchors);
            tx.run(CREATE_PART, params).consume();
            var first = new HashMap<String, @Nullable Object>();
            first.put("mapId", map.value());
            first.put("id", id);
            first.put("text", split.firstText());
            first.put("kind", split.firstKind());
            first.put("proponent", claim.proponent());
            first.put("proponentId", claim.proponentId());
            first.put("version", claim.version() + 1);
            tx.run(UPDATE, first).consume();
            if (split.firstAnchor() != null || split.secondAnchor() != null) {
                tx.run(REPLACE_ANCHORS, Map.of("mapId", map.value(), "id", id, "anchors", firstAnchors))
                        .consume();
            }
            for (String name : split.move()) {
                var movable = MOVABLE.get(name);
                boolean out = movable.get(1).equals("out");
                move(tx, map, id, newId, List.of(movable.getFirst()), out, false);
            }
            before.put("claims", List.of(id, newId));
            before.put("after", ClaimGraph.fingerprint(tx, ClaimGraph.claims(tx, map, List.of(id, newId))));
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ClaimSplit,
                    editor.username(),
                    id,
                    newId,
                    "Claim " + id + " split; the second part is " + newId + ": " + abbreviated(split.secondText()),
                    json(before)));
            return List.of(id, newId);
        });
    }

    void addPerson(MapId map, String id, String name, String username, Instant at) {
        changeLog.write((tx, entries) -> {
            if (tx.run(MAP, Map.of("mapId", map.value())).list().isEmpty()) {
                throw new UnknownMapException(map);
            }
            var params = new HashMap<String, Object>();
            params.put("mapId", map.value());
            params.put("mapKey", map.searchKey()); // search keeps to the map (V0015)
            params.put("id", id);
            params.put("name", name);
            params.put("username", username);
            params.put("at", at.atZone(ZoneOffset.UTC));
            tx.run(CREATE_PERSON, params).consume();
            entries.append(
                    new ChangeEntry(map, ChangeKind.PersonAdded, username, id, null, "Person added: " + name, "{}"));
            return null;
        });
    }

    // --- shared with the reversals

    static Optional<RevisedClaim> claim(TransactionContext tx, MapId map, String id) {
        return tx.run(CLAIM, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(r -> new RevisedClaim(
                        r.get("id").asString(),
                        r.get("kind").asString(""),
                        r.get("text").asString(""),
                        r.get("proponent").asString(),
                        r.get("proponentId").isNull()
                                ? null
                                : r.get("proponentId").asString(),
                        r.get("createdBy").isNull() ? null : r.get("createdBy").asString(),
                        r.get("version").asLong(),
                        r.get("anchors")
                                .asList(a -> new MapContent.Anchor(
                                        a.get("exact").asString(""),
                                        a.get("prefix").asString(""),
                                        a.get("suffix").asString(""),
                                        a.get("start").asInt(),
                                        a.get("end").asInt()))));
    }

    /** What undoing an edit puts back. */
    static Map<String, @Nullable Object> state(RevisedClaim claim) {
        var state = new LinkedHashMap<String, @Nullable Object>();
        state.put("text", claim.text());
        state.put("kind", claim.kind());
        state.put("proponent", claim.proponent());
        state.put("proponentId", claim.proponentId());
        state.put("anchors", claim.anchors().stream().map(ClaimRevisions::row).toList());
        return state;
    }

    static String json(Map<String, ?> state) {
        return JSON.writeValueAsString(state);
    }

    static Map<String, Object> parse(String json) {
        return JSON.readValue(json, STATE);
    }

    private void move(
            TransactionContext tx,
            MapId map,
            String id,
            String intoId,
            @Nullable List<String> types,
            @Nullable Boolean outgoing,
            boolean collapse) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", map.value());
        params.put("id", id);
        params.put("intoId", intoId);
        params.put("types", types);
        params.put("collapse", collapse);
        if (outgoing == null || outgoing) {
            tx.run(MOVE_OUTGOING, params).consume();
        }
        if (outgoing == null || !outgoing) {
            tx.run(MOVE_INCOMING, params).consume();
        }
    }

    private RevisedClaim lockedClaim(TransactionContext tx, MapId map, String id, Editor editor, List<String> lock) {
        if (tx.run(MAP, Map.of("mapId", map.value())).list().isEmpty()) {
            throw new UnknownMapException(map);
        }
        tx.run(LOCK, Map.of("mapId", map.value(), "ids", lock)).consume();
        return existing(tx, map, id, editor);
    }

    private static RevisedClaim existing(TransactionContext tx, MapId map, String id, Editor editor) {
        var claim = claim(tx, map, id).orElseThrow(() -> new UnknownItemException("claim", id));
        if (!editor.mayChange(claim.createdBy())) {
            throw new AccessDeniedException(
                    claim.createdBy() == null
                            ? "Claim " + id + " came with the text: only the map's owner or an admin may change it."
                            : "Claim " + id + " is " + claim.createdBy()
                                    + "'s: only they, the map's owner or an admin may change it.");
        }
        return claim;
    }

    private static void requireVersion(RevisedClaim claim, @Nullable Long expected) {
        if (expected != null && claim.version() != expected) {
            throw new ConcurrentEditException(claim.id(), expected, claim.version());
        }
    }

    private static String person(TransactionContext tx, MapId map, String personId) {
        return tx.run(PERSON, Map.of("mapId", map.value(), "id", personId)).stream()
                .findFirst()
                .map(r -> r.get("name").asString(personId))
                .orElseThrow(() -> InvalidInputException.of("proponentId", "disputatio.claim.proponent", personId));
    }

    private static String text(TransactionContext tx, MapId map) {
        return tx.run(DOCUMENT_TEXT, Map.of("mapId", map.value())).stream()
                .findFirst()
                .map(r -> r.get("text").asString(""))
                .orElse("");
    }

    /** The parts' anchors lie within the original's words: one of its anchors holds each. */
    private static List<Map<String, Object>> partAnchors(
            String text, RevisedClaim claim, @Nullable AnchorRequest request, String field) {
        if (request == null) {
            return List.of();
        }
        if (claim.anchors().isEmpty()) {
            throw InvalidInputException.of(field, "disputatio.claim.splitNeedsAnchor");
        }
        for (var original : claim.anchors()) {
            var within = new TextRange(original.start(), original.end());
            Map<String, Object> row;
            try {
                row = anchor(text, request, within, field);
            } catch (InvalidInputException e) {
                continue;
            }
            int start = (Integer) row.get("start");
            int end = (Integer) row.get("end");
            if (start >= original.start() && end <= original.end()) {
                return List.of(row);
            }
        }
        var first = claim.anchors().getFirst();
        throw InvalidInputException.of(field, "disputatio.claim.splitWithin", first.start(), first.end());
    }

    /**
     * The anchor as stored, with the text around it; refused (naming {@code field}) unless its words are the
     * text's: at the given offsets, or found once by {@link Anchoring} (within {@code within} if given).
     */
    static Map<String, Object> anchor(String text, AnchorRequest request, @Nullable TextRange within, String field) {
        String exact = request.exact() == null ? "" : request.exact();
        int start;
        if (request.start() != null || request.end() != null) {
            Integer from = request.start();
            Integer to = request.end();
            if (from == null
                    || to == null
                    || from < 0
                    || to > text.length()
                    || from >= to
                    || !text.substring(from, to).equals(exact)) {
                throw InvalidInputException.of(field, "disputatio.anchor.mismatch");
            }
            start = from;
        } else {
            try {
                start = new Anchoring(text)
                        .anchor(exact, request.prefix(), request.suffix(), within)
                        .start();
            } catch (AnchoringException e) {
                throw new InvalidInputException(field, e.getMessage());
            }
        }
        int end = start + exact.length();
        return row(new MapContent.Anchor(
                exact,
                text.substring(Math.max(0, start - CONTEXT), start),
                text.substring(end, Math.min(text.length(), end + CONTEXT)),
                start,
                end));
    }

    private static Map<String, Object> row(MapContent.Anchor anchor) {
        var row = new LinkedHashMap<String, Object>();
        row.put("exact", anchor.exact());
        row.put("prefix", anchor.prefix());
        row.put("suffix", anchor.suffix());
        row.put("start", anchor.start());
        row.put("end", anchor.end());
        return row;
    }

    static String abbreviated(String text) {
        String flat = text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 80 ? flat : flat.substring(0, 79) + "…";
    }

    static List<String> strings(@Nullable Object list) {
        var strings = new ArrayList<String>();
        if (list instanceof List<?> items) {
            items.forEach(i -> strings.add(String.valueOf(i)));
        }
        return strings;
    }
}
