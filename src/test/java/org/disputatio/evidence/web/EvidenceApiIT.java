package org.disputatio.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The evidence REST API as a client sees it: status codes, problem details, and what reads show afterwards. */
@IntegrationTest
class EvidenceApiIT {

    static final String BASE = "/api/maps/api-two-voices";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("api-two-voices"));
        TestUsers.ensure(accounts, "ada", "brigitte");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    record Response(int status, JsonNode body, HttpResponse<String> raw) {}

    Response send(String method, String path, @Nullable String user, @Nullable String body, String... headers)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Response(
                response.statusCode(),
                text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text),
                response);
    }

    static String evidence(String quote) {
        return """
                {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":"%s","stance":"for",
                 "url":"https://example.org/log","note":null,"anchor":{"exact":"it is blue","start":49,"end":59}}
                """.formatted(quote);
    }

    @Test
    void anonymousWrites_areRefusedWith401_andReadsAreOpen() throws Exception {
        assertThat(send("POST", BASE + "/evidence", null, evidence("q")).status())
                .isEqualTo(401);
        assertThat(send("PUT", BASE + "/arguments/a1/rating", null, "{\"value\":0.5}")
                        .status())
                .isEqualTo(401);
        assertThat(send("POST", BASE + "/sources/s1/contestations", null, "{\"reason\":\"Because.\"}")
                        .status())
                .isEqualTo(401);
        var read = send("GET", BASE + "/claims/c3/evidence", null, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().size()).isZero();
    }

    @Test
    void attachEditAndRemove_overHttp_withVersions() throws Exception {
        var created = send("POST", BASE + "/evidence", "ada", evidence("Blue at noon."));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.body().get("version").asLong()).isEqualTo(1);
        assertThat(created.body().get("stance").asString()).isEqualTo("for");
        assertThat(created.body().get("createdBy").asString()).isEqualTo("ada");
        assertThat(created.raw().headers().firstValue("Location")).hasValue(BASE + "/evidence/" + id);
        assertThat(created.raw().headers().firstValue("ETag")).hasValue("\"1\"");

        var edited = send("PUT", BASE + "/evidence/" + id, "ada", evidence("Blue all day."), "If-Match", "\"1\"");
        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("version").asLong()).isEqualTo(2);

        var stale = send("PUT", BASE + "/evidence/" + id, "ada", evidence("Old copy."), "If-Match", "\"1\"");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("detail").asString()).contains("Someone else changed");
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(2);
        var listed = send("GET", BASE + "/claims/c3/evidence", null, null).body();
        assertThat(listed.get(0).get("quote").asString()).isEqualTo("Blue all day.");

        String withVersion = evidence("Body version.").replace("\"note\":null", "\"note\":null,\"expectedVersion\":2");
        assertThat(send("PUT", BASE + "/evidence/" + id, "ada", withVersion).status())
                .isEqualTo(200);

        assertThat(send("DELETE", BASE + "/evidence/" + id + "?expectedVersion=2", "ada", null)
                        .status())
                .isEqualTo(409);
        assertThat(send("DELETE", BASE + "/evidence/" + id, "ada", null, "If-Match", "\"3\"")
                        .status())
                .isEqualTo(204);
        assertThat(send("GET", BASE + "/evidence/" + id, null, null).status()).isEqualTo(404);
    }

    @Test
    void invalidInput_gives400NamingTheField() throws Exception {
        var tooLong = send("POST", BASE + "/evidence", "ada", evidence("q".repeat(2001)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("field").asString()).isEqualTo("quote");
        assertThat(tooLong.body().get("detail").asString()).isEqualTo("quote: At most 2000 characters.");

        var badAnchor = send(
                "POST",
                BASE + "/evidence",
                "ada",
                evidence("q").replace("\"start\":49", "\"start\":48").replace("\"end\":59", "\"end\":58"));
        assertThat(badAnchor.status()).isEqualTo(400);
        assertThat(badAnchor.body().get("detail").asString())
                .isEqualTo("anchor: The quote does not match the document at that place.");

        var badStance = send("POST", BASE + "/evidence", "ada", evidence("q").replace("\"for\"", "\"perhaps\""));
        assertThat(badStance.status()).isEqualTo(400);
        assertThat(badStance.body().get("field").asString()).isEqualTo("stance");

        var badRating = send("PUT", BASE + "/arguments/a1/rating", "ada", "{\"value\":0.6}");
        assertThat(badRating.status()).isEqualTo(400);
        assertThat(badRating.body().get("field").asString()).isEqualTo("value");

        var badGrade = send("PUT", BASE + "/sources/s1/grade", "ada", "{\"reliability\":\"Z\",\"credibility\":2}");
        assertThat(badGrade.status()).isEqualTo(400);
        assertThat(badGrade.body().get("field").asString()).isEqualTo("reliability");

        var noVersion = send("PUT", BASE + "/evidence/whatever", "ada", evidence("q"));
        assertThat(noVersion.status()).isEqualTo(400);
        assertThat(noVersion.body().get("field").asString()).isEqualTo("expectedVersion");

        assertThat(send("GET", BASE + "/claims/c3/evidence", null, null).body().size())
                .isZero();
    }

    @Test
    void unknownIds_give404() throws Exception {
        assertThat(send("PUT", BASE + "/evidence/u-nothing/rating", "ada", "{\"value\":0.5}")
                        .status())
                .isEqualTo(404);
        assertThat(send("GET", "/api/maps/no-such-map/claims/c1/evidence", null, null)
                        .status())
                .isEqualTo(404);
        assertThat(send("GET", BASE + "/claims/c99/evidence", null, null).status())
                .isEqualTo(404);
        var unknownClaim = send("POST", BASE + "/evidence", "ada", evidence("q").replace("\"c3\"", "\"c99\""));
        assertThat(unknownClaim.status()).isEqualTo(404);
        assertThat(unknownClaim.body().get("detail").asString()).contains("c99");
    }

    @Test
    void ratingsAndGrades_overHttp_showTheSpread() throws Exception {
        String id = send("POST", BASE + "/evidence", "ada", evidence("q"))
                .body()
                .get("id")
                .asString();
        send("PUT", BASE + "/evidence/" + id + "/rating", "ada", "{\"value\":1}");
        var rated = send("PUT", BASE + "/evidence/" + id + "/rating", "brigitte", "{\"value\":0.5}");
        assertThat(rated.status()).isEqualTo(200);
        assertThat(rated.body().get("yours").asDouble()).isEqualTo(0.5);

        var spread =
                send("GET", BASE + "/evidence/" + id + "/ratings", null, null).body();
        assertThat(spread.get("count").asInt()).isEqualTo(2);
        assertThat(spread.get("yours").isNull()).isTrue();
        assertThat(spread.get("histogram").get("1.0").asInt()).isEqualTo(1);
        assertThat(spread.get("mean").asDouble()).isEqualTo(0.75);

        var inference = send("PUT", BASE + "/arguments/a1/rating", "ada", "{\"value\":0.25}");
        assertThat(inference.body().get("count").asInt()).isEqualTo(1);

        var graded = send("PUT", BASE + "/sources/s1/grade", "ada", "{\"reliability\":\"B\",\"credibility\":2}");
        assertThat(graded.status()).isEqualTo(200);
        assertThat(graded.body().get("yours").get("reliability").asString()).isEqualTo("B");
        var grades = send("GET", BASE + "/sources/s1/grades", null, null).body();
        assertThat(grades.get("reliability").get("B").asInt()).isEqualTo(1);
        assertThat(grades.get("credibility").get("2").asInt()).isEqualTo(1);
    }

    @Test
    void contestAndWithdraw_overHttp() throws Exception {
        var made = send("POST", BASE + "/sources/s1/contestations", "ada", "{\"reason\":\"Gamma never looked.\"}");
        assertThat(made.status()).isEqualTo(201);
        String id = made.body().get("id").asString();
        assertThat(made.body().get("open").asBoolean()).isTrue();

        var notYours = send("POST", BASE + "/sources/s1/contestations/" + id + "/withdrawal", "brigitte", null);
        assertThat(notYours.status()).isEqualTo(403);
        var essays = send("POST", BASE + "/sources/s1/contestations/x1/withdrawal", "ada", null);
        assertThat(essays.status()).isEqualTo(403);
        assertThat(essays.body().get("detail").asString()).contains("essay itself");

        assertThat(send("POST", BASE + "/sources/s1/contestations/" + id + "/withdrawal", "ada", null)
                        .status())
                .isEqualTo(204);
        var listed = send("GET", BASE + "/sources/s1/contestations", null, null).body();
        assertThat(listed.get(0).get("open").asBoolean()).isFalse();
    }

    @Test
    void usersClaimsAndCounterArguments_overHttp() throws Exception {
        var claim = send("POST", BASE + "/claims", "ada", "{\"kind\":\"premise\",\"text\":\"Alpha saw green\"}");
        assertThat(claim.status()).isEqualTo(201);
        var counter = send(
                "POST",
                BASE + "/counter-arguments",
                "ada",
                "{\"targetId\":\"c1\",\"attackKind\":\"undercut\",\"claim\":{\"kind\":\"counter-claim\",\"text\":\"No\"}}");
        assertThat(counter.status()).isEqualTo(400);
        assertThat(counter.body().get("field").asString()).isEqualTo("attackKind");
        var map =
                catalog.content(new org.disputatio.maps.MapId("api-two-voices")).orElseThrow();
        assertThat(map.claims()).anySatisfy(c -> {
            assertThat(c.id()).isEqualTo(claim.body().get("id").asString());
            assertThat(c.proponent()).isEqualTo("ada");
        });
        assertThat(map.attacks()).hasSize(1);
    }
}
