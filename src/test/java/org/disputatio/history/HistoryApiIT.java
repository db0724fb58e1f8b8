package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
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

/** The history API as a client sees it: the log's shape and paging, who may undo, and what undo restores. */
@IntegrationTest
class HistoryApiIT {

    static final String BASE = "/api/maps/history-two-voices";

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
        catalog.create(SampleMaps.twoVoices("history-two-voices"));
        TestUsers.ensure(accounts, "ada", "brigitte");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    record Response(int status, JsonNode body, String contentType) {}

    Response send(String method, String path, @Nullable String user, @Nullable String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (user != null) {
            String password = user.equals("admin") ? IntegrationTest.ADMIN_PASSWORD : TestUsers.PASSWORD;
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Response(
                response.statusCode(),
                text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text),
                response.headers().firstValue("Content-Type").orElse(""));
    }

    static String evidence(String quote) {
        return """
                {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":"%s","stance":"for",
                 "anchor":{"exact":"it is blue","start":49,"end":59}}
                """.formatted(quote);
    }

    long last() throws Exception {
        return send("GET", BASE + "/changes?after=0&limit=1", null, null)
                .body()
                .get("last")
                .asLong();
    }

    Response undo(long seq, @Nullable String user) throws Exception {
        return send("POST", BASE + "/changes/" + seq + "/undo", user, null);
    }

    String attach(String quote) throws Exception {
        var created = send("POST", BASE + "/evidence", "ada", evidence(quote));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    @Test
    void changes_areListedInSeqOrder_withTheirFields_andPagedByAfterAndLimit() throws Exception {
        String id = attach("Blue at noon.");
        assertThat(send("PUT", BASE + "/evidence/" + id + "/rating", "brigitte", "{\"value\":0.75}")
                        .status())
                .isEqualTo(200);
        assertThat(send("PUT", BASE + "/sources/s1/grade", "ada", "{\"reliability\":\"B\",\"credibility\":2}")
                        .status())
                .isEqualTo(200);

        var first = send("GET", BASE + "/changes?after=0&limit=2", null, null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().get("last").asLong()).isEqualTo(3);
        var changes = first.body().get("changes");
        assertThat(changes.size()).isEqualTo(2);
        var one = changes.get(0);
        assertThat(one.get("seq").asLong()).isEqualTo(1);
        assertThat(one.get("user").asString()).isEqualTo("ada");
        assertThat(one.get("kind").asString()).isEqualTo("EvidenceAttached");
        assertThat(one.get("itemId").asString()).isEqualTo(id);
        assertThat(one.get("summary").asString()).isEqualTo("Evidence for claim c3 from source s1 (p. 12)");
        assertThat(one.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(changes.get(1).get("kind").asString()).isEqualTo("EvidenceRated");
        assertThat(changes.get(1).get("summary").asString()).isEqualTo("Rated evidence " + id + " 0.75 (was none)");

        var rest = send("GET", BASE + "/changes?after=2", null, null).body();
        assertThat(rest.get("changes").size()).isEqualTo(1);
        assertThat(rest.get("changes").get(0).get("seq").asLong()).isEqualTo(3);
        assertThat(rest.get("changes").get(0).get("kind").asString()).isEqualTo("SourceGraded");
        assertThat(send("GET", BASE + "/changes?after=3", null, null)
                        .body()
                        .get("changes")
                        .size())
                .isZero();
        assertThat(send("GET", BASE + "/changes", null, null)
                        .body()
                        .get("changes")
                        .size())
                .isEqualTo(3);
    }

    @Test
    void badParametersAndUnknownMaps_areProblems() throws Exception {
        for (String query : List.of("limit=0", "limit=1001", "after=-1", "after=abc", "limit=2.5")) {
            var bad = send("GET", BASE + "/changes?" + query, null, null);
            assertThat(bad.status()).as(query).isEqualTo(400);
            assertThat(bad.contentType()).startsWith("application/problem+json");
        }
        var unknown = send("GET", "/api/maps/no-such-map/changes", null, null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("detail").asString()).isEqualTo("There is no map 'no-such-map'.");
        var unknownSeq = undo(99, "ada");
        assertThat(unknownSeq.status()).isEqualTo(404);
        assertThat(unknownSeq.body().get("detail").asString())
                .isEqualTo("There is no change 99 in the map 'history-two-voices'.");
    }

    @Test
    void undo_byItsAuthorOrAnAdmin_only_andIsItselfLogged() throws Exception {
        String id = attach("Blue at noon.");
        send("PUT", BASE + "/evidence/" + id + "/rating", "brigitte", "{\"value\":0.75}");
        long rating = last();

        assertThat(undo(rating, null).status()).isEqualTo(401);
        var other = undo(rating, "ada");
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.body().get("detail").asString())
                .isEqualTo("Only brigitte, who made change " + rating + ", or an admin may undo it.");
        assertThat(last()).isEqualTo(rating);

        var undone = undo(rating, "brigitte");
        assertThat(undone.status()).isEqualTo(201);
        assertThat(undone.body().get("seq").asLong()).isEqualTo(rating + 1);
        assertThat(undone.body().get("kind").asString()).isEqualTo("ChangeUndone");
        assertThat(undone.body().get("undoes").asLong()).isEqualTo(rating);
        assertThat(undone.body().get("user").asString()).isEqualTo("brigitte");
        assertThat(undone.body().get("itemId").asString()).isEqualTo(id);
        assertThat(last()).isEqualTo(rating + 1);
        assertThat(send("GET", BASE + "/evidence/" + id + "/ratings", null, null)
                        .body()
                        .get("count")
                        .asInt())
                .isZero();

        var again = undo(rating, "brigitte");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("detail").asString())
                .isEqualTo("Change " + rating + " was already undone by change " + (rating + 1) + " (brigitte).");
        var redo = undo(rating + 1, "brigitte");
        assertThat(redo.status()).isEqualTo(409);
        assertThat(redo.body().get("detail").asString()).contains("redo").contains("not supported");

        var byAdmin = undo(1, "admin");
        assertThat(byAdmin.status()).isEqualTo(201);
        assertThat(byAdmin.body().get("user").asString()).isEqualTo("admin");
        assertThat(send("GET", BASE + "/evidence/" + id, null, null).status()).isEqualTo(404);
    }

    @Test
    void undo_isRefusedWith409_namingTheLaterChange_whenTheItemChangedSince() throws Exception {
        String id = attach("Blue at noon.");
        send("PUT", BASE + "/evidence/" + id + "/rating", "ada", "{\"value\":0.5}");
        long firstRating = last();
        send("PUT", BASE + "/evidence/" + id + "/rating", "brigitte", "{\"value\":1}");
        send("PUT", BASE + "/evidence/" + id + "/rating", "ada", "{\"value\":0.25}");
        long secondRating = last();

        var refused = undo(firstRating, "ada");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().get("detail").asString())
                .isEqualTo("The item changed since: change " + secondRating
                        + " (EvidenceRated by ada) came later. Undo that one first.");

        // Another user's rating of the same item does not stand in the way of undoing one's own.
        assertThat(undo(secondRating, "ada").status()).isEqualTo(201);
        assertThat(send("GET", BASE + "/evidence/" + id + "/ratings", "ada", null)
                        .body()
                        .get("yours")
                        .asDouble())
                .isEqualTo(0.5);
        // With the later change undone, the earlier one can be undone too.
        assertThat(undo(firstRating, "ada").status()).isEqualTo(201);
        var spread =
                send("GET", BASE + "/evidence/" + id + "/ratings", "ada", null).body();
        assertThat(spread.get("yours").isNull()).isTrue();
        assertThat(spread.get("count").asInt()).isEqualTo(1);

        // Removing the evidence would delete brigitte's rating: undoing the attachment is refused.
        var attachUndo = undo(1, "ada");
        assertThat(attachUndo.status()).isEqualTo(409);
        assertThat(attachUndo.body().get("detail").asString()).contains("EvidenceRated by brigitte");
    }

    @Test
    void undoingEachKind_restoresThePreviousState_asTheReadEndpointsShowIt() throws Exception {
        // Evidence: edit, then removal (with a rating), each undone.
        String id = attach("Blue at noon.");
        String edited = evidence("Blue all day.").replace("\"stance\"", "\"expectedVersion\":1,\"stance\"");
        assertThat(send("PUT", BASE + "/evidence/" + id, "ada", edited).status())
                .isEqualTo(200);
        long edit = last();
        assertThat(undo(edit, "ada").status()).isEqualTo(201);
        var restored = send("GET", BASE + "/evidence/" + id, null, null).body();
        assertThat(restored.get("quote").asString()).isEqualTo("Blue at noon.");
        assertThat(restored.get("anchor").get("exact").asString()).isEqualTo("it is blue");
        long version = restored.get("version").asLong();
        assertThat(version).isEqualTo(3);

        send("PUT", BASE + "/evidence/" + id + "/rating", "brigitte", "{\"value\":0.75}");
        assertThat(send("DELETE", BASE + "/evidence/" + id + "?expectedVersion=" + version, "ada", null)
                        .status())
                .isEqualTo(204);
        long removal = last();
        assertThat(undo(removal, "ada").status()).isEqualTo(201);
        var back = send("GET", BASE + "/evidence/" + id, null, null);
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.body().get("quote").asString()).isEqualTo("Blue at noon.");
        assertThat(back.body().get("createdBy").asString()).isEqualTo("ada");
        var ratings = send("GET", BASE + "/evidence/" + id + "/ratings", "brigitte", null)
                .body();
        assertThat(ratings.get("count").asInt()).isEqualTo(1);
        assertThat(ratings.get("yours").asDouble()).isEqualTo(0.75);

        // Inference rating: back to none.
        send("PUT", BASE + "/arguments/a1/rating", "ada", "{\"value\":0.5}");
        assertThat(undo(last(), "ada").status()).isEqualTo(201);
        assertThat(send("GET", BASE + "/arguments/a1/ratings", "ada", null)
                        .body()
                        .get("count")
                        .asInt())
                .isZero();

        // Grade: back to the previous grade.
        send("PUT", BASE + "/sources/s1/grade", "ada", "{\"reliability\":\"B\",\"credibility\":2}");
        send("PUT", BASE + "/sources/s1/grade", "ada", "{\"reliability\":\"E\",\"credibility\":5}");
        assertThat(undo(last(), "ada").status()).isEqualTo(201);
        var grade = send("GET", BASE + "/sources/s1/grades", "ada", null).body().get("yours");
        assertThat(grade.get("reliability").asString()).isEqualTo("B");
        assertThat(grade.get("credibility").asInt()).isEqualTo(2);

        // Contestation and withdrawal undo each other.
        var contested = send("POST", BASE + "/sources/s1/contestations", "brigitte", "{\"reason\":\"Gamma slept.\"}");
        String contestation = contested.body().get("id").asString();
        long contest = last();
        send("POST", BASE + "/sources/s1/contestations/" + contestation + "/withdrawal", "brigitte", null);
        assertThat(undo(last(), "brigitte").status()).isEqualTo(201);
        var listed = send("GET", BASE + "/sources/s1/contestations", null, null).body();
        assertThat(listed.get(0).get("open").asBoolean()).isTrue();
        var contestUndo = undo(contest, "brigitte");
        assertThat(contestUndo.status()).isEqualTo(201);
        assertThat(send("GET", BASE + "/sources/s1/contestations", null, null)
                        .body()
                        .size())
                .isZero();

        // A source: removed while unused, refused (naming the user) once evidence cites it.
        var source = send(
                "POST",
                BASE + "/sources",
                "brigitte",
                "{\"authors\":[\"Delta\"],\"title\":\"Clouds\",\"year\":2001,\"kind\":\"scholarship\","
                        + "\"accessibility\":\"published\"}");
        String sourceId = source.body().get("id").asString();
        long sourceCreated = last();
        String using = send(
                        "POST",
                        BASE + "/evidence",
                        "ada",
                        "{\"claimId\":\"c1\",\"sourceId\":\"" + sourceId
                                + "\",\"locator\":\"p. 1\",\"quote\":\"White.\",\"stance\":\"against\"}")
                .body()
                .get("id")
                .asString();
        var sourceRefused = undo(sourceCreated, "brigitte");
        assertThat(sourceRefused.status()).isEqualTo(409);
        assertThat(sourceRefused.body().get("detail").asString())
                .isEqualTo("Cannot remove " + sourceId + ": Evidence " + using
                        + " (FROM) depend(s) on it. Remove those first.");
        send("DELETE", BASE + "/evidence/" + using + "?expectedVersion=1", "ada", null);
        assertThat(undo(sourceCreated, "brigitte").status()).isEqualTo(201);
        assertThat(send("GET", BASE + "/sources/" + sourceId + "/grades", null, null)
                        .status())
                .isEqualTo(404);

        // Claims: a counter-argument is removed with its attack; a claim with evidence is not.
        var counter = send(
                "POST",
                BASE + "/counter-arguments",
                "ada",
                "{\"targetId\":\"c1\",\"attackKind\":\"rebut\",\"claim\":{\"kind\":\"counter-claim\","
                        + "\"text\":\"Green is a joke\"}}");
        String counterId = counter.body().get("id").asString();
        assertThat(undo(last(), "ada").status()).isEqualTo(201);
        assertThat(claimIds()).doesNotContain(counterId).contains("c1", "c2", "c3");

        var claim = send("POST", BASE + "/claims", "ada", "{\"kind\":\"premise\",\"text\":\"Clouds are white\"}");
        String claimId = claim.body().get("id").asString();
        long claimAdded = last();
        String onClaim = send(
                        "POST",
                        BASE + "/evidence",
                        "brigitte",
                        "{\"claimId\":\"" + claimId
                                + "\",\"sourceId\":\"s1\",\"locator\":\"p. 2\",\"quote\":\"White.\",\"stance\":\"for\"}")
                .body()
                .get("id")
                .asString();
        var claimRefused = undo(claimAdded, "ada");
        assertThat(claimRefused.status()).isEqualTo(409);
        assertThat(claimRefused.body().get("detail").asString())
                .isEqualTo("Cannot remove " + claimId + ": Evidence " + onClaim
                        + " (ABOUT) depend(s) on it. Remove those first.");
        assertThat(claimIds()).contains(claimId);
    }

    List<String> claimIds() throws Exception {
        var ids = new ArrayList<String>();
        send("GET", BASE, null, null)
                .body()
                .get("claims")
                .forEach(c -> ids.add(c.get("id").asString()));
        return ids;
    }
}
