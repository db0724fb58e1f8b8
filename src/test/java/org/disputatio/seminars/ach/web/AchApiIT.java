package org.disputatio.seminars.ach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
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

/**
 * The competing-hypotheses API end to end: hypotheses and items defined, each member rating their own matrix, the
 * scores of "mine" and of the group's, refusals as problem+json, and roles on a group's map (ADR 040).
 */
@IntegrationTest
class AchApiIT {

    static final String MAP = "ach-map";
    static final String GROUP_MAP = "ach-group-map";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    final String ada = ApiCalls.basic("ada", TestUsers.PASSWORD);
    final String brigitte = ApiCalls.basic("brigitte", TestUsers.PASSWORD);
    final String cyril = ApiCalls.basic("cyril", TestUsers.PASSWORD);

    @BeforeEach
    void map() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, "ada", "brigitte", "cyril");
        catalog.create(SampleMaps.twoVoices(MAP), null, "ada");
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void membersDefineAndRateTheirOwnMatrices_andTheGroupMatrixTakesTheMedian() throws Exception {
        String h1 = created(post("/hypotheses", ada, "{\"text\":\"Alpha saw a green sky\"}"), "H1");
        var fromClaim = post("/hypotheses", brigitte, "{\"claimId\":\"c3\"}");
        String h2 = created(fromClaim, "H2");
        assertThat(fromClaim.json().get("text").asString()).isEqualTo("The sky is blue");
        assertThat(fromClaim.json().get("claimId").asString()).isEqualTo("c3");

        String evidenceId = api.send("POST", "/api/maps/" + MAP + "/evidence", ada, """
                        {"claimId":"c3","sourceId":"s1","locator":"p. 2","quote":"Blue at noon.","stance":"for"}""")
                .json()
                .get("id")
                .asString();
        var claimItem = post(
                "/ach/items",
                ada,
                "{\"kind\":\"claim\",\"refId\":\"c1\",\"credibility\":\"high\",\"relevance\":\"high\"}");
        String e1 = created(claimItem, "E1");
        assertThat(claimItem.json().get("text").asString()).isEqualTo("The sky is green");
        assertThat(claimItem.json().get("weight").asDouble())
                .isEqualTo(2.0, org.assertj.core.api.Assertions.within(1e-9));
        assertThat(strings(claimItem.json().get("sources"))).containsExactly("s1");
        String e2 = created(post("/ach/items", ada, "{\"kind\":\"source\",\"refId\":\"s1\"}"), "E2");
        var evidenceItem = post(
                "/ach/items",
                brigitte,
                "{\"kind\":\"evidence\",\"refId\":\"" + evidenceId + "\",\"credibility\":\"low\"}");
        String e3 = created(evidenceItem, "E3");
        assertThat(evidenceItem.json().get("text").asString()).isEqualTo("“Blue at noon.”");

        var hypotheses = get("/hypotheses", null);
        assertThat(hypotheses.status()).isEqualTo(200);
        assertThat(strings(hypotheses.json(), "label")).containsExactly("H1", "H2");
        var items = get("/ach/items", null);
        assertThat(strings(items.json(), "label")).containsExactly("E1", "E2", "E3");
        assertThat(strings(items.json(), "credibility")).containsExactly("high", "medium", "low");

        // Ada's matrix: H1 ← E1 C, E2 I; H2 ← E1 II. Brigitte's: H1 ← E1 I; H2 ← E1 II.
        rate(ada, h1, e1, "C", null);
        rate(ada, h1, e2, "I", null);
        rate(ada, h2, e1, "II", null);
        rate(brigitte, h1, e1, "i", null);
        rate(brigitte, h2, e1, "II", null);
        rate(ada, h1, e1, "C", "C");

        // Mine (Ada): H1 = -1 (E2 I, weight 1); H2 = -2·2 = -4 (E1 II, weight √2·√2).
        var mine = get("/ach?matrix=mine", ada).json();
        assertThat(mine.get("matrix").asString()).isEqualTo("mine");
        assertThat(mine.get("raters").asInt()).isEqualTo(1);
        assertThat(strings(mine.get("ranking"), "hypothesisId")).containsExactly(h1, h2);
        assertThat(mine.get("ranking").get(0).get("inconsistency").asDouble()).isEqualTo(-1.0);
        assertThat(mine.get("ranking").get(1).get("inconsistency").asDouble()).isEqualTo(-4.0);
        assertThat(strings(mine.get("leaders"))).containsExactly(h1);
        assertThat(cell(mine, h1, e1).get("rating").asString()).isEqualTo("C");
        assertThat(cell(mine, h2, e3).get("rating").isNull()).isTrue();
        // E1 (C vs II) spreads 3; E2 has one applicable rating only; E3 none.
        assertThat(mine.get("diagnosticity").get(0).get("spread").asInt()).isEqualTo(3);
        assertThat(mine.get("diagnosticity").get(1).get("diagnostic").asBoolean())
                .isFalse();
        // Dropping E1 puts H2 first (0 against -1); rejecting s1 takes every item out: both tie at 0.
        var sensitivity = mine.get("sensitivity");
        assertThat(sensitivity.size()).isEqualTo(2);
        assertThat(sensitivity.get(0).get("dropped").asString()).isEqualTo("item");
        assertThat(sensitivity.get(0).get("id").asString()).isEqualTo(e1);
        assertThat(strings(sensitivity.get(0).get("leaders"))).containsExactly(h2);
        assertThat(sensitivity.get(1).get("dropped").asString()).isEqualTo("source");
        assertThat(sensitivity.get(1).get("id").asString()).isEqualTo("s1");
        assertThat(strings(sensitivity.get(1).get("items"))).containsExactly(e1, e2, e3);
        assertThat(strings(sensitivity.get(1).get("leaders"))).containsExactly(h1, h2);

        // Brigitte's own matrix is hers: Ada's ratings are not in it.
        var hers = get("/ach?matrix=mine", brigitte).json();
        assertThat(cell(hers, h1, e1).get("rating").asString()).isEqualTo("I");
        assertThat(cell(hers, h1, e2).get("rating").isNull()).isTrue();

        // Group: H1×E1 = median of I and C, the more inconsistent → I, spread 2; H2×E1 II by both.
        // H1 = -1·2 (E1) - 1·1 (E2) = -3; H2 = -4.
        var group = get("/ach", null).json();
        assertThat(group.get("matrix").asString()).isEqualTo("group");
        assertThat(group.get("raters").asInt()).isEqualTo(2);
        var h1e1 = cell(group, h1, e1);
        assertThat(h1e1.get("rating").asString()).isEqualTo("I");
        assertThat(h1e1.get("spread").asInt()).isEqualTo(2);
        assertThat(h1e1.get("raters").asInt()).isEqualTo(2);
        assertThat(cell(group, h2, e1).get("spread").asInt()).isZero();
        assertThat(group.get("ranking").get(0).get("inconsistency").asDouble()).isEqualTo(-3.0);
        assertThat(group.get("ranking").get(1).get("inconsistency").asDouble()).isEqualTo(-4.0);

        // Clearing a rating: back to unrated.
        rate(ada, h1, e2, null, "I");
        assertThat(cell(get("/ach?matrix=mine", ada).json(), h1, e2)
                        .get("rating")
                        .isNull())
                .isTrue();
    }

    @Test
    void removingAHypothesis_isItsAuthorsOrAnInstructors_andUndoBringsItBackWithItsRatings() throws Exception {
        String h1 = created(post("/hypotheses", brigitte, "{\"text\":\"A cover\"}"), "H1");
        String e1 = created(post("/ach/items", brigitte, "{\"kind\":\"claim\",\"refId\":\"c2\"}"), "E1");
        rate(brigitte, h1, e1, "II", null);

        // Carl is a member of this map (outside groups), not its author: refused. Ada owns the map: allowed.
        var refused = api.send("DELETE", path("/hypotheses/" + h1), cyril, null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.send("DELETE", path("/hypotheses/" + h1), ada, null).status())
                .isEqualTo(204);
        assertThat(get("/hypotheses", null).json().size()).isZero();
        assertThat(rateAnswer(brigitte, h1, e1, "C").status()).isEqualTo(404);

        var changes = get("/changes", null).json().get("changes");
        long removal = changes.get(changes.size() - 1).get("seq").asLong();
        assertThat(changes.get(changes.size() - 1).get("kind").asString()).isEqualTo("HypothesisRemoved");
        assertThat(api.send("POST", path("/changes/" + removal + "/undo"), ada, null)
                        .status())
                .isEqualTo(201);
        assertThat(strings(get("/hypotheses", null).json(), "id")).containsExactly(h1);
        assertThat(cell(get("/ach?matrix=mine", brigitte).json(), h1, e1)
                        .get("rating")
                        .asString())
                .isEqualTo("II");

        // Undoing one's rating restores the one before.
        rate(brigitte, h1, e1, "CC", "II");
        var log = get("/changes", null).json().get("changes");
        long rating = log.get(log.size() - 1).get("seq").asLong();
        assertThat(api.send("POST", path("/changes/" + rating + "/undo"), brigitte, null)
                        .status())
                .isEqualTo(201);
        assertThat(cell(get("/ach?matrix=mine", brigitte).json(), h1, e1)
                        .get("rating")
                        .asString())
                .isEqualTo("II");
    }

    @Test
    void badInput_isRefusedWithProblemJson_andChangesNothing() throws Exception {
        String h1 = created(post("/hypotheses", ada, "{\"text\":\"Sincere\"}"), "H1");
        String e1 = created(post("/ach/items", ada, "{\"kind\":\"claim\",\"refId\":\"c1\"}"), "E1");

        expect(post("/hypotheses", ada, "{}"), 400, "text");
        expect(post("/hypotheses", ada, "{\"text\":\"x\",\"claimId\":\"c1\"}"), 400, "text");
        expect(post("/hypotheses", ada, "{\"claimId\":\"nope\"}"), 400, "claimId");
        expect(post("/hypotheses", ada, "{\"text\":\"" + "x".repeat(501) + "\"}"), 400, "text");
        expect(post("/ach/items", ada, "{\"kind\":\"person\",\"refId\":\"c1\"}"), 400, "kind");
        expect(post("/ach/items", ada, "{\"kind\":\"claim\",\"refId\":\"nope\"}"), 400, "refId");
        expect(
                post("/ach/items", ada, "{\"kind\":\"claim\",\"refId\":\"c2\",\"relevance\":\"huge\"}"),
                400,
                "relevance");
        var duplicate = post("/ach/items", brigitte, "{\"kind\":\"claim\",\"refId\":\"c1\"}");
        expect(duplicate, 409, null);
        assertThat(duplicate.json().get("existingId").asString()).isEqualTo(e1);
        expect(rateAnswer(ada, h1, e1, "XX"), 400, "rating");
        expect(rateAnswer(ada, "h-unknown", e1, "C"), 404, null);
        expect(rateAnswer(ada, h1, "e-unknown", "C"), 404, null);
        expect(get("/ach?matrix=everyone", ada), 400, "matrix");
        expect(get("/ach?matrix=mine", null), 401, null);
        expect(api.send("GET", "/api/maps/no-such-map/ach", null, null), 404, null);
        expect(post("/hypotheses", null, "{\"text\":\"Anonymous\"}"), 401, null);
        expect(api.send("DELETE", path("/hypotheses/h-unknown"), ada, null), 404, null);

        assertThat(strings(get("/hypotheses", null).json(), "id")).containsExactly(h1);
        assertThat(strings(get("/ach/items", null).json(), "id")).containsExactly(e1);
        assertThat(cell(get("/ach?matrix=mine", ada).json(), h1, e1)
                        .get("rating")
                        .isNull())
                .isTrue();
    }

    @Test
    void onAGroupsMap_aViewerReadsButDoesNotWrite_andAnOutsiderSeesNothing() throws Exception {
        catalog.create(SampleMaps.twoVoices(GROUP_MAP), null, "ada");
        try (var session = driver.session()) {
            // The graph of ADR 037: the group works on the map; Ada is its instructor, Carl a viewer.
            session.run("""
                            CREATE (:Group {id: 'g-ach', name: 'ACH seminar', owner: 'ada', createdAt: '2026-12-01T00:00:00Z'})
                            CREATE (:GroupMap {mapId: $map, groupId: 'g-ach', published: false})
                            CREATE (:Membership {groupId: 'g-ach', username: 'ada', role: 'instructor', since: '2026-12-01T00:00:00Z'})
                            CREATE (:Membership {groupId: 'g-ach', username: 'cyril', role: 'viewer', since: '2026-12-01T00:00:00Z'})
                            """, Map.of("map", GROUP_MAP)).consume();
        }
        String base = "/api/maps/" + GROUP_MAP;
        var h = api.send("POST", base + "/hypotheses", ada, "{\"text\":\"Reform\"}");
        assertThat(h.status()).isEqualTo(201);
        String h1 = h.json().get("id").asString();
        String e1 = api.send("POST", base + "/ach/items", ada, "{\"kind\":\"source\",\"refId\":\"s1\"}")
                .json()
                .get("id")
                .asString();

        assertThat(api.send("GET", base + "/ach", cyril, null).status()).isEqualTo(200);
        expect(api.send("POST", base + "/hypotheses", cyril, "{\"text\":\"Viewer's\"}"), 403, null);
        expect(api.send("PUT", base + "/ach/ratings/" + h1 + "/" + e1, cyril, "{\"rating\":\"C\"}"), 403, null);
        expect(api.send("GET", base + "/ach", brigitte, null), 404, null);
        expect(api.send("GET", base + "/hypotheses", null, null), 404, null);
        expect(api.send("PUT", base + "/ach/ratings/" + h1 + "/" + e1, brigitte, "{\"rating\":\"C\"}"), 404, null);
        assertThat(api.send("GET", base + "/ach", ada, null)
                        .json()
                        .get("raters")
                        .asInt())
                .isZero();
    }

    // ------------------------------------------------------------------ helpers

    String path(String tail) {
        return "/api/maps/" + MAP + tail;
    }

    ApiCalls.Answer post(String tail, @Nullable String who, String body) throws Exception {
        return api.send("POST", path(tail), who, body);
    }

    ApiCalls.Answer get(String tail, @Nullable String who) throws Exception {
        return api.send("GET", path(tail), who, null);
    }

    ApiCalls.Answer rateAnswer(String who, String hypothesisId, String itemId, @Nullable String rating)
            throws Exception {
        String body = rating == null ? "{\"rating\":null}" : "{\"rating\":\"" + rating + "\"}";
        return api.send("PUT", path("/ach/ratings/" + hypothesisId + "/" + itemId), who, body);
    }

    void rate(String who, String hypothesisId, String itemId, @Nullable String rating, @Nullable String before)
            throws Exception {
        var answer = rateAnswer(who, hypothesisId, itemId, rating);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        var json = answer.json();
        if (rating == null) {
            assertThat(json.get("rating").isNull()).isTrue();
        } else {
            assertThat(json.get("rating").asString()).isEqualTo(rating.toUpperCase(java.util.Locale.ROOT));
        }
        if (before == null) {
            assertThat(json.get("before").isNull()).isTrue();
        } else {
            assertThat(json.get("before").asString()).isEqualTo(before);
        }
    }

    static String created(ApiCalls.Answer answer, String label) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("label").asString()).isEqualTo(label);
        return answer.json().get("id").asString();
    }

    static void expect(ApiCalls.Answer answer, int status, @Nullable String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(answer.json().get("field").asString()).isEqualTo(field);
        }
    }

    static JsonNode cell(JsonNode matrix, String hypothesisId, String itemId) {
        for (JsonNode c : matrix.get("cells")) {
            if (c.get("hypothesisId").asString().equals(hypothesisId)
                    && c.get("itemId").asString().equals(itemId)) return c;
        }
        throw new AssertionError("no cell " + hypothesisId + "/" + itemId + " in " + matrix);
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }

    static List<String> strings(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asString()));
        return out;
    }
}
