package org.disputatio.maps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** Read access to :Map nodes and their graph. All Cypher of this module lives here. */
@Repository
class Maps {

    private static final String LIST = """
            MATCH (m:Map)
            OPTIONAL MATCH (c:Claim {mapId: m.id})
            WITH m, count(c) AS claimCount
            RETURN m.id AS id, m.title AS title, m.language AS language, claimCount, m.owner AS owner,
                   m.createdAt AS createdAt, coalesce(m.version, 1) AS version
            ORDER BY m.title
            """;
    private static final String FIND = """
            MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (c:Claim {mapId: m.id})
            WITH m, count(c) AS claimCount
            RETURN m.id AS id, m.title AS title, m.language AS language, claimCount, m.owner AS owner,
                   m.createdAt AS createdAt, coalesce(m.version, 1) AS version
            """;
    private static final String INSERT_MAP = """
            CREATE (m:Map {id: $mapId, title: $title, language: $language, version: 1, createdAt: datetime(),
                           contentHash: $contentHash, owner: $owner})
            CREATE (d:Document {mapId: $mapId, title: $document.title, language: $document.language,
                                text: $document.text, original: $document.original,
                                authors: $document.authors, provenance: $document.provenance})
            CREATE (m)-[:HAS_DOCUMENT]->(d)
            """;
    // The MATCHes of the inserts below name the (mapId, id) index: planned on a database that held few items of a
    // label (a new one, or the first import), Neo4j chose a label scan filtered by id, and a scan of the nodes the
    // same transaction had just created made a 100k-claim import quadratic (docs/benchmarks.md, issue 14 point 7).
    private static final String INSERT_SOURCES = """
            UNWIND $sources AS s
            MERGE (n:Source {mapId: $mapId, id: s.id})
            SET n.authors = s.authors, n.title = s.title, n.year = s.year, n.kind = s.kind,
                n.accessibility = s.accessibility, n.mapKey = $mapKey
            RETURN count(n) AS written
            """;
    /** The provenance chains: evaluation follows these edges from a cited source to its reporters. */
    private static final String INSERT_REPORTED_BY = """
            UNWIND $links AS x
            MATCH (s:Source {mapId: $mapId, id: x.sourceId}) USING INDEX s:Source(mapId, id)
            MATCH (r:Source {mapId: $mapId, id: x.reportedBy}) USING INDEX r:Source(mapId, id)
            CREATE (s)-[:REPORTED_BY {locator: x.locator, position: x.position}]->(r)
            """;

    private static final String INSERT_CLAIMS = """
            UNWIND $claims AS c
            MERGE (claim:Claim {mapId: $mapId, id: c.id})
            SET claim.ordinal = c.ordinal, claim.kind = c.kind, claim.text = c.text, claim.proponent = c.proponent,
                claim.proponentId = c.proponentId, claim.section = c.section, claim.mapKey = $mapKey
            WITH claim, c
            UNWIND c.anchors AS a
            CREATE (claim)-[:ANCHORED_BY]->(:Anchor {exact: a.exact, prefix: a.prefix, suffix: a.suffix,
                                                     start: a.start, end: a.end, mapKey: $mapKey})
            """;
    private static final String INSERT_CITATIONS = """
            UNWIND $citations AS x
            MATCH (c:Claim {mapId: $mapId, id: x.claimId}) USING INDEX c:Claim(mapId, id)
            MATCH (s:Source {mapId: $mapId, id: x.sourceId}) USING INDEX s:Source(mapId, id)
            CREATE (c)-[:CITES {position: x.position, locator: x.locator, raw: x.raw, mapKey: $mapKey}]->(s)
            """;
    private static final String INSERT_ARGUMENTS = """
            UNWIND $arguments AS x
            MATCH (conclusion:Claim {mapId: $mapId, id: x.conclusion}) USING INDEX conclusion:Claim(mapId, id)
            MERGE (a:Argument {mapId: $mapId, id: x.id})
            SET a.ordinal = x.ordinal, a.scheme = x.scheme
            CREATE (a)-[:CONCLUDES]->(conclusion)
            WITH a, x
            UNWIND range(0, size(x.premises) - 1) AS i
            MATCH (p:Claim {mapId: $mapId, id: x.premises[i]}) USING INDEX p:Claim(mapId, id)
            CREATE (p)-[:PREMISE_OF {position: i}]->(a)
            """;
    private static final String INSERT_ATTACKS = """
            UNWIND $attacks AS x
            MATCH (from:Claim {mapId: $mapId, id: x.from}) USING INDEX from:Claim(mapId, id)
            OPTIONAL MATCH (toClaim:Claim {mapId: $mapId, id: x.to}) USING INDEX toClaim:Claim(mapId, id)
            OPTIONAL MATCH (toArgument:Argument {mapId: $mapId, id: x.to}) USING INDEX toArgument:Argument(mapId, id)
            WITH from, x, coalesce(toClaim, toArgument) AS target
            WHERE target IS NOT NULL
            CREATE (from)-[:ATTACKS {id: x.id, kind: x.kind, ordinal: x.ordinal}]->(target)
            """;
    /** Not ATTACKS: the evaluation reads attacks only, and a proponent's own qualifier is no objection (ADR 029). */
    private static final String INSERT_QUALIFICATIONS = """
            UNWIND $qualifications AS x
            MATCH (from:Claim {mapId: $mapId, id: x.from}) USING INDEX from:Claim(mapId, id)
            OPTIONAL MATCH (toClaim:Claim {mapId: $mapId, id: x.to}) USING INDEX toClaim:Claim(mapId, id)
            OPTIONAL MATCH (toArgument:Argument {mapId: $mapId, id: x.to}) USING INDEX toArgument:Argument(mapId, id)
            WITH from, x, coalesce(toClaim, toArgument) AS target
            WHERE target IS NOT NULL
            CREATE (from)-[:QUALIFIES {id: x.id, ordinal: x.ordinal}]->(target)
            """;

    // Rephrasings and preferences of maps imported from AIF (issue 14, ADR 041): between claims or arguments,
    // neither an inference nor an attack, so the evaluation reads neither.
    private static final String INSERT_REPHRASES = """
            UNWIND $rephrases AS x
            MATCH (from:Claim {mapId: $mapId, id: x.from}) USING INDEX from:Claim(mapId, id)
            MATCH (to:Claim {mapId: $mapId, id: x.to}) USING INDEX to:Claim(mapId, id)
            CREATE (from)-[:REPHRASES {id: x.id, ordinal: x.ordinal, scheme: x.scheme}]->(to)
            """;
    private static final String INSERT_PREFERENCES = """
            UNWIND $preferences AS x
            OPTIONAL MATCH (pc:Claim {mapId: $mapId, id: x.preferred}) USING INDEX pc:Claim(mapId, id)
            OPTIONAL MATCH (pa:Argument {mapId: $mapId, id: x.preferred}) USING INDEX pa:Argument(mapId, id)
            OPTIONAL MATCH (oc:Claim {mapId: $mapId, id: x.over}) USING INDEX oc:Claim(mapId, id)
            OPTIONAL MATCH (oa:Argument {mapId: $mapId, id: x.over}) USING INDEX oa:Argument(mapId, id)
            WITH x, coalesce(pc, pa) AS preferred, coalesce(oc, oa) AS over
            WHERE preferred IS NOT NULL AND over IS NOT NULL
            CREATE (preferred)-[:PREFERRED_TO {id: x.id, ordinal: x.ordinal, scheme: x.scheme}]->(over)
            """;
    private static final String DETAILS_REPHRASES = """
            MATCH (f:Claim {mapId: $mapId})-[r:REPHRASES]->(t:Claim)
            WHERE f.hidden IS NULL AND t.hidden IS NULL
            RETURN r.id AS id, f.id AS from, t.id AS to, r.scheme AS scheme
            ORDER BY r.ordinal, r.id
            """;
    private static final String DETAILS_PREFERENCES = """
            MATCH (f:Claim|Argument {mapId: $mapId})-[r:PREFERRED_TO]->(t)
            WHERE f.hidden IS NULL AND t.hidden IS NULL
            RETURN r.id AS id, f.id AS preferred, t.id AS over, r.scheme AS scheme
            ORDER BY r.ordinal, r.id
            """;
    // Undo of an import (ADR 041): everything the import wrote, while nothing else has been added since.
    private static final List<String> DELETE_IMPORTED = List.of("""
            MATCH (:Claim {mapId: $mapId})-[:ANCHORED_BY]->(a:Anchor)
            DETACH DELETE a
            """, """
            MATCH (n:Claim|Argument|Source|Contestation|Person|Note|Event|Document {mapId: $mapId})
            DETACH DELETE n
            """);
    private static final String DELETE_IMPORTED_MAP = """
            MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (m)-[:HAS_DOCUMENT]->(d:Document)
            DETACH DELETE d, m
            RETURN count(DISTINCT m) AS deleted
            """;

    private static final String DETAILS_QUALIFICATIONS = """
            MATCH (f:Claim {mapId: $mapId})-[q:QUALIFIES]->(t)
            RETURN q.id AS id, f.id AS from, t.id AS to
            ORDER BY q.ordinal, q.id
            """;
    private static final String INSERT_CONTESTATIONS = """
            UNWIND $contestations AS x
            MATCH (s:Source {mapId: $mapId, id: x.sourceId}) USING INDEX s:Source(mapId, id)
            CREATE (:Contestation {mapId: $mapId, id: x.id, by: x.by, reason: x.reason, open: true,
                                   origin: 'document', ordinal: x.ordinal})-[:CONTESTS]->(s)
            """;

    // People, notes on the text and dated events (docs/adr/028-people-notes-and-dates.md).
    private static final String INSERT_PEOPLE = """
            UNWIND $people AS p
            CREATE (:Person {mapId: $mapId, id: p.id, ordinal: p.ordinal, kind: p.kind, name: p.name,
                             variants: p.variants, description: p.description, mapKey: $mapKey})
            """;
    private static final String INSERT_MENTIONS = """
            UNWIND $mentions AS x
            MATCH (c:Claim {mapId: $mapId, id: x.claimId}) USING INDEX c:Claim(mapId, id)
            MATCH (p:Person {mapId: $mapId, id: x.personId}) USING INDEX p:Person(mapId, id)
            CREATE (c)-[:MENTIONS {position: x.position}]->(p)
            """;
    private static final String INSERT_NOTES = """
            UNWIND $notes AS n
            CREATE (:Note {mapId: $mapId, id: n.id, ordinal: n.ordinal, kind: n.kind, text: n.text,
                           exact: n.exact, prefix: n.prefix, suffix: n.suffix, start: n.start, end: n.end})
            """;
    private static final String INSERT_EVENTS = """
            UNWIND $events AS e
            CREATE (:Event {mapId: $mapId, id: e.id, ordinal: e.ordinal, label: e.label})
            """;
    private static final String INSERT_DATES = """
            UNWIND $dates AS x
            MATCH (c:Claim {mapId: $mapId, id: x.claimId}) USING INDEX c:Claim(mapId, id)
            MATCH (e:Event {mapId: $mapId, id: x.event}) USING INDEX e:Event(mapId, id)
            CREATE (c)-[:DATES {position: x.position, date: x.date, precision: x.precision}]->(e)
            """;
    private static final String DETAILS_PEOPLE = """
            MATCH (p:Person {mapId: $mapId})
            RETURN p.id AS id, p.kind AS kind, p.name AS name, p.variants AS variants, p.description AS description
            ORDER BY p.ordinal, p.id
            """;
    private static final String DETAILS_NOTES = """
            MATCH (n:Note {mapId: $mapId})
            RETURN n.id AS id, n.kind AS kind, n.text AS text, n.exact AS exact, n.prefix AS prefix,
                   n.suffix AS suffix, n.start AS start, n.end AS end
            ORDER BY n.ordinal, n.id
            """;
    private static final String DETAILS_EVENTS = """
            MATCH (e:Event {mapId: $mapId})
            RETURN e.id AS id, e.label AS label
            ORDER BY e.ordinal, e.id
            """;

    // Re-importing a shipped map whose files changed (ADR 007, "Re-import"): imported items are those without
    // an origin (users' claims and sources have origin 'user', users' attacks a createdBy, contestations an
    // origin); users' evidence, ratings, grades, contestations and the change log are other nodes and stay.
    // Users' arguments (origin 'user') and citations (a createdBy) stay too; imported arguments users edited
    // get the files' conclusion and premises back (ADR 032).
    private static final String CONTENT_HASH = """
            MATCH (m:Map {id: $mapId}) RETURN m.contentHash AS hash
            """;
    /** Imported items the new content drops but users have worked on: dropping them would orphan that work. */
    private static final String USER_WORK_ON_DROPPED = """
            MATCH (c:Claim {mapId: $mapId}) WHERE c.origin IS NULL AND NOT c.id IN $claimIds
              AND (EXISTS { (:Evidence)-[:ABOUT]->(c) } OR EXISTS { (c)-[k:ATTACKS]-() WHERE k.createdBy IS NOT NULL }
                   OR EXISTS { (c)-[:PREMISE_OF|CONCLUDES]-(:Argument {origin: 'user'}) }
                   OR EXISTS { (c)-[x:CITES]->() WHERE x.createdBy IS NOT NULL })
            RETURN c.id AS id
            UNION
            MATCH (a:Argument {mapId: $mapId}) WHERE NOT a.id IN $argumentIds
              AND (EXISTS { (:Rating {mapId: $mapId, itemId: a.id}) }
                   OR EXISTS { ()-[k:ATTACKS]->(a) WHERE k.createdBy IS NOT NULL })
            RETURN a.id AS id
            UNION
            MATCH (s:Source {mapId: $mapId}) WHERE s.origin IS NULL AND NOT s.id IN $sourceIds
              AND (EXISTS { (:Evidence)-[:FROM]->(s) } OR EXISTS { (:Grade {mapId: $mapId, sourceId: s.id}) }
                   OR EXISTS { (x:Contestation)-[:CONTESTS]->(s) WHERE x.origin = 'user' }
                   OR EXISTS { ()-[x:CITES]->(s) WHERE x.createdBy IS NOT NULL })
            RETURN s.id AS id
            """;
    /** Statements run one by one, because a MATCH that finds nothing would end a longer one early. */
    private static final List<String> DROP_IMPORTED = List.of("""
            MATCH (c:Claim {mapId: $mapId}) WHERE c.origin IS NULL AND NOT c.id IN $claimIds
            OPTIONAL MATCH (c)-[:ANCHORED_BY]->(anchor:Anchor)
            DETACH DELETE anchor, c
            """, """
            MATCH (a:Argument {mapId: $mapId}) WHERE a.origin IS NULL AND NOT a.id IN $argumentIds
            DETACH DELETE a
            """, """
            MATCH (s:Source {mapId: $mapId}) WHERE s.origin IS NULL AND NOT s.id IN $sourceIds
            DETACH DELETE s
            """);
    /** The imported links and annotations, written again from the new content; one statement each, as above. */
    private static final List<String> STRIP_IMPORTED = List.of("""
            MATCH (c:Claim {mapId: $mapId})-[:ANCHORED_BY]->(anchor:Anchor) WHERE c.origin IS NULL
            DETACH DELETE anchor
            """, """
            MATCH (c:Claim {mapId: $mapId})-[r:CITES|MENTIONS|DATES|QUALIFIES]->() WHERE c.origin IS NULL
              AND r.createdBy IS NULL
            DELETE r
            """, """
            MATCH ()-[r:PREMISE_OF]->(a:Argument {mapId: $mapId}) WHERE a.origin IS NULL
            DELETE r
            """, """
            MATCH (:Claim {mapId: $mapId})-[k:ATTACKS]->() WHERE k.createdBy IS NULL
            DELETE k
            """, """
            MATCH (a:Argument {mapId: $mapId})-[r:CONCLUDES]->() WHERE a.origin IS NULL
            DELETE r
            """, """
            MATCH (s:Source {mapId: $mapId})-[r:REPORTED_BY]->() WHERE s.origin IS NULL
            DELETE r
            """, """
            MATCH (x:Contestation {mapId: $mapId}) WHERE x.origin = 'document'
            DETACH DELETE x
            """, """
            MATCH (n:Person|Note|Event {mapId: $mapId})
            DETACH DELETE n
            """);

    private static final String UPDATE_MAP = """
            MATCH (m:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            SET m.title = $title, m.language = $language, m.contentHash = $contentHash,
                d.title = $document.title, d.language = $document.language, d.text = $document.text,
                d.original = $document.original, d.authors = $document.authors, d.provenance = $document.provenance
            """;

    private static final String DETAILS_MAP = """
            MATCH (m:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            RETURN m.title AS title, m.language AS language, d.title AS documentTitle,
                   d.language AS documentLanguage, d.text AS text, d.original AS original,
                   coalesce(d.authors, []) AS authors, coalesce(d.provenance, '') AS provenance
            """;
    // Items a moderator hid (HiddenItems, ADR 038) are left out of every read, with the arguments and attacks that
    // need a hidden claim.
    private static final String DETAILS_CLAIMS = """
            MATCH (c:Claim {mapId: $mapId}) WHERE c.hidden IS NULL
            CALL (c) {
              OPTIONAL MATCH (c)-[:ANCHORED_BY]->(a:Anchor)
              WITH a ORDER BY a.start
              RETURN collect(a {.exact, .prefix, .suffix, .start, .end}) AS anchors
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[r:CITES]->(s:Source)
              WITH r, s ORDER BY r.position
              RETURN collect(CASE WHEN s IS NULL THEN null
                                  ELSE {sourceId: s.id, locator: r.locator, raw: r.raw} END) AS citations
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[r:MENTIONS]->(p:Person)
              WITH r, p ORDER BY r.position
              RETURN collect(p.id) AS mentions
            }
            CALL (c) {
              OPTIONAL MATCH (c)-[r:DATES]->(e:Event)
              WITH r, e ORDER BY r.position
              RETURN collect(CASE WHEN e IS NULL THEN null
                                  ELSE {event: e.id, date: r.date, precision: r.precision} END) AS dates
            }
            RETURN c.id AS id, c.kind AS kind, c.text AS text, coalesce(c.proponent, '') AS proponent,
                   coalesce(c.section, '') AS section, anchors, citations, c.proponentId AS proponentId,
                   mentions, dates
            ORDER BY c.ordinal, c.id
            """;
    private static final String DETAILS_ARGUMENTS = """
            MATCH (a:Argument {mapId: $mapId})-[:CONCLUDES]->(c:Claim)
            WHERE NOT EXISTS { (h:Claim)-[:PREMISE_OF|CONCLUDES]-(a) WHERE h.hidden IS NOT NULL }
            CALL (a) {
              MATCH (p:Claim)-[r:PREMISE_OF]->(a)
              WITH p, r ORDER BY r.position
              RETURN collect(p.id) AS premises
            }
            RETURN a.id AS id, premises, c.id AS conclusion, a.scheme AS scheme
            ORDER BY a.ordinal, a.id
            """;
    private static final String DETAILS_ATTACKS = """
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS]->(t)
            WHERE f.hidden IS NULL AND t.hidden IS NULL
              AND NOT EXISTS { (h:Claim)-[:PREMISE_OF|CONCLUDES]-(t) WHERE h.hidden IS NOT NULL }
            RETURN k.id AS id, f.id AS from, t.id AS to, k.kind AS kind
            ORDER BY k.ordinal, k.id
            """;
    private static final String DETAILS_SOURCES = """
            MATCH (s:Source {mapId: $mapId})
            CALL (s) {
              OPTIONAL MATCH (s)-[l:REPORTED_BY]->(r:Source)
              WITH l, r ORDER BY l.position, r.id
              RETURN collect(CASE WHEN r IS NULL THEN null
                                  ELSE {sourceId: r.id, locator: l.locator} END) AS reportedBy
            }
            RETURN s.id AS id, coalesce(s.authors, []) AS authors, s.title AS title, s.year AS year,
                   s.kind AS kind, s.accessibility AS accessibility, reportedBy
            ORDER BY s.id
            """;
    private static final String DETAILS_CONTESTATIONS = """
            MATCH (x:Contestation {mapId: $mapId})-[:CONTESTS]->(s:Source)
            WHERE x.open AND x.hidden IS NULL
            RETURN x.id AS id, s.id AS sourceId, x.by AS by, x.reason AS reason
            ORDER BY x.ordinal, x.id
            """;

    private final Driver driver;

    Maps(Driver driver) {
        this.driver = driver;
    }

    List<MapSummary> list() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST).list(Maps::summary));
        }
    }

    Optional<MapSummary> find(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .map(Maps::summary));
        }
    }

    /**
     * Writes a whole map in one transaction, so a failure leaves nothing behind. Each kind of item is
     * one UNWIND statement: a handful of round trips whatever the size of the map.
     *
     * @return false if a map with this id already exists (nothing is written then)
     */
    boolean insert(MapContent map, @Nullable String contentHash, @Nullable String owner) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> insert(tx, map, contentHash, owner));
        }
    }

    /** {@link #insert(MapContent, String, String)} in the caller's transaction (a map imported from a file). */
    static boolean insert(
            org.neo4j.driver.TransactionContext tx,
            MapContent map,
            @Nullable String contentHash,
            @Nullable String owner) {
        // mapKey: search keeps to the map inside the full-text indexes (V0015).
        var base = Map.<String, Object>of("mapId", map.id(), "mapKey", new MapId(map.id()).searchKey());
        // A deleted map keeps its id (and its items their keys) until it is restored: never reuse it.
        if (tx.run("MATCH (m:Map|DeletedMap {id: $mapId}) RETURN m.id", base).hasNext()) {
            return false;
        }
        var head = head(map, contentHash);
        head.put("owner", owner);
        tx.run(INSERT_MAP, with(base, head));
        writeContent(tx, base, map);
        return true;
    }

    /** Deletes an imported map and everything in it, in the caller's transaction; false if it is gone. */
    static boolean deleteImported(org.neo4j.driver.TransactionContext tx, MapId id) {
        var params = Map.<String, Object>of("mapId", id.value());
        DELETE_IMPORTED.forEach(q -> tx.run(q, params).consume());
        return tx.run(DELETE_IMPORTED_MAP, params).single().get("deleted").asInt() > 0;
    }

    /** The hash of the content a map was imported from; empty for a map without one (imported before hashes). */
    Optional<String> contentHash(MapId id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(CONTENT_HASH, Map.of("mapId", id.value())).stream()
                    .findFirst()
                    .flatMap(r -> r.get("hash").isNull()
                            ? Optional.empty()
                            : Optional.of(r.get("hash").asString())));
        }
    }

    /**
     * Replaces a map's imported content in one transaction: its items are updated in place by id, so what users
     * attached to them (evidence, ratings, grades, contestations, their own claims and attacks) stays attached.
     *
     * @return the imported items the new content drops although users worked on them; when there are any,
     *     nothing is written
     */
    List<String> replaceImported(MapContent map, String contentHash) {
        var base = Map.<String, Object>of("mapId", map.id(), "mapKey", new MapId(map.id()).searchKey());
        var kept = with(
                base,
                Map.of(
                        "claimIds",
                                map.claims().stream().map(MapContent.Claim::id).toList(),
                        "argumentIds",
                                map.arguments().stream()
                                        .map(MapContent.Argument::id)
                                        .toList(),
                        "sourceIds",
                                map.sources().stream()
                                        .map(MapContent.Source::id)
                                        .toList()));
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                List<String> blocked =
                        tx.run(USER_WORK_ON_DROPPED, kept).list(r -> r.get("id").asString());
                if (!blocked.isEmpty()) {
                    return blocked;
                }
                DROP_IMPORTED.forEach(q -> tx.run(q, kept).consume());
                STRIP_IMPORTED.forEach(q -> tx.run(q, base).consume());
                tx.run(UPDATE_MAP, with(base, head(map, contentHash))).consume();
                writeContent(tx, base, map);
                return List.of();
            });
        }
    }

    private static java.util.HashMap<String, Object> head(MapContent map, @Nullable String contentHash) {
        var head = new java.util.HashMap<String, Object>();
        head.put("title", map.title());
        head.put("language", map.language());
        head.put("contentHash", contentHash);
        head.put(
                "document",
                Map.of(
                        "title", map.document().title(),
                        "language", map.document().language(),
                        "text", map.document().text(),
                        "original", map.document().original(),
                        "authors", map.document().authors(),
                        "provenance", map.document().provenance()));
        return head;
    }

    /**
     * Writes a map's items into a transaction where the map node exists and no link of its content does yet. Each
     * kind of item is one UNWIND statement: a handful of round trips whatever the size of the map. A reference that
     * matches nothing fails the transaction, so a failure leaves nothing behind.
     */
    private static void writeContent(org.neo4j.driver.TransactionContext tx, Map<String, Object> base, MapContent map) {
        expect(
                "sources",
                map.sources().size(),
                tx.run(
                                INSERT_SOURCES,
                                with(
                                        base,
                                        Map.of(
                                                "sources",
                                                map.sources().stream()
                                                        .map(Maps::row)
                                                        .toList())))
                        .single()
                        .get("written")
                        .asInt());
        var links = new java.util.ArrayList<Map<String, Object>>();
        for (var source : map.sources()) {
            for (int j = 0; j < source.reportedBy().size(); j++) {
                var link = source.reportedBy().get(j);
                var row = new java.util.HashMap<String, Object>();
                row.put("sourceId", source.id());
                row.put("reportedBy", link.sourceId());
                row.put("locator", link.locator());
                row.put("position", j);
                links.add(row);
            }
        }
        expect(
                "provenance links",
                links.size(),
                tx.run(INSERT_REPORTED_BY, with(base, Map.of("links", links)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var claims = new java.util.ArrayList<Map<String, Object>>();
        var citations = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.claims().size(); i++) {
            var c = map.claims().get(i);
            var claimRow = new java.util.HashMap<String, Object>(Map.of(
                    "id",
                    c.id(),
                    "ordinal",
                    i,
                    "kind",
                    c.kind(),
                    "text",
                    c.text(),
                    "proponent",
                    c.proponent(),
                    "section",
                    c.section(),
                    "anchors",
                    c.anchors().stream()
                            .map(a -> Map.<String, Object>of(
                                    "exact",
                                    a.exact(),
                                    "prefix",
                                    a.prefix(),
                                    "suffix",
                                    a.suffix(),
                                    "start",
                                    a.start(),
                                    "end",
                                    a.end()))
                            .toList()));
            claimRow.put("proponentId", c.proponentId());
            claims.add(claimRow);
            for (int j = 0; j < c.citations().size(); j++) {
                var x = c.citations().get(j);
                var row = new java.util.HashMap<String, Object>();
                row.put("claimId", c.id());
                row.put("sourceId", x.sourceId());
                row.put("position", j);
                row.put("locator", x.locator());
                row.put("raw", x.raw());
                citations.add(row);
            }
        }
        tx.run(INSERT_CLAIMS, with(base, Map.of("claims", claims))).consume();
        expect(
                "citations",
                citations.size(),
                tx.run(INSERT_CITATIONS, with(base, Map.of("citations", citations)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var arguments = new java.util.ArrayList<Map<String, Object>>();
        int premises = 0;
        for (int i = 0; i < map.arguments().size(); i++) {
            var a = map.arguments().get(i);
            premises += a.premises().size();
            var row = new java.util.HashMap<String, Object>();
            row.put("id", a.id());
            row.put("ordinal", i);
            row.put("conclusion", a.conclusion());
            row.put("premises", a.premises());
            row.put("scheme", a.scheme());
            arguments.add(row);
        }
        expect(
                "argument links",
                map.arguments().size() + premises,
                tx.run(INSERT_ARGUMENTS, with(base, Map.of("arguments", arguments)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var attacks = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.attacks().size(); i++) {
            var k = map.attacks().get(i);
            attacks.add(Map.of("id", k.id(), "ordinal", i, "from", k.from(), "to", k.to(), "kind", k.kind()));
        }
        expect(
                "attacks",
                attacks.size(),
                tx.run(INSERT_ATTACKS, with(base, Map.of("attacks", attacks)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var qualifications = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.qualifications().size(); i++) {
            var q = map.qualifications().get(i);
            qualifications.add(Map.of("id", q.id(), "ordinal", i, "from", q.from(), "to", q.to()));
        }
        expect(
                "qualifications",
                qualifications.size(),
                tx.run(INSERT_QUALIFICATIONS, with(base, Map.of("qualifications", qualifications)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var contestations = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.contestations().size(); i++) {
            var x = map.contestations().get(i);
            contestations.add(
                    Map.of("id", x.id(), "ordinal", i, "sourceId", x.sourceId(), "by", x.by(), "reason", x.reason()));
        }
        expect(
                "contestations",
                contestations.size(),
                tx.run(INSERT_CONTESTATIONS, with(base, Map.of("contestations", contestations)))
                        .consume()
                        .counters()
                        .nodesCreated());
        insertPeopleNotesAndDates(tx, base, map);
        insertRephrasesAndPreferences(tx, base, map);
    }

    private static void insertRephrasesAndPreferences(
            org.neo4j.driver.TransactionContext tx, Map<String, Object> base, MapContent map) {
        var rephrases = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.rephrases().size(); i++) {
            var r = map.rephrases().get(i);
            var row = new java.util.HashMap<String, Object>();
            row.putAll(Map.of("id", r.id(), "ordinal", i, "from", r.from(), "to", r.to()));
            row.put("scheme", r.scheme());
            rephrases.add(row);
        }
        if (!rephrases.isEmpty()) {
            expect(
                    "rephrasings",
                    rephrases.size(),
                    tx.run(INSERT_REPHRASES, with(base, Map.of("rephrases", rephrases)))
                            .consume()
                            .counters()
                            .relationshipsCreated());
        }
        var preferences = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.preferences().size(); i++) {
            var p = map.preferences().get(i);
            var row = new java.util.HashMap<String, Object>();
            row.putAll(Map.of("id", p.id(), "ordinal", i, "preferred", p.preferred(), "over", p.over()));
            row.put("scheme", p.scheme());
            preferences.add(row);
        }
        if (!preferences.isEmpty()) {
            expect(
                    "preferences",
                    preferences.size(),
                    tx.run(INSERT_PREFERENCES, with(base, Map.of("preferences", preferences)))
                            .consume()
                            .counters()
                            .relationshipsCreated());
        }
    }

    Optional<MapContent> details(MapId id) {
        var params = Map.<String, Object>of("mapId", id.value());
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var head = tx.run(DETAILS_MAP, params).stream().findFirst();
                if (head.isEmpty()) {
                    return Optional.empty();
                }
                var m = head.get();
                var document = new MapContent.Document(
                        m.get("documentTitle").asString(""),
                                m.get("documentLanguage").asString(""),
                        m.get("text").asString(""), m.get("original").asString(""),
                        m.get("authors").asList(Value::asString),
                                m.get("provenance").asString(""));
                var claims = tx.run(DETAILS_CLAIMS, params)
                        .list(r -> new MapContent.Claim(
                                r.get("id").asString(),
                                r.get("kind").asString(),
                                r.get("text").asString(""),
                                r.get("proponent").asString(),
                                r.get("section").asString(),
                                r.get("anchors")
                                        .asList(a -> new MapContent.Anchor(
                                                a.get("exact").asString(),
                                                a.get("prefix").asString(""),
                                                a.get("suffix").asString(""),
                                                a.get("start").asInt(),
                                                a.get("end").asInt())),
                                r.get("citations")
                                        .asList(c -> new MapContent.Citation(
                                                c.get("sourceId").asString(),
                                                c.get("locator").isNull()
                                                        ? null
                                                        : c.get("locator").asString(),
                                                c.get("raw").asString())),
                                r.get("proponentId").isNull()
                                        ? null
                                        : r.get("proponentId").asString(),
                                r.get("mentions").asList(Value::asString),
                                r.get("dates")
                                        .asList(d -> new MapContent.ClaimDate(
                                                d.get("event").asString(),
                                                d.get("date").asString(),
                                                d.get("precision").asString()))));
                var arguments = tx.run(DETAILS_ARGUMENTS, params)
                        .list(r -> new MapContent.Argument(
                                r.get("id").asString(),
                                r.get("premises").asList(Value::asString),
                                r.get("conclusion").asString(),
                                r.get("scheme").isNull()
                                        ? null
                                        : r.get("scheme").asString()));
                var attacks = tx.run(DETAILS_ATTACKS, params)
                        .list(r -> new MapContent.Attack(
                                r.get("id").asString(),
                                r.get("from").asString(),
                                r.get("to").asString(),
                                r.get("kind").asString()));
                var sources = tx.run(DETAILS_SOURCES, params)
                        .list(r -> new MapContent.Source(
                                r.get("id").asString(),
                                r.get("authors").asList(Value::asString),
                                r.get("title").isNull() ? null : r.get("title").asString(),
                                r.get("year").isNull() ? null : r.get("year").asInt(),
                                r.get("kind").asString(),
                                r.get("accessibility").asString(),
                                r.get("reportedBy")
                                        .asList(l -> new MapContent.ReportedBy(
                                                l.get("sourceId").asString(),
                                                l.get("locator").isNull()
                                                        ? null
                                                        : l.get("locator").asString()))));
                var qualifications = tx.run(DETAILS_QUALIFICATIONS, params)
                        .list(r -> new MapContent.Qualification(
                                r.get("id").asString(),
                                r.get("from").asString(),
                                r.get("to").asString()));
                var contestations = tx.run(DETAILS_CONTESTATIONS, params)
                        .list(r -> new MapContent.Contestation(
                                r.get("id").asString(),
                                r.get("sourceId").asString(),
                                r.get("by").asString(""),
                                r.get("reason").asString("")));
                var people = tx.run(DETAILS_PEOPLE, params)
                        .list(r -> new MapContent.Person(
                                r.get("id").asString(),
                                r.get("kind").asString(),
                                r.get("name").asString(),
                                r.get("variants").asList(Value::asString),
                                r.get("description").asString("")));
                var notes = tx.run(DETAILS_NOTES, params)
                        .list(r -> new MapContent.Note(
                                r.get("id").asString(),
                                r.get("kind").asString(),
                                new MapContent.Anchor(
                                        r.get("exact").asString(),
                                        r.get("prefix").asString(""),
                                        r.get("suffix").asString(""),
                                        r.get("start").asInt(),
                                        r.get("end").asInt()),
                                r.get("text").asString()));
                var contradictory = Timeline.contradictoryEvents(
                        claims.stream().flatMap(c -> c.dates().stream()).toList());
                var events = tx.run(DETAILS_EVENTS, params)
                        .list(r -> new MapContent.Event(
                                r.get("id").asString(),
                                r.get("label").asString(),
                                contradictory.contains(r.get("id").asString())));
                return Optional.of(new MapContent(
                        id.value(),
                        m.get("title").asString(""),
                        m.get("language").asString(""),
                        document,
                        claims,
                        arguments,
                        attacks,
                        sources,
                        contestations,
                        people,
                        notes,
                        events,
                        qualifications,
                        tx.run(DETAILS_REPHRASES, params)
                                .list(r -> new MapContent.Rephrase(
                                        r.get("id").asString(),
                                        r.get("from").asString(),
                                        r.get("to").asString(),
                                        r.get("scheme").isNull()
                                                ? null
                                                : r.get("scheme").asString())),
                        tx.run(DETAILS_PREFERENCES, params)
                                .list(r -> new MapContent.Preference(
                                        r.get("id").asString(),
                                        r.get("preferred").asString(),
                                        r.get("over").asString(),
                                        r.get("scheme").isNull()
                                                ? null
                                                : r.get("scheme").asString()))));
            });
        }
    }

    /** Writes the people, the notes on the text and the dated events, checking every link resolves. */
    private static void insertPeopleNotesAndDates(
            org.neo4j.driver.TransactionContext tx, Map<String, Object> base, MapContent map) {
        var people = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.people().size(); i++) {
            var p = map.people().get(i);
            people.add(Map.of(
                    "id", p.id(),
                    "ordinal", i,
                    "kind", p.kind(),
                    "name", p.name(),
                    "variants", p.variants(),
                    "description", p.description()));
        }
        expect(
                "people",
                people.size(),
                tx.run(INSERT_PEOPLE, with(base, Map.of("people", people)))
                        .consume()
                        .counters()
                        .nodesCreated());
        var mentions = new java.util.ArrayList<Map<String, Object>>();
        var dates = new java.util.ArrayList<Map<String, Object>>();
        for (var c : map.claims()) {
            for (int j = 0; j < c.mentions().size(); j++) {
                mentions.add(Map.of("claimId", c.id(), "personId", c.mentions().get(j), "position", j));
            }
            for (int j = 0; j < c.dates().size(); j++) {
                var d = c.dates().get(j);
                dates.add(Map.of(
                        "claimId", c.id(),
                        "event", d.event(),
                        "date", d.date(),
                        "precision", d.precision(),
                        "position", j));
            }
        }
        expect(
                "mentions",
                mentions.size(),
                tx.run(INSERT_MENTIONS, with(base, Map.of("mentions", mentions)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
        var notes = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.notes().size(); i++) {
            var n = map.notes().get(i);
            var a = n.anchor();
            notes.add(Map.of(
                    "id", n.id(),
                    "ordinal", i,
                    "kind", n.kind(),
                    "text", n.text(),
                    "exact", a.exact(),
                    "prefix", a.prefix(),
                    "suffix", a.suffix(),
                    "start", a.start(),
                    "end", a.end()));
        }
        expect(
                "notes",
                notes.size(),
                tx.run(INSERT_NOTES, with(base, Map.of("notes", notes)))
                        .consume()
                        .counters()
                        .nodesCreated());
        var events = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < map.events().size(); i++) {
            var e = map.events().get(i);
            events.add(Map.of("id", e.id(), "ordinal", i, "label", e.label()));
        }
        expect(
                "events",
                events.size(),
                tx.run(INSERT_EVENTS, with(base, Map.of("events", events)))
                        .consume()
                        .counters()
                        .nodesCreated());
        expect(
                "dates",
                dates.size(),
                tx.run(INSERT_DATES, with(base, Map.of("dates", dates)))
                        .consume()
                        .counters()
                        .relationshipsCreated());
    }

    private static Map<String, Object> row(MapContent.Source s) {
        var row = new java.util.HashMap<String, Object>();
        row.put("id", s.id());
        row.put("authors", s.authors());
        row.put("title", s.title());
        row.put("year", s.year());
        row.put("kind", s.kind());
        row.put("accessibility", s.accessibility());
        return row;
    }

    private static Map<String, Object> with(Map<String, Object> base, Map<String, Object> more) {
        var all = new java.util.HashMap<String, Object>(base);
        all.putAll(more);
        return all;
    }

    /** A reference that matched nothing would silently drop an edge; fail the transaction instead. */
    private static void expect(String what, int expected, int created) {
        if (expected != created) {
            throw new IllegalStateException("Import wrote " + created + " " + what + " instead of " + expected
                    + ": a reference does not resolve. Nothing was written.");
        }
    }

    private static MapSummary summary(org.neo4j.driver.Record r) {
        return new MapSummary(
                new MapId(r.get("id").asString()),
                r.get("title").asString(""),
                r.get("language").asString(""),
                r.get("claimCount").asLong(),
                r.get("owner").isNull() ? null : r.get("owner").asString(),
                r.get("createdAt").isNull()
                        ? null
                        : r.get("createdAt").asZonedDateTime().toInstant(),
                null,
                r.get("version").asLong());
    }
}
