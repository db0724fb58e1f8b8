package org.disputatio.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
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
 * Issue 12's last API gaps (fix12): the importer's author as a person of the new map, a pro in one transaction, a
 * copy's MapCopied entry, the original file served back, and every read of a deleted map answering 404. On the
 * two-voices map (thesis c1 ← argument a1 from c2; c3 rebuts c1 by k1; c1 cites s1; owned by the admins).
 */
@IntegrationTest
class AuthoringGapsApiIT {

    static final String MAP = "gaps-two-voices";
    static final String ADA = ApiCalls.basic("ada", TestUsers.PASSWORD);
    static final String ADMIN = ApiCalls.basic("admin", IntegrationTest.ADMIN_PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    ClaimRevision revision;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP));
        TestUsers.ensure(accounts, "ada");
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    JsonNode changes(String map) throws Exception {
        var answer = api.send("GET", "/api/maps/" + map + "/changes", null, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("changes");
    }

    long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    // ------------------------------------------------------------------ point 3: the author is a person

    @Test
    void aNewMapWithAnAuthor_hasThemAsAPersonFromItsOneEntry_andUndoingTheCreationRemovesThem() throws Exception {
        var created = api.send("POST", "/api/maps", ADA, """
                {"title":"Essais","language":"fr","author":"Michel de Montaigne","text":"Que sais-je ?"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();

        JsonNode people =
                api.send("GET", "/api/maps/" + id + "/people", null, null).json();
        assertThat(people.get("people")).hasSize(1);
        assertThat(people.get("people").get(0).get("name").asString()).isEqualTo("Michel de Montaigne");
        String author = people.get("people").get(0).get("id").asString();
        assertThat(people.get("author").asString()).isEqualTo(author);
        // "New claim" finds the author (the workspace asks this) instead of adding a person.
        assertThat(revision.author(new MapId(id))).contains(author);
        JsonNode log = changes(id);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("kind").asString()).isEqualTo("MapCreated");

        var undo = api.send("POST", "/api/maps/" + id + "/changes/1/undo", ADA, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(count("MATCH (p:Person {mapId: '" + id + "'}) RETURN count(p)"))
                .isZero();
        assertThat(api.send("GET", "/api/maps/" + id, null, null).status()).isEqualTo(404);

        // A claim of the author's words names that person; no second person is added.
        String again = api.send("POST", "/api/maps", ADA, """
                        {"title":"Essais","language":"fr","author":"Michel de Montaigne","text":"Que sais-je ?"}""").json().get("id").asString();
        var claim = api.send(
                "POST",
                "/api/maps/" + again + "/claims",
                ADA,
                "{\"kind\":\"premise\",\"text\":\"Que sais-je ?\",\"proponentId\":\"" + author + "\"}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        JsonNode stored = api.send("GET", "/api/maps/" + again, null, null)
                .json()
                .get("claims")
                .get(0);
        assertThat(stored.get("proponent").asString()).isEqualTo("Michel de Montaigne");
        assertThat(stored.get("proponentId").asString()).isEqualTo(author);
        assertThat(api.send("GET", "/api/maps/" + again + "/people", null, null)
                        .json()
                        .get("people"))
                .hasSize(1);
    }

    // ------------------------------------------------------------------ point 4: a pro is one change

    @Test
    void aPro_isOneChangeInTheLog_andOneUndoRemovesTheClaimAndTheArgument() throws Exception {
        var pro = api.send("POST", "/api/maps/" + MAP + "/claims/c1/pros", ADA, "{\"text\":\"Alpha paints skies\"}");
        assertThat(pro.status()).as(pro.body()).isEqualTo(201);
        String claim = pro.json().get("id").asString();
        String argument = pro.json().get("argumentId").asString();

        JsonNode log = changes(MAP);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("kind").asString()).isEqualTo("ProAdded");
        assertThat(log.get(0).get("itemId").asString()).isEqualTo(claim);
        assertThat(log.get(0).get("onId").asString()).isEqualTo("c1");
        assertThat(log.get(0).get("summary").asString())
                .isEqualTo("Pro for c1 (premise), argument " + argument + ": Alpha paints skies");

        var undo = api.send("POST", "/api/maps/" + MAP + "/changes/1/undo", ADA, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", "/api/maps/" + MAP + "/claims/" + claim, null, null)
                        .status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/maps/" + MAP + "/arguments/" + argument, null, null)
                        .status())
                .isEqualTo(404);
        assertThat(catalog.content(new MapId(MAP)).orElseThrow().claims()).hasSize(3);
    }

    @Test
    void aProForADeletedClaim_is404_andWritesNothing() throws Exception {
        var deleted = api.send("DELETE", "/api/maps/" + MAP + "/claims/c2", ADMIN, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        long claims = count("MATCH (c:Claim {mapId: '" + MAP + "'}) RETURN count(c)");
        long arguments = count("MATCH (a:Argument {mapId: '" + MAP + "'}) RETURN count(a)");
        int entries = changes(MAP).size();

        var pro = api.send("POST", "/api/maps/" + MAP + "/claims/c2/pros", ADA, "{\"text\":\"Alpha has eyes\"}");

        assertThat(pro.status()).as(pro.body()).isEqualTo(404);
        assertThat(pro.contentType()).startsWith("application/problem+json");
        assertThat(count("MATCH (c:Claim {mapId: '" + MAP + "'}) RETURN count(c)"))
                .isEqualTo(claims);
        assertThat(count("MATCH (a:Argument {mapId: '" + MAP + "'}) RETURN count(a)"))
                .isEqualTo(arguments);
        assertThat(changes(MAP)).hasSize(entries);
    }

    // ------------------------------------------------------------------ point 6: MapCopied

    @Test
    void aCopy_startsItsLogWithMapCopied_namingTheSource_whichUndoRefers() throws Exception {
        var copy = api.send("POST", "/api/maps/" + MAP + "/copies", ADA, null);
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        String id = copy.json().get("id").asString();

        JsonNode log = changes(id);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("kind").asString()).isEqualTo("MapCopied");
        assertThat(log.get(0).get("user").asString()).isEqualTo("ada");
        assertThat(log.get(0).get("itemId").asString()).isEqualTo(id);
        assertThat(log.get(0).get("onId").asString()).isEqualTo(MAP);
        assertThat(log.get(0).get("summary").asString()).isEqualTo("Copied from the map 'Two voices' (" + MAP + ").");
        // The source's own log is untouched.
        assertThat(changes(MAP)).isEmpty();
        // Undo does not unmake a copy (it would take the whole map): 409, saying to delete it.
        var undo = api.send("POST", "/api/maps/" + id + "/changes/1/undo", ADA, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(409);
        assertThat(undo.json().get("detail").asString()).contains("delete the map '" + id + "'");
    }

    // ------------------------------------------------------------------ point 7: the original file

    @Test
    void theOriginal_isServedByteForByte_withItsTypeNameAndSha256AsETag_andAShippedMapHasNone() throws Exception {
        byte[] file = "# Notes\n\nL’analogie est « faible ».\n".getBytes(StandardCharsets.UTF_8);
        var created = api.multipart(
                "/api/maps",
                ADA,
                Map.of("title", "Notes", "language", "fr"),
                "notes été.md",
                "application/octet-stream",
                file);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));

        var http = HttpClient.newHttpClient();
        var original = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/maps/" + id + "/original"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());

        assertThat(original.statusCode()).isEqualTo(200);
        assertThat(original.body()).isEqualTo(file);
        assertThat(original.headers().firstValue("Content-Type")).contains("text/markdown");
        assertThat(original.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
        assertThat(original.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"notes ete.md\"; filename*=UTF-8''notes%20%C3%A9t%C3%A9.md");
        var again = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/maps/" + id + "/original"))
                        .header("If-None-Match", "\"" + sha256 + "\"")
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var shipped = api.send("GET", "/api/maps/" + MAP + "/original", null, null);
        assertThat(shipped.status()).isEqualTo(404);
        assertThat(shipped.contentType()).startsWith("application/problem+json");
        assertThat(shipped.json().get("title").asString()).isEqualTo("No original file");
    }

    // ------------------------------------------------------------------ point 5: reads of a deleted map

    @Test
    void everyReadOfADeletedMap_is404_untilItsDeletionIsUndone() throws Exception {
        List<String> reads = List.of(
                "",
                "/evaluation",
                "/changes",
                "/search?q=sky",
                "/people",
                "/original",
                "/claims/c1",
                "/claims/c1/evidence",
                "/claims/c1/citations",
                "/claims/c1/explanation",
                "/arguments/a1",
                "/arguments/a1/ratings",
                "/attacks/k1",
                "/sources/s1/grades",
                "/sources/s1/contestations");
        for (String read : reads) {
            if (read.equals("/original")) continue;
            var answer = api.send("GET", "/api/maps/" + MAP + read, null, null);
            assertThat(answer.status()).as(read + ": " + answer.body()).isEqualTo(200);
        }

        var deleted = api.send("DELETE", "/api/maps/" + MAP, ADMIN, null);
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
        for (String read : reads) {
            var answer = api.send("GET", "/api/maps/" + MAP + read, null, null);
            assertThat(answer.status()).as(read).isEqualTo(404);
            assertThat(answer.contentType()).as(read).startsWith("application/problem+json");
            assertThat(answer.json().get("detail").asString())
                    .as(read)
                    .isEqualTo("There is no map with the id '" + MAP + "'.");
            assertThat(answer.json().get("title").asString()).as(read).isEqualTo("Map not found");
            assertThat(answer.json().get("mapId").asString()).as(read).isEqualTo(MAP);
        }
        // The evaluation's handlers give that answer themselves (ADR 051): whatever else is wrong with the request.
        for (String read : List.of(
                "/evaluation?semantics=nonsense",
                "/evaluation?perspective=mine",
                "/evaluation?perspective=user:nobody",
                "/evaluation?reject=no-such-source",
                "/evaluation?claims=c1",
                "/claims/c1/explanation?semantics=nonsense",
                "/claims/no-such-claim/explanation")) {
            var answer = api.send("GET", "/api/maps/" + MAP + read, null, null);
            assertThat(answer.status()).as(read).isEqualTo(404);
            assertThat(answer.contentType()).as(read).startsWith("application/problem+json");
            assertThat(answer.json().get("title").asString()).as(read).isEqualTo("Map not found");
            assertThat(answer.json().get("detail").asString())
                    .as(read)
                    .isEqualTo("There is no map with the id '" + MAP + "'.");
            assertThat(answer.json().get("mapId").asString()).as(read).isEqualTo(MAP);
        }

        long seq = deleted.json().get("seq").asLong();
        var undo = api.send("POST", "/api/maps/" + MAP + "/changes/" + seq + "/undo", ADMIN, null);
        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", "/api/maps/" + MAP + "/claims/c1/evidence", null, null)
                        .status())
                .isEqualTo(200);
    }
}
