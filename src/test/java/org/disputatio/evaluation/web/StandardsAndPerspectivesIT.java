package org.disputatio.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
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

/**
 * Proof standards and perspectives through the API (ADR 031), on the two-voices map: c1 cites s1 and is concluded
 * by a1 from Alpha's uncited c2 (strength 0.5); Beta's uncited c3 rebuts c1.
 */
@IntegrationTest
class StandardsAndPerspectivesIT {

    static final String MAP = "two-voices";

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    final JsonMapper json = JsonMapper.builder().build();

    record Answer(int status, String contentType, JsonNode body) {}

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, "ada", "brigitte");
        catalog.create(SampleMaps.twoVoices(MAP));
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    Answer send(String method, String path, @Nullable String user, @Nullable String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) request.header("Content-Type", "application/json");
        if (user != null)
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            (user + ":" + TestUsers.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        return new Answer(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                text.isEmpty() ? json.createObjectNode() : json.readTree(text));
    }

    static JsonNode find(JsonNode list, String id) {
        for (JsonNode x : list) if (x.get("id").asString().equals(id)) return x;
        throw new AssertionError("no " + id + " in " + list);
    }

    Answer evaluation(String query, @Nullable String user) throws Exception {
        return send("GET", "/api/maps/" + MAP + "/evaluation" + query, user, null);
    }

    @Test
    void standard_isPreponderanceByDefault_canBeChanged_isLogged_andUndone() throws Exception {
        JsonNode before = evaluation("", null).body();
        assertThat(find(before.get("claims"), "c3").get("standard").asString()).isEqualTo("preponderance");
        assertThat(find(before.get("claims"), "c3").get("label").asString()).isEqualTo("IN");
        assertThat(find(before.get("claims"), "c1").get("label").asString()).isEqualTo("OUT");

        // Beta's word weighs 0.25: not clear and convincing (alpha 0.5). c3 falls, and no longer defeats c1.
        var changed = send(
                "PUT", "/api/maps/" + MAP + "/claims/c3/standard", "ada", "{\"standard\":\"clear-and-convincing\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().get("standard").asString()).isEqualTo("clear-and-convincing");
        JsonNode after = evaluation("", null).body();
        JsonNode c3 = find(after.get("claims"), "c3");
        assertThat(c3.get("standard").asString()).isEqualTo("clear-and-convincing");
        assertThat(c3.get("label").asString()).isEqualTo("OUT");
        assertThat(find(after.get("claims"), "c1").get("label").asString()).isEqualTo("IN");
        assertThat(after.get("seq").asLong()).isGreaterThan(before.get("seq").asLong());

        Change logged = changeLog.newest(new MapId(MAP), 1).getFirst();
        assertThat(logged.kind()).isEqualTo(ChangeKind.ProofStandardChanged);
        assertThat(logged.itemId()).isEqualTo("c3");
        assertThat(logged.user()).isEqualTo("ada");
        assertThat(logged.before()).isEqualTo("{}"); // the default: no property stored

        // Setting the standard it has changes nothing and logs nothing.
        assertThat(send(
                                "PUT",
                                "/api/maps/" + MAP + "/claims/c3/standard",
                                "ada",
                                "{\"standard\":\"clear-and-convincing\"}")
                        .status())
                .isEqualTo(200);
        assertThat(changeLog.newest(new MapId(MAP), 1).getFirst().seq()).isEqualTo(logged.seq());

        assertThat(send("POST", "/api/maps/" + MAP + "/changes/" + logged.seq() + "/undo", "ada", null)
                        .status())
                .isEqualTo(201);
        JsonNode undone = evaluation("", null).body();
        assertThat(find(undone.get("claims"), "c3").get("standard").asString()).isEqualTo("preponderance");
        assertThat(find(undone.get("claims"), "c3").get("label").asString()).isEqualTo("IN");
        assertThat(find(undone.get("claims"), "c1").get("label").asString()).isEqualTo("OUT");
    }

    @Test
    void standard_refusesWhatIsNotAStandard_andUnknownClaims_asProblems() throws Exception {
        var wrong = send("PUT", "/api/maps/" + MAP + "/claims/c3/standard", "ada", "{\"standard\":\"certainty\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.contentType()).startsWith("application/problem+json");
        assertThat(wrong.body().get("field").asString()).isEqualTo("standard");
        var unknown = send("PUT", "/api/maps/" + MAP + "/claims/c99/standard", "ada", "{\"standard\":\"scintilla\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        var anonymous = send("PUT", "/api/maps/" + MAP + "/claims/c3/standard", null, "{\"standard\":\"scintilla\"}");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(changeLog.newest(new MapId(MAP), 5)).noneMatch(c -> c.kind() == ChangeKind.ProofStandardChanged);
    }

    @Test
    void perspectives_evaluateWithEveryonesRatings_mine_orOneUsers() throws Exception {
        assertThat(send("PUT", "/api/maps/" + MAP + "/arguments/a1/rating", "ada", "{\"value\":0.75}")
                        .status())
                .isEqualTo(200);
        assertThat(send("PUT", "/api/maps/" + MAP + "/arguments/a1/rating", "brigitte", "{\"value\":0.25}")
                        .status())
                .isEqualTo(200);
        assertThat(send(
                                "PUT",
                                "/api/maps/" + MAP + "/sources/s1/grade",
                                "ada",
                                "{\"reliability\":\"A\",\"credibility\":1}")
                        .status())
                .isEqualTo(200);

        // a1 = inference x premise c2 (0.5); c1 = DF-QuAD of a1 and s1's citation (0.5 x grade) against c3 (0.5).
        JsonNode all = evaluation("?perspective=all", null).body();
        assertThat(all.get("perspective").asString()).isEqualTo("all");
        assertThat(find(all.get("arguments"), "a1").get("strength").asDouble()).isCloseTo(0.25, within(1e-12));
        assertThat(find(all.get("claims"), "c1").get("strength").asDouble()).isCloseTo(0.5625, within(1e-12));
        assertThat(evaluation("", null).body().get("claims")).isEqualTo(all.get("claims"));

        JsonNode ada = evaluation("?perspective=mine", "ada").body();
        assertThat(ada.get("perspective").asString()).isEqualTo("user:ada");
        assertThat(find(ada.get("arguments"), "a1").get("strength").asDouble()).isCloseTo(0.375, within(1e-12));
        assertThat(find(ada.get("claims"), "c1").get("strength").asDouble()).isCloseTo(0.59375, within(1e-12));
        assertThat(evaluation("?perspective=user:ada", null).body().get("claims"))
                .isEqualTo(ada.get("claims"));

        JsonNode brigitte = evaluation("?perspective=user:brigitte", null).body();
        assertThat(find(brigitte.get("arguments"), "a1").get("strength").asDouble())
                .isCloseTo(0.125, within(1e-12));
        // s1 ungraded from Brigitte's perspective: its citation weighs 0.25
        assertThat(find(brigitte.get("claims"), "c1").get("strength").asDouble())
                .isCloseTo(0.421875, within(1e-12));

        // The explanation takes the same perspective.
        JsonNode explained = send("GET", "/api/maps/" + MAP + "/claims/c1/explanation?perspective=user:ada", null, null)
                .body();
        assertThat(explained.get("strength").asDouble()).isCloseTo(0.59375, within(1e-12));

        // A what-if from a perspective compares with the same perspective.
        JsonNode whatIf = evaluation("?perspective=user:ada&reject=s1", null).body();
        assertThat(whatIf.get("whatIf").get("rejected").get(0).asString()).isEqualTo("s1");
        // without s1: only a1 (0.375) against c3 (0.5)
        assertThat(find(whatIf.get("claims"), "c1").get("strength").asDouble()).isCloseTo(0.4375, within(1e-12));
    }

    @Test
    void perspectives_mineNeedsASignedInCaller_andAnUnknownUserIsNotFound() throws Exception {
        var mine = evaluation("?perspective=mine", null);
        assertThat(mine.status()).isEqualTo(401);
        assertThat(mine.contentType()).startsWith("application/problem+json");
        var nobody = evaluation("?perspective=user:nobody", null);
        assertThat(nobody.status()).isEqualTo(404);
        assertThat(nobody.contentType()).startsWith("application/problem+json");
        assertThat(nobody.body().get("detail").asString()).contains("nobody");
        var explainMine = send("GET", "/api/maps/" + MAP + "/claims/c1/explanation?perspective=mine", null, null);
        assertThat(explainMine.status()).isEqualTo(401);
        assertThat(explainMine.contentType()).startsWith("application/problem+json");
        var odd = evaluation("?perspective=theirs", null);
        assertThat(odd.status()).isEqualTo(400);
        assertThat(odd.contentType()).startsWith("application/problem+json");
    }
}
