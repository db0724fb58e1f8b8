package org.disputatio.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Maps as things users own, over HTTP: rename, delete and restore by the owner or an admin, copy by anyone
 * signed in, with the refusals (400 naming the field, 401, 403, 404, 409) as problem details.
 */
@IntegrationTest
class MapOwnershipApiIT {

    static final String MAP = "adas-map";
    static final String ADA = "ada";
    static final String BRIGITTE = "brigitte";

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    ApiCalls api;
    final String ada = ApiCalls.basic(ADA, TestUsers.PASSWORD);
    final String brigitte = ApiCalls.basic(BRIGITTE, TestUsers.PASSWORD);
    final String admin = ApiCalls.basic("admin", IntegrationTest.ADMIN_PASSWORD);

    @BeforeEach
    void map() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, ADA, BRIGITTE);
        catalog.create(SampleMaps.twoVoices(MAP), null, ADA);
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    JsonNode listed(String id) throws Exception {
        for (JsonNode m : api.send("GET", "/api/maps", null, null).json()) {
            if (m.get("id").asString().equals(id)) return m;
        }
        return null;
    }

    // ------------------------------------------------------------------ the list

    @Test
    void list_keepsItsFieldsAndAddsOwnerCreationLastChangeAndVersion() throws Exception {
        JsonNode item = listed(MAP);
        assertThat(item.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "title", "language", "claimCount", "owner", "createdAt", "lastChange", "version");
        assertThat(item.get("owner").asString()).isEqualTo(ADA);
        assertThat(item.get("language").asString()).isEqualTo("en");
        assertThat(item.get("claimCount").asInt()).isEqualTo(3);
        assertThat(item.get("version").asLong()).isEqualTo(1);
        // No change yet: the last change is the creation.
        assertThat(item.get("lastChange").asString())
                .isEqualTo(item.get("createdAt").asString());

        Instant before = Instant.now();
        api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"Renamed\"}");
        JsonNode after = listed(MAP);
        assertThat(Instant.parse(after.get("lastChange").asString())).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(Instant.parse(after.get("lastChange").asString()))
                .isAfter(Instant.parse(after.get("createdAt").asString()));
    }

    // ------------------------------------------------------------------ rename

    @Test
    void rename_byTheOwner_changesTheTitleEverywhereAndCountsAVersion() throws Exception {
        var answer =
                api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"  Ada's dialogue  \",\"expectedVersion\":1}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("title").asString()).isEqualTo("Ada's dialogue");
        assertThat(answer.json().get("version").asLong()).isEqualTo(2);
        assertThat(listed(MAP).get("title").asString()).isEqualTo("Ada's dialogue");
        assertThat(api.send("GET", "/api/maps/" + MAP, null, null)
                        .json()
                        .get("title")
                        .asString())
                .isEqualTo("Ada's dialogue");
        JsonNode log =
                api.send("GET", "/api/maps/" + MAP + "/changes", null, null).json();
        assertThat(log.get("changes").get(0).get("kind").asString()).isEqualTo("MapRenamed");
        assertThat(log.get("changes").get(0).get("user").asString()).isEqualTo(ADA);
    }

    @Test
    void rename_byAnAdmin_isAllowed_byAnotherUser403_anonymous401() throws Exception {
        var other = api.send("PUT", "/api/maps/" + MAP, brigitte, "{\"title\":\"Mine now\"}");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(api.send("PUT", "/api/maps/" + MAP, null, "{\"title\":\"Mine now\"}")
                        .status())
                .isEqualTo(401);
        assertThat(listed(MAP).get("title").asString()).isEqualTo("Two voices");
        assertThat(api.send("PUT", "/api/maps/" + MAP, admin, "{\"title\":\"Tidied\"}")
                        .status())
                .isEqualTo(200);
        assertThat(listed(MAP).get("title").asString()).isEqualTo("Tidied");
    }

    @Test
    void rename_refusesBadTitles_namingTheField() throws Exception {
        for (String body : List.of(
                "{\"title\":\"   \"}",
                "{\"title\":\"\u200B\u200B\"}",
                "{\"title\":null}",
                "{}",
                "{\"title\":\"" + "x".repeat(201) + "\"}")) {
            var answer = api.send("PUT", "/api/maps/" + MAP, ada, body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("field").asString()).as(body).isEqualTo("title");
        }
        assertThat(api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"" + "x".repeat(200) + "\"}")
                        .status())
                .isEqualTo(200);
        var unknownProperty = api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"T\",\"owner\":\"brigitte\"}");
        assertThat(unknownProperty.status()).isEqualTo(400);
        assertThat(listed(MAP).get("owner").asString()).isEqualTo(ADA);
    }

    @Test
    void rename_unknownMap404_staleVersion409() throws Exception {
        var unknown = api.send("PUT", "/api/maps/no-such-map", ada, "{\"title\":\"T\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(api.send("PUT", "/api/maps/Not%20An%20Id", ada, "{\"title\":\"T\"}")
                        .status())
                .isEqualTo(404);

        assertThat(api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"First\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(200);
        var stale = api.send("PUT", "/api/maps/" + MAP, admin, "{\"title\":\"Second\",\"expectedVersion\":1}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(listed(MAP).get("title").asString()).isEqualTo("First");
        assertThat(listed(MAP).get("version").asLong()).isEqualTo(2);
        var stale2 = api.send("PUT", "/api/maps/" + MAP, admin, "{\"title\":\"Second\"}", "If-Match", "\"1\"");
        assertThat(stale2.status()).isEqualTo(409);
        assertThat(api.send("PUT", "/api/maps/" + MAP, admin, "{\"title\":\"Second\"}", "If-Match", "\"2\"")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void undoOfARename_bringsTheOldTitleBack() throws Exception {
        api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"Renamed\"}");
        long seq = api.send("GET", "/api/maps/" + MAP + "/changes", null, null)
                .json()
                .get("last")
                .asLong();
        assertThat(api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", brigitte, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", ada, null)
                        .status())
                .isEqualTo(201);
        assertThat(listed(MAP).get("title").asString()).isEqualTo("Two voices");
    }

    // ------------------------------------------------------------------ delete and restore

    @Test
    void delete_hidesTheMapFromListsAndReads_andUndoRestoresItWhole() throws Exception {
        var before = catalog.content(new MapId(MAP)).orElseThrow();
        var deleted = api.send("DELETE", "/api/maps/" + MAP, ada, null);
        assertThat(deleted.status()).isEqualTo(200);
        long seq = deleted.json().get("seq").asLong();
        assertThat(seq).isEqualTo(1);
        assertThat(deleted.json().get("undo").asString()).isEqualTo("/api/maps/" + MAP + "/changes/1/undo");

        assertThat(listed(MAP)).isNull();
        for (String read :
                List.of("/api/maps/" + MAP, "/api/maps/" + MAP + "/evaluation", "/api/maps/" + MAP + "/search?q=sky")) {
            var answer = api.send("GET", read, null, null);
            assertThat(answer.status()).as(read).isEqualTo(404);
            assertThat(answer.contentType()).as(read).startsWith("application/problem+json");
        }
        // No write reaches a deleted map.
        assertThat(api.send("PUT", "/api/maps/" + MAP, ada, "{\"title\":\"T\"}").status())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/claims", ada, "{\"kind\":\"premise\",\"text\":\"More\"}")
                        .status())
                .isEqualTo(404);
        assertThat(api.send("DELETE", "/api/maps/" + MAP, ada, null).status()).isEqualTo(404);
        // Its owner (and admins) find it among the deleted maps; nobody else does.
        JsonNode mine = api.send("GET", "/api/deleted-maps", ada, null).json();
        assertThat(mine).hasSize(1);
        assertThat(mine.get(0).get("id").asString()).isEqualTo(MAP);
        assertThat(mine.get(0).get("seq").asLong()).isEqualTo(seq);
        assertThat(mine.get(0).get("deletedBy").asString()).isEqualTo(ADA);
        assertThat(api.send("GET", "/api/deleted-maps", admin, null).json()).hasSize(1);
        assertThat(api.send("GET", "/api/deleted-maps", brigitte, null).json()).isEmpty();
        assertThat(api.send("GET", "/api/deleted-maps", null, null).status()).isEqualTo(401);

        assertThat(api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", brigitte, null)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", ada, null)
                        .status())
                .isEqualTo(201);
        assertThat(listed(MAP).get("claimCount").asInt()).isEqualTo(3);
        assertThat(catalog.content(new MapId(MAP))).contains(before);
        assertThat(api.send("GET", "/api/maps/" + MAP + "/evaluation", null, null)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/deleted-maps", ada, null).json()).isEmpty();
        // A second undo of the same deletion is refused.
        assertThat(api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", ada, null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void delete_byAnotherUser403_anonymous401_unknown404_staleVersion409() throws Exception {
        assertThat(api.send("DELETE", "/api/maps/" + MAP, brigitte, null).status())
                .isEqualTo(403);
        assertThat(api.send("DELETE", "/api/maps/" + MAP, null, null).status()).isEqualTo(401);
        assertThat(api.send("DELETE", "/api/maps/no-such-map", ada, null).status())
                .isEqualTo(404);
        var stale = api.send("DELETE", "/api/maps/" + MAP + "?expectedVersion=7", ada, null);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(api.send("DELETE", "/api/maps/" + MAP + "?expectedVersion=x", ada, null)
                        .json()
                        .get("field")
                        .asString())
                .isEqualTo("expectedVersion");
        assertThat(listed(MAP)).isNotNull();
        assertThat(api.send("DELETE", "/api/maps/" + MAP + "?expectedVersion=1", admin, null)
                        .status())
                .isEqualTo(200);
        assertThat(listed(MAP)).isNull();
    }

    // ------------------------------------------------------------------ copy

    @Test
    void copy_byAnyoneSignedIn_isANewMapOfTheirsWithTheSameTextStructureAndSources() throws Exception {
        var answer = api.send("POST", "/api/maps/" + MAP + "/copies", brigitte, null);
        assertThat(answer.status()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        assertThat(answer.header("Location")).isEqualTo("/api/maps/" + id);
        assertThat(id).startsWith("two-voices-copy-");
        JsonNode item = listed(id);
        assertThat(item.get("owner").asString()).isEqualTo(BRIGITTE);
        assertThat(item.get("title").asString()).isEqualTo("Two voices (copy)");
        assertThat(item.get("claimCount").asInt()).isEqualTo(3);

        MapContent original = catalog.content(new MapId(MAP)).orElseThrow();
        MapContent copy = catalog.content(new MapId(id)).orElseThrow();
        assertThat(copy).isEqualTo(sameAs(original, id, "Two voices (copy)"));
        // The original is untouched, and the copy is the new owner's to rename.
        assertThat(listed(MAP).get("owner").asString()).isEqualTo(ADA);
        assertThat(api.send("PUT", "/api/maps/" + id, brigitte, "{\"title\":\"Mine\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send("PUT", "/api/maps/" + id, ada, "{\"title\":\"Ada's\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void copy_withATitle_andItsRefusals() throws Exception {
        var titled = api.send("POST", "/api/maps/" + MAP + "/copies", ada, "{\"title\":\"Ébauche n° 2\"}");
        assertThat(titled.status()).isEqualTo(201);
        assertThat(titled.json().get("id").asString()).matches("ebauche-n-2-[0-9a-f]{8}");
        assertThat(listed(titled.json().get("id").asString()).get("title").asString())
                .isEqualTo("Ébauche n° 2");

        var blank = api.send("POST", "/api/maps/" + MAP + "/copies", ada, "{\"title\":\" \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asString()).isEqualTo("title");
        var huge = api.send("POST", "/api/maps/" + MAP + "/copies", ada, "{\"title\":\"" + "y".repeat(201) + "\"}");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.json().get("field").asString()).isEqualTo("title");
        assertThat(api.send("POST", "/api/maps/no-such-map/copies", ada, null).status())
                .isEqualTo(404);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/copies", null, null).status())
                .isEqualTo(401);
        api.send("DELETE", "/api/maps/" + MAP, ada, null);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/copies", ada, null).status())
                .isEqualTo(404);
        // Only the original and the one good copy exist (the original deleted now).
        assertThat(api.send("GET", "/api/maps", null, null).json()).hasSize(1);
    }

    @Test
    void copy_leavesEveryonesEvidenceRatingsGradesAndContestationsBehind() throws Exception {
        String evidence = """
                {"claimId":"c1","sourceId":"s1","locator":"p. 12","quote":"Blue at noon.","stance":"for",
                 "url":null,"note":null,"anchor":null}""";
        assertThat(api.send("POST", "/api/maps/" + MAP + "/evidence", ada, evidence)
                        .status())
                .isEqualTo(201);
        assertThat(api.send("PUT", "/api/maps/" + MAP + "/arguments/a1/rating", ada, "{\"value\":0.25}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send(
                                "PUT",
                                "/api/maps/" + MAP + "/sources/s1/grade",
                                brigitte,
                                "{\"reliability\":\"E\",\"credibility\":5}")
                        .status())
                .isEqualTo(200);
        assertThat(api.send("POST", "/api/maps/" + MAP + "/sources/s1/contestations", brigitte, "{\"reason\":\"No.\"}")
                        .status())
                .isEqualTo(201);
        assertThat(api.send(
                                "POST",
                                "/api/maps/" + MAP + "/claims",
                                brigitte,
                                "{\"kind\":\"premise\",\"text\":\"Beta's own\"}")
                        .status())
                .isEqualTo(201);

        String id = api.send("POST", "/api/maps/" + MAP + "/copies", ada, null)
                .json()
                .get("id")
                .asString();
        try (var session = driver.session()) {
            Map<String, Object> counts =
                    session.run("""
                            MATCH (n {mapId: $id})
                            RETURN sum(CASE WHEN n:Evidence THEN 1 ELSE 0 END) AS evidence,
                                   sum(CASE WHEN n:Rating THEN 1 ELSE 0 END) AS ratings,
                                   sum(CASE WHEN n:Grade THEN 1 ELSE 0 END) AS grades,
                                   sum(CASE WHEN n:Contestation THEN 1 ELSE 0 END) AS contestations,
                                   sum(CASE WHEN n:Claim THEN 1 ELSE 0 END) AS claims,
                                   sum(CASE WHEN n:Change THEN 1 ELSE 0 END) AS changes
                            """, Map.of("id", id)).single().asMap();
            // The document's own contestation and the user's claim (structure) come along; nothing personal does.
            // The copy's log holds only its own MapCopied entry (fix12), none of the original's changes.
            assertThat(counts)
                    .containsEntry("evidence", 0L)
                    .containsEntry("ratings", 0L)
                    .containsEntry("grades", 0L)
                    .containsEntry("contestations", 1L)
                    .containsEntry("claims", 4L)
                    .containsEntry("changes", 1L);
        }
    }

    static MapContent sameAs(MapContent m, String id, String title) {
        return new MapContent(
                id,
                title,
                m.language(),
                m.document(),
                m.claims(),
                m.arguments(),
                m.attacks(),
                m.sources(),
                m.contestations(),
                m.people(),
                m.notes(),
                m.events(),
                m.qualifications());
    }
}
