package org.disputatio.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;

/**
 * Writes a synthetic map of any size into Neo4j as {@code MapCatalog.create} stores it (same labels,
 * relationships and properties), but in transactions of {@value #CHUNK} rows. The catalog writes a map in one
 * transaction, which is right for an import that must land whole, but a 1M-claim map in one transaction did
 * not finish in 10 minutes (docs/benchmarks.md). Benchmarks only: the {@code :Map} node is written last, so a
 * map that fails half-way is never listed, but its other nodes stay behind in the benchmark's throw-away
 * database.
 */
public final class ChunkedMapWriter {

    static final int CHUNK = 10_000;

    private static final String SOURCES = """
            UNWIND $rows AS row
            CREATE (s:Source) SET s = row
            """;
    private static final String CLAIMS = """
            UNWIND $rows AS row
            CREATE (c:Claim) SET c = row.claim
            WITH c, row
            UNWIND row.anchors AS anchor
            CREATE (c)-[:ANCHORED_BY]->(a:Anchor) SET a = anchor
            """;
    private static final String CITATIONS = """
            UNWIND $rows AS row
            MATCH (c:Claim {mapId: $mapId, id: row.claimId}), (s:Source {mapId: $mapId, id: row.sourceId})
            CREATE (c)-[x:CITES]->(s) SET x = row.properties
            """;
    private static final String ARGUMENTS = """
            UNWIND $rows AS row
            MATCH (conclusion:Claim {mapId: $mapId, id: row.conclusion})
            CREATE (a:Argument {mapId: $mapId, id: row.id, ordinal: row.ordinal})-[:CONCLUDES]->(conclusion)
            """;
    private static final String PREMISES = """
            UNWIND $rows AS row
            MATCH (p:Claim {mapId: $mapId, id: row.premise}), (a:Argument {mapId: $mapId, id: row.argument})
            CREATE (p)-[:PREMISE_OF {position: row.position}]->(a)
            """;
    private static final String ATTACKS = """
            UNWIND $rows AS row
            MATCH (from:Claim {mapId: $mapId, id: row.from})
            CALL (row) {
              MATCH (t:Claim {mapId: $mapId, id: row.to}) RETURN t
              UNION
              MATCH (t:Argument {mapId: $mapId, id: row.to}) RETURN t
            }
            CREATE (from)-[:ATTACKS {id: row.id, kind: row.kind, ordinal: row.ordinal}]->(t)
            """;
    private static final String CONTESTATIONS = """
            UNWIND $rows AS row
            MATCH (s:Source {mapId: $mapId, id: row.sourceId})
            CREATE (x:Contestation)-[:CONTESTS]->(s) SET x = row.properties
            """;
    private static final String MAP = """
            CREATE (m:Map {id: $mapId, title: $title, language: $language, version: 1, createdAt: datetime()})
            CREATE (d:Document) SET d = $document
            CREATE (m)-[:HAS_DOCUMENT]->(d)
            """;

    private final Driver driver;

    public ChunkedMapWriter(Driver driver) {
        this.driver = driver;
    }

    public void write(MapContent map) {
        String id = map.id();
        chunks(
                SOURCES,
                id,
                map.sources(),
                s -> row(
                        "mapId", id,
                        "id", s.id(),
                        "authors", s.authors(),
                        "title", s.title(),
                        "year", s.year(),
                        "kind", s.kind(),
                        "accessibility", s.accessibility()));
        List<MapContent.Claim> claims = map.claims();
        List<Map<String, Object>> claimRows = new ArrayList<>(claims.size());
        List<Map<String, Object>> citations = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            var c = claims.get(i);
            claimRows.add(row(
                    "claim",
                    row(
                            "mapId", id,
                            "id", c.id(),
                            "ordinal", i,
                            "kind", c.kind(),
                            "text", c.text(),
                            "proponent", c.proponent(),
                            "section", c.section()),
                    "anchors",
                    c.anchors().stream()
                            .map(a -> row(
                                    "exact", a.exact(),
                                    "prefix", a.prefix(),
                                    "suffix", a.suffix(),
                                    "start", a.start(),
                                    "end", a.end()))
                            .toList()));
            for (int j = 0; j < c.citations().size(); j++) {
                var x = c.citations().get(j);
                citations.add(row(
                        "claimId", c.id(),
                        "sourceId", x.sourceId(),
                        "properties", row("position", j, "locator", x.locator(), "raw", x.raw())));
            }
        }
        chunks(CLAIMS, id, claimRows, r -> r);
        expect("citations", citations.size(), chunks(CITATIONS, id, citations, r -> r));
        List<Map<String, Object>> arguments = new ArrayList<>();
        List<Map<String, Object>> premises = new ArrayList<>();
        for (int i = 0; i < map.arguments().size(); i++) {
            var a = map.arguments().get(i);
            arguments.add(row("id", a.id(), "ordinal", i, "conclusion", a.conclusion()));
            for (int p = 0; p < a.premises().size(); p++) {
                premises.add(row("argument", a.id(), "premise", a.premises().get(p), "position", p));
            }
        }
        expect("arguments", arguments.size(), chunks(ARGUMENTS, id, arguments, r -> r));
        expect("premises", premises.size(), chunks(PREMISES, id, premises, r -> r));
        List<Map<String, Object>> attacks = new ArrayList<>();
        for (int i = 0; i < map.attacks().size(); i++) {
            var k = map.attacks().get(i);
            attacks.add(row("id", k.id(), "ordinal", i, "from", k.from(), "to", k.to(), "kind", k.kind()));
        }
        expect("attacks", attacks.size(), chunks(ATTACKS, id, attacks, r -> r));
        List<Map<String, Object>> contestations = new ArrayList<>();
        for (int i = 0; i < map.contestations().size(); i++) {
            var x = map.contestations().get(i);
            contestations.add(row(
                    "sourceId",
                    x.sourceId(),
                    "properties",
                    row(
                            "mapId",
                            id,
                            "id",
                            x.id(),
                            "by",
                            x.by(),
                            "reason",
                            x.reason(),
                            "open",
                            true,
                            "origin",
                            "document",
                            "ordinal",
                            i)));
        }
        expect("contestations", contestations.size(), chunks(CONTESTATIONS, id, contestations, r -> r));
        var d = map.document();
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                            MAP,
                            row(
                                    "mapId", id,
                                    "title", map.title(),
                                    "language", map.language(),
                                    "document",
                                            row(
                                                    "mapId", id,
                                                    "title", d.title(),
                                                    "language", d.language(),
                                                    "text", d.text(),
                                                    "original", d.original(),
                                                    "authors", d.authors(),
                                                    "provenance", d.provenance())))
                    .consume());
        }
    }

    /** Runs {@code cypher} over the items, {@value #CHUNK} a transaction; returns the relationships created. */
    private <T> long chunks(String cypher, String mapId, List<T> items, Function<T, Map<String, Object>> toRow) {
        long created = 0;
        try (var session = driver.session()) {
            for (int from = 0; from < items.size(); from += CHUNK) {
                var rows = items.subList(from, Math.min(items.size(), from + CHUNK)).stream()
                        .map(toRow)
                        .toList();
                created += session.executeWrite(tx -> tx.run(cypher, Map.of("mapId", mapId, "rows", rows))
                        .consume()
                        .counters()
                        .relationshipsCreated());
            }
        }
        return created;
    }

    /** A row whose endpoints were not found writes nothing: say so rather than benchmark another map. */
    private static void expect(String what, long expected, long created) {
        if (expected != created) {
            throw new IllegalStateException("Wrote " + created + " " + what + " instead of " + expected);
        }
    }

    /** A parameter map that, unlike {@code Map.of}, takes null values (absent titles, years, locators). */
    private static Map<String, Object> row(@Nullable Object... keysAndValues) {
        var row = new HashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
