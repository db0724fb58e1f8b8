package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new version of the shipped essay on a database that holds the old one with users' work on it: the imported
 * content is replaced in place, and the users' evidence, ratings, grades, contestations, claims, attacks and
 * change log stay where they were (ADR 007, "Re-import").
 */
@IntegrationTest
class ShippedMapReimportIT {

    static final MapId ESSAY = new MapId("furr-staline-democratie");

    @Autowired
    ShippedMaps shippedMaps;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    MapContent shipped;

    @BeforeEach
    void essayWithUsersWork() {
        TestGraphs.clear(driver);
        assertThat(shippedMaps.importShippedEssay()).isTrue();
        shipped = EssayMaps.toContent(EssayMapLoader.loadShippedEssay());
        // The shapes the evidence and history modules write (EvidenceItems, Ratings, Contestations, UserClaims).
        write("""
                MATCH (c:Claim {mapId: $m, id: 'c-002'}), (s:Source {mapId: $m, id: 'zhukov-inoi-stalin'})
                CREATE (e:Evidence {mapId: $m, id: 'u-evidence01', stance: 'supports', createdBy: 'ada'})
                CREATE (e)-[:ABOUT]->(c), (e)-[:FROM]->(s)
                CREATE (:Rating {key: $m + '/a-255/ada', mapId: $m, itemId: 'a-255', itemKind: 'Argument',
                                 user: 'ada', value: 4})
                CREATE (:Grade {key: $m + '/zhukov-inoi-stalin/ada', mapId: $m, sourceId: 'zhukov-inoi-stalin',
                                user: 'ada', reliability: 'B', credibility: 2})
                CREATE (:Contestation {mapId: $m, id: 'u-contest01', by: 'ada', reason: 'r', open: true,
                                       origin: 'user'})-[:CONTESTS]->(s)
                CREATE (u:Claim {mapId: $m, id: 'u-claim0001', kind: 'counter-claim', text: 'Ada objects',
                                 proponent: 'ada', ordinal: 999, origin: 'user', createdBy: 'ada'})
                CREATE (u)-[:ATTACKS {id: 'u-attack001', kind: 'rebut', ordinal: 999, createdBy: 'ada'}]->(c)
                CREATE (:Change {mapId: $m, seq: 1, id: 'u-change001', kind: 'EvidenceAttached'})
                """);
        // The shapes authoring writes (ADR 032): a user's argument for an essay claim, a user's citation.
        write("""
                MATCH (c:Claim {mapId: $m, id: 'c-002'}), (d:Claim {mapId: $m, id: 'c-003'}),
                      (u:Claim {mapId: $m, id: 'u-claim0001'}), (s:Source {mapId: $m, id: 'zhukov-inoi-stalin'})
                CREATE (a:Argument {mapId: $m, id: 'u-argument1', ordinal: 999, origin: 'user', version: 1,
                                    createdBy: 'ada'})
                CREATE (a)-[:CONCLUDES {createdBy: 'ada'}]->(d), (u)-[:PREMISE_OF {position: 0, createdBy: 'ada'}]->(a)
                CREATE (c)-[:CITES {id: 'u-cite00001', position: 99, locator: 'p. 1', raw: 'p. 1', createdBy: 'ada'}]->(s)
                """);
    }

    /** Other tests of this context expect the essay as shipped, without these users' work. */
    @AfterEach
    void removeTheEssay() {
        TestGraphs.clear(driver);
    }

    @Test
    void sameFiles_reimportNothing() {
        long before = count("MATCH (n {mapId: $m}) RETURN count(n) AS n");
        assertThat(shippedMaps.importContent(shipped)).isEqualTo(ShippedMaps.Outcome.UNCHANGED);
        assertThat(count("MATCH (n {mapId: $m}) RETURN count(n) AS n")).isEqualTo(before);
    }

    @Test
    void changedFiles_replaceTheImportedContent_andKeepUsersWork() {
        // A new version: c-002 reworded, a source retitled, an attack and a qualification dropped.
        var claims = shipped.claims().stream()
                .map(c -> c.id().equals("c-002") ? reworded(c, "Nouvelle paraphrase de c-002") : c)
                .toList();
        var sources = shipped.sources().stream()
                .map(s -> s.id().equals("zhukov-inoi-stalin")
                        ? new MapContent.Source(
                                s.id(), s.authors(), "Titre corrigé", s.year(), s.kind(), s.accessibility())
                        : s)
                .toList();
        var attacks =
                shipped.attacks().stream().filter(k -> !k.id().equals("k-638")).toList();
        var qualifications = shipped.qualifications().stream()
                .filter(q -> !q.id().equals("q-636"))
                .toList();
        MapContent next = version(shipped, claims, shipped.arguments(), attacks, sources, qualifications);

        assertThat(shippedMaps.importContent(next)).isEqualTo(ShippedMaps.Outcome.REPLACED);

        MapContent stored = catalog.content(ESSAY).orElseThrow();
        assertThat(stored.claims().stream()
                        .filter(c -> !c.id().startsWith("u-"))
                        .map(ShippedMapReimportIT::withoutUsersCitation))
                .containsExactlyElementsOf(next.claims());
        assertThat(stored.arguments().stream().filter(a -> !a.id().startsWith("u-")))
                .containsExactlyElementsOf(next.arguments());
        assertThat(stored.arguments().stream().filter(a -> a.id().startsWith("u-")))
                .containsExactly(new MapContent.Argument("u-argument1", List.of("u-claim0001"), "c-003"));
        assertThat(count("""
                MATCH (:Claim {mapId: $m, id: 'c-002'})-[x:CITES {id: 'u-cite00001'}]->(:Source {id: 'zhukov-inoi-stalin'})
                RETURN count(x) AS n""")).isEqualTo(1);
        assertThat(stored.attacks().stream().filter(k -> !k.id().startsWith("u-")))
                .containsExactlyElementsOf(next.attacks());
        assertThat(stored.qualifications()).containsExactlyElementsOf(next.qualifications());
        assertThat(stored.sources()).containsExactlyInAnyOrderElementsOf(next.sources());
        assertThat(stored.people()).containsExactlyElementsOf(next.people());
        assertThat(stored.notes()).containsExactlyElementsOf(next.notes());
        assertThat(stored.events()).containsExactlyElementsOf(next.events());
        assertThat(stored.contestations().stream().filter(x -> !x.id().startsWith("u-")))
                .containsExactlyElementsOf(next.contestations());
        // The users' work, still on the same items.
        assertThat(count("""
                MATCH (:Evidence {id: 'u-evidence01'})-[:ABOUT]->(c:Claim {mapId: $m, id: 'c-002'}),
                      (:Evidence {id: 'u-evidence01'})-[:FROM]->(:Source {mapId: $m, id: 'zhukov-inoi-stalin'})
                RETURN count(c) AS n""")).isEqualTo(1);
        assertThat(count("MATCH (r:Rating {mapId: $m, itemId: 'a-255'}) RETURN count(r) AS n"))
                .isEqualTo(1);
        assertThat(count("MATCH (g:Grade {mapId: $m}) RETURN count(g) AS n")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Contestation {id: 'u-contest01'})-[:CONTESTS]->(s:Source {mapId: $m, id: 'zhukov-inoi-stalin'})
                RETURN count(s) AS n""")).isEqualTo(1);
        assertThat(count("""
                MATCH (:Claim {id: 'u-claim0001'})-[k:ATTACKS {createdBy: 'ada'}]->(:Claim {mapId: $m, id: 'c-002'})
                RETURN count(k) AS n""")).isEqualTo(1);
        assertThat(count("MATCH (x:Change {mapId: $m}) RETURN count(x) AS n")).isEqualTo(1);
        // Nothing imported is left twice, and the next start sees the same content.
        assertThat(count("MATCH (c:Claim {mapId: $m})-[:ANCHORED_BY]->(a:Anchor) RETURN count(a) AS n"))
                .isEqualTo(next.claims().size());
        assertThat(shippedMaps.importContent(next)).isEqualTo(ShippedMaps.Outcome.UNCHANGED);
    }

    @Test
    void newVersionDroppingAnItemUsersRated_isRefused_andTheOldVersionStays() {
        var arguments = shipped.arguments().stream()
                .filter(a -> !a.id().equals("a-255"))
                .toList();
        var claims = shipped.claims().stream()
                .map(c -> c.id().equals("c-002") ? reworded(c, "Nouvelle paraphrase de c-002") : c)
                .toList();
        MapContent next =
                version(shipped, claims, arguments, shipped.attacks(), shipped.sources(), shipped.qualifications());

        assertThat(shippedMaps.importContent(next)).isEqualTo(ShippedMaps.Outcome.BLOCKED);

        MapContent stored = catalog.content(ESSAY).orElseThrow();
        assertThat(stored.arguments().stream().filter(a -> !a.id().startsWith("u-")))
                .containsExactlyElementsOf(shipped.arguments());
        assertThat(stored.claims().stream()
                        .filter(c -> c.id().equals("c-002"))
                        .map(ShippedMapReimportIT::withoutUsersCitation))
                .containsExactly(shipped.claims().stream()
                        .filter(c -> c.id().equals("c-002"))
                        .findFirst()
                        .orElseThrow());
        assertThat(catalog.contentHash(ESSAY)).contains(ShippedMaps.hash(shipped));
    }

    /** The claim without the user's citation the set-up adds to c-002 (authoring's, ADR 032). */
    private static MapContent.Claim withoutUsersCitation(MapContent.Claim c) {
        var users = new MapContent.Citation("zhukov-inoi-stalin", "p. 1", "p. 1");
        return new MapContent.Claim(
                c.id(),
                c.kind(),
                c.text(),
                c.proponent(),
                c.section(),
                c.anchors(),
                c.citations().stream().filter(x -> !x.equals(users)).toList(),
                c.proponentId(),
                c.mentions(),
                c.dates());
    }

    private static MapContent.Claim reworded(MapContent.Claim c, String text) {
        return new MapContent.Claim(
                c.id(),
                c.kind(),
                text,
                c.proponent(),
                c.section(),
                c.anchors(),
                c.citations(),
                c.proponentId(),
                c.mentions(),
                c.dates());
    }

    private static MapContent version(
            MapContent m,
            List<MapContent.Claim> claims,
            List<MapContent.Argument> arguments,
            List<MapContent.Attack> attacks,
            List<MapContent.Source> sources,
            List<MapContent.Qualification> qualifications) {
        return new MapContent(
                m.id(),
                m.title(),
                m.language(),
                m.document(),
                claims,
                arguments,
                attacks,
                sources,
                m.contestations(),
                m.people(),
                m.notes(),
                m.events(),
                qualifications);
    }

    private void write(String cypher) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(cypher, Map.of("m", ESSAY.value())));
        }
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher, Map.of("m", ESSAY.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }
}
