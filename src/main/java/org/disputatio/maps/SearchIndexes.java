package org.disputatio.maps;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The full-text indexes of migration V0015, queried for one map: each query requires the map's search key
 * ({@link MapId#searchKey}), so the index itself returns only the searched map's hits, however many maps share a
 * word. All Cypher of search lives here.
 */
@Repository
class SearchIndexes {

    /** An index and the analyser it was created with. */
    enum Index {
        CLAIMS_FRENCH("claim_words_french_by_map", "french", List.of("text", "exact")),
        // Claims, people and sources alike; each query keeps the labels it asks for.
        FOLDING(
                "words_folding_by_map",
                "standard-folding",
                List.of("text", "exact", "name", "variants", "authors", "title")),
        CITATIONS("citation_locators_by_map", "standard-folding", List.of("raw", "locator"));

        final String indexName;
        final String analyzer;
        /** The properties searched for words: all the index holds but the map's key. */
        final List<String> fields;

        Index(String indexName, String analyzer, List<String> fields) {
            this.indexName = indexName;
            this.analyzer = analyzer;
            this.fields = fields;
        }

        /**
         * The claim index whose analyser fits the map's language, besides the folding one. English maps have none:
         * the folding analyser is the standard one (English stop words), without stemming.
         */
        static Optional<Index> claimsIn(String language) {
            return language.equals("fr") ? Optional.of(CLAIMS_FRENCH) : Optional.empty();
        }
    }

    record ClaimWords(String claimId, SearchResults.Match match, double score) {}

    record Name(String kind, String id, double score) {}

    record Citation(
            String claimId,
            String sourceId,
            String raw,
            @Nullable String locator,
            double score) {}

    record ByPerson(String claimId, String personId) {}

    record ClaimRow(
            String id,
            String kind,
            String text,
            @Nullable Integer start,
            @Nullable Integer end) {}

    record SourceRow(
            String id,
            List<String> authors,
            @Nullable String title,
            @Nullable Integer year) {}

    record PersonRow(String id, String name, List<String> variants) {}

    /**
     * Hits read per index and query. They are the searched map's own (the key is required), so the cap bounds one
     * map's hits, whatever other maps hold; a map's hits beyond it are its weakest, for a word in nearly every claim.
     */
    static final int HITS = 2000;

    private static final String LANGUAGE = "MATCH (m:Map {id: $mapId}) RETURN coalesce(m.language, '') AS language";
    private static final String ANALYZERS = """
            CALL db.index.fulltext.listAvailableAnalyzers() YIELD analyzer, stopwords
            RETURN analyzer, stopwords
            """;
    private static final String CLAIM_WORDS = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $hits}) YIELD node, score
            WITH node, score WHERE node:Claim OR node:Anchor
            CALL (node) {
              WITH node WHERE node:Claim
              RETURN node AS claim, 'TEXT' AS match
              UNION
              MATCH (claim:Claim)-[:ANCHORED_BY]->(node)
              RETURN claim, 'WORDS' AS match
            }
            WITH claim, match, score WHERE claim.mapId = $mapId
            RETURN claim.id AS claimId, match, score
            """;
    private static final String NAMES = """
            CALL db.index.fulltext.queryNodes($index, $query, {limit: $hits}) YIELD node, score
            WITH node, score WHERE (node:Person OR node:Source) AND node.mapId = $mapId
            RETURN CASE WHEN node:Person THEN 'person' ELSE 'source' END AS kind, node.id AS id, score
            """;
    private static final String CITATIONS = """
            CALL db.index.fulltext.queryRelationships($index, $query, {limit: $hits}) YIELD relationship, score
            WITH relationship AS r, score, startNode(relationship) AS c, endNode(relationship) AS s
            WHERE c.mapId = $mapId
            RETURN c.id AS claimId, s.id AS sourceId, coalesce(r.raw, '') AS raw, r.locator AS locator, score
            """;
    // A person's claims: those that name them, and those they propose (the proponent's own words).
    private static final String BY_PEOPLE = """
            MATCH (c:Claim {mapId: $mapId})-[:MENTIONS]->(p:Person {mapId: $mapId})
            WHERE p.id IN $people
            RETURN c.id AS claimId, p.id AS personId
            UNION
            MATCH (c:Claim {mapId: $mapId})
            WHERE c.proponentId IN $people
            RETURN c.id AS claimId, c.proponentId AS personId
            """;
    private static final String CLAIMS = """
            MATCH (c:Claim {mapId: $mapId})
            WHERE c.id IN $ids AND c.hidden IS NULL // hidden by a moderator (HiddenItems, ADR 038)
            OPTIONAL CALL (c) {
              MATCH (c)-[:ANCHORED_BY]->(a:Anchor)
              RETURN a ORDER BY a.start LIMIT 1
            }
            RETURN c.id AS id, coalesce(c.kind, '') AS kind, coalesce(c.text, '') AS text, a.start AS start,
                   a.end AS end
            """;
    private static final String SOURCES = """
            MATCH (s:Source {mapId: $mapId})
            WHERE s.id IN $ids
            RETURN s.id AS id, coalesce(s.authors, []) AS authors, s.title AS title, s.year AS year
            """;
    private static final String PEOPLE = """
            MATCH (p:Person {mapId: $mapId})
            WHERE p.id IN $ids
            RETURN p.id AS id, coalesce(p.name, p.id) AS name, coalesce(p.variants, []) AS variants
            """;

    // The search key of a map's claims, people and sources, and of its claims' anchors and citations (V0015).
    private static final String STAMP_NODES = """
            MATCH (n:Claim|Person|Source {mapId: $mapId})
            WHERE n.mapKey IS NULL OR n.mapKey <> $mapKey
            SET n.mapKey = $mapKey
            """;
    private static final String STAMP_ANCHORS = """
            MATCH (:Claim {mapId: $mapId})-[:ANCHORED_BY]->(a:Anchor)
            WHERE a.mapKey IS NULL OR a.mapKey <> $mapKey
            SET a.mapKey = $mapKey
            """;
    private static final String STAMP_CITATIONS = """
            MATCH (:Claim {mapId: $mapId})-[r:CITES]->()
            WHERE r.mapKey IS NULL OR r.mapKey <> $mapKey
            SET r.mapKey = $mapKey
            """;
    private static final String MAPS = "MATCH (m:Map) RETURN m.id AS id ORDER BY id";

    /**
     * False only in tests and the benchmark: queries then read hits across maps and keep the searched map's
     * afterwards, as before V0015, so that the two ways can be compared on the same data.
     */
    volatile boolean keyed = true;

    private final Driver driver;
    private final Map<String, Set<String>> stopWords = new ConcurrentHashMap<>();

    SearchIndexes(Driver driver) {
        this.driver = driver;
    }

    /** Runs the work in one read transaction; empty when the map does not exist. */
    <T> Optional<T> read(String mapId, java.util.function.BiFunction<Reader, String, T> work) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var language = tx.run(LANGUAGE, Map.of("mapId", mapId)).stream()
                        .findFirst()
                        .map(r -> r.get("language").asString());
                return language.map(l -> work.apply(new Reader(tx, mapId), l));
            });
        }
    }

    /** Gives every item of the map that search finds the map's search key, in the caller's transaction. */
    static long stampKeys(TransactionContext tx, MapId map) {
        var params = Map.<String, Object>of("mapId", map.value(), "mapKey", map.searchKey());
        long set = 0;
        for (String stamp : List.of(STAMP_NODES, STAMP_ANCHORS, STAMP_CITATIONS)) {
            set += tx.run(stamp, params).consume().counters().propertiesSet();
        }
        return set;
    }

    /** Stamps every map's items that lack their key (written before V0015, or restored); how many were set. */
    long stampAllKeys() {
        try (var session = driver.session()) {
            List<String> maps =
                    session.executeRead(tx -> tx.run(MAPS).list(r -> r.get("id").asString()));
            long set = 0;
            for (String id : maps) {
                if (!MapId.isValid(id)) continue;
                set += session.executeWrite(tx -> stampKeys(tx, new MapId(id)));
            }
            return set;
        }
    }

    /** Stamps one map's items in a transaction of their own. */
    long stampKeys(MapId map) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> stampKeys(tx, map));
        }
    }

    /** The words an index's analyser drops; the list is Neo4j's own, read once. */
    Set<String> stopWords(Index index) {
        if (stopWords.isEmpty()) {
            try (var session = driver.session()) {
                session.executeRead(tx -> tx.run(ANALYZERS).list())
                        .forEach(r -> stopWords.put(
                                r.get("analyzer").asString(),
                                Set.copyOf(r.get("stopwords").asList(Value::asString))));
            }
        }
        return stopWords.getOrDefault(index.analyzer, Set.of());
    }

    /** Queries of one map inside one transaction. */
    final class Reader {
        private final TransactionContext tx;
        private final String mapId;

        Reader(TransactionContext tx, String mapId) {
            this.tx = tx;
            this.mapId = mapId;
        }

        List<ClaimWords> claimWords(Index index, String query) {
            return tx.run(CLAIM_WORDS, params(index, query))
                    .list(r -> new ClaimWords(
                            r.get("claimId").asString(),
                            SearchResults.Match.valueOf(r.get("match").asString()),
                            r.get("score").asDouble()));
        }

        List<Name> names(String query) {
            return tx.run(NAMES, params(Index.FOLDING, query))
                    .list(r -> new Name(
                            r.get("kind").asString(),
                            r.get("id").asString(),
                            r.get("score").asDouble()));
        }

        List<Citation> citations(String query) {
            return tx.run(CITATIONS, params(Index.CITATIONS, query))
                    .list(r -> new Citation(
                            r.get("claimId").asString(),
                            r.get("sourceId").asString(),
                            r.get("raw").asString(),
                            r.get("locator").isNull() ? null : r.get("locator").asString(),
                            r.get("score").asDouble()));
        }

        List<ByPerson> byPeople(Set<String> people) {
            return tx.run(BY_PEOPLE, Map.of("mapId", mapId, "people", List.copyOf(people)))
                    .list(r -> new ByPerson(
                            r.get("claimId").asString(), r.get("personId").asString()));
        }

        List<ClaimRow> claims(Set<String> ids) {
            return tx.run(CLAIMS, Map.of("mapId", mapId, "ids", List.copyOf(ids)))
                    .list(r -> new ClaimRow(
                            r.get("id").asString(),
                            r.get("kind").asString(),
                            r.get("text").asString(),
                            r.get("start").isNull() ? null : r.get("start").asInt(),
                            r.get("end").isNull() ? null : r.get("end").asInt()));
        }

        List<SourceRow> sources(Set<String> ids) {
            return tx.run(SOURCES, Map.of("mapId", mapId, "ids", List.copyOf(ids)))
                    .list(r -> new SourceRow(
                            r.get("id").asString(),
                            r.get("authors").asList(Value::asString),
                            r.get("title").isNull() ? null : r.get("title").asString(),
                            r.get("year").isNull() ? null : r.get("year").asInt()));
        }

        List<PersonRow> people(Set<String> ids) {
            return tx.run(PEOPLE, Map.of("mapId", mapId, "ids", List.copyOf(ids)))
                    .list(r -> new PersonRow(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            r.get("variants").asList(Value::asString)));
        }

        private Map<String, Object> params(Index index, String query) {
            return Map.of(
                    "index", index.indexName, "query", keyed ? keyed(query) : query, "hits", HITS, "mapId", mapId);
        }

        /**
         * The map's key required, with no weight ({@code ^0}): scores stay those of the words alone. The filters on
         * mapId in the queries stay as a second guard; they no longer drop hits.
         */
        private String keyed(String query) {
            return "+mapKey:" + new MapId(mapId).searchKey() + "^0 " + query;
        }
    }
}
