package org.disputatio.maps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Search keeps to the searched map inside the full-text index (V0015): with the essay copied as often as seminar
 * groups copy it, a word's hits across all copies pass the cap of {@link SearchIndexes#HITS}, and reading across
 * maps then filtering (as before V0015) loses some of the searched map's; keyed by map, every copy's results are
 * exactly those of the essay alone. Also: the key each analyser keeps as one token, and copies and restamping.
 */
@IntegrationTest
class SearchAcrossMapsIT {

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    MapSearch search;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    MapOwnership ownership;

    @AfterEach
    void clear() {
        indexes.keyed = true;
        TestGraphs.clear(driver);
    }

    /** Claims, sources and people found, as ids, each list sorted: ranks may move as the words' frequencies do. */
    private static List<List<String>> found(SearchResults r) {
        return List.of(
                r.claims().stream().map(SearchResults.ClaimHit::id).sorted().toList(),
                r.sources().stream().map(SearchResults.SourceHit::id).sorted().toList(),
                r.people().stream().map(SearchResults.PersonHit::id).sorted().toList());
    }

    /** How many of the map's nodes the folding index holds for the word (claims, anchors, people, sources). */
    private long hitsInMap(MapId map, String word) {
        try (var session = driver.session()) {
            return session.run(
                            """
                            CALL db.index.fulltext.queryNodes('words_folding_by_map', $query, {limit: 100000})
                            YIELD node RETURN count(node) AS hits
                            """,
                            Map.of(
                                    "query",
                                    "+mapKey:" + map.searchKey() + " +((text:" + word + " exact:" + word + ") (text:"
                                            + word + "* exact:" + word + "*))"))
                    .single()
                    .get("hits")
                    .asLong();
        }
    }

    @Test
    void manyCopiesOfTheEssay_eachCopyFindsExactlyWhatTheEssayAloneFinds_whereReadingAcrossMapsLosesHits() {
        TestGraphs.clear(driver);
        ShippedEssay.ensureStored(catalog);
        MapId essay = ShippedEssay.ID;
        String word = "elections";
        var alone = search.search(essay, word).orElseThrow();
        int claims = alone.claims().size();
        assertThat(claims).isBetween(5, MapSearch.MAX_CLAIMS - 1); // all found, none cut by the result limit
        long hits = hitsInMap(essay, word);
        // Enough copies for the word's hits across maps to pass the cap, as in a seminar of many groups.
        int copies = (int) (SearchIndexes.HITS / hits) + 2;
        List<MapId> made = new ArrayList<>();
        for (int i = 0; i < copies; i++) made.add(ownership.copyFor(essay, "admin", (tx, id) -> {}));
        MapId last = made.getLast();
        assertThat(hitsInMap(last, word)).isEqualTo(hits);

        for (MapId map : List.of(essay, made.getFirst(), last)) {
            var result = search.search(map, word).orElseThrow();
            assertThat(found(result)).as(map.value()).isEqualTo(found(alone));
            assertThat(result.claims()).hasSize(claims);
        }

        // The same search read across maps, then filtered: the cap cut the searched map's hits.
        indexes.keyed = false;
        var acrossMaps = search.search(last, word).orElseThrow();
        assertThat(acrossMaps.claims().size()).isLessThan(claims);
    }

    @Test
    void searchKey_isOneTokenUnderEachAnalyser_soAMapWhoseIdContainsAnotherOrStemsToItIsAnotherMap() {
        TestGraphs.clear(driver);
        // "essais" stems to "essai" in French, and "essai-2" contains "essai": as words, they would meet.
        List<String> ids = List.of("essai", "essais", "essai-2");
        ids.forEach(id -> catalog.create(SampleMaps.twoVoices(id)));
        try (var session = driver.session()) {
            for (String index : List.of("claim_words_french_by_map", "words_folding_by_map")) {
                for (String id : ids) {
                    var maps = session.run(
                                    """
                                    CALL db.index.fulltext.queryNodes($index, $query) YIELD node
                                    OPTIONAL MATCH (c:Claim)-[:ANCHORED_BY]->(node)
                                    RETURN collect(DISTINCT coalesce(node.mapId, c.mapId)) AS maps, count(node) AS hits
                                    """,
                                    Map.of(
                                            "index",
                                            index,
                                            "query",
                                            "+mapKey:" + new MapId(id).searchKey() + " +(text:sky exact:sky)"))
                            .single();
                    assertThat(maps.get("maps").asList(v -> v.asString()))
                            .as(index + " " + id)
                            .containsExactly(id);
                    assertThat(maps.get("hits").asLong()).as(index + " " + id).isPositive();
                }
            }
        }
        assertThat(new MapId("essai").searchKey()).isEqualTo("1428281018");
        assertThat(new MapId("essai-2").searchKey()).isEqualTo("14282810183602");
        for (String id : ids) {
            assertThat(found(search.search(new MapId(id), "sky").orElseThrow()))
                    .isEqualTo(found(search.search(new MapId("essai"), "sky").orElseThrow()));
        }
    }

    @Test
    void aCopyAndARestamp_giveEveryItemItsOwnMapsKey() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("two-voices"));
        MapId copy = ownership.copyFor(new MapId("two-voices"), "admin", (tx, id) -> {});
        try (var session = driver.session()) {
            // Items as written before V0015: no key; the start-up stamp (SearchKeys) gives it back.
            session.run("MATCH (n:Claim|Person|Source|Anchor) REMOVE n.mapKey").consume();
            session.run("MATCH ()-[r:CITES]->() REMOVE r.mapKey").consume();
            assertThat(search.search(copy, "sky").orElseThrow().claims()).isEmpty();
            assertThat(indexes.stampAllKeys()).isPositive();
            var keys = session.run("""
                            MATCH (c:Claim)
                            OPTIONAL MATCH (c)-[:ANCHORED_BY]->(a:Anchor)
                            OPTIONAL MATCH (c)-[r:CITES]->()
                            RETURN c.mapId AS map, collect(DISTINCT c.mapKey) + collect(DISTINCT a.mapKey)
                                   + collect(DISTINCT r.mapKey) AS keys
                            """)
                    .list(r -> Map.entry(r.get("map").asString(), r.get("keys").asList(v -> v.asString())));
            for (var k : keys) {
                assertThat(k.getValue()).as(k.getKey()).containsOnly(new MapId(k.getKey()).searchKey());
            }
        }
        assertThat(found(search.search(copy, "sky").orElseThrow()).getFirst()).containsExactly("c1", "c3");
    }
}
