package org.disputatio.seminars.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.disputatio.ApiCalls;
import org.disputatio.ApiCalls.Answer;
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
 * Blind rating rounds through the REST API (issue 13 point 4): every endpoint, refused input, blindness while a
 * round is open (for members, the instructor and anonymous readers alike, through every read), 409 after the
 * close, and the results — ratings, group ratings, alpha and the CSV — exact on a small set. Olga owns the map
 * (its instructor, as far as SeminarAccess is concerned); Ada, Brigitte and Carl are members.
 */
@IntegrationTest
class RoundsApiIT {

    static final String MAP = "rounds-two-voices";
    static final String BASE = "/api/maps/" + MAP;
    static final String OLGA = "olga";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    String e1;
    String e2;
    String e3;

    @BeforeEach
    void load() throws Exception {
        TestGraphs.clear(driver);
        // Not "carl": ChartsAndHelpBrowserIT makes that account with a password of its own, and accounts outlive tests.
        TestUsers.ensure(accounts, OLGA, "ada", "brigitte", "cyril");
        catalog.create(SampleMaps.twoVoices(MAP), null, OLGA);
        api = new ApiCalls(port);
        e1 = evidence("Blue at noon.");
        e2 = evidence("Blue at dusk.");
        e3 = evidence("Blue at dawn.");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    String evidence(String quote) throws Exception {
        var answer = as(OLGA, "POST", BASE + "/evidence", """
                {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":"%s","stance":"for"}""".formatted(quote));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    Answer as(@Nullable String user, String method, String path, @Nullable String body) throws Exception {
        return api.send(method, path, user == null ? null : ApiCalls.basic(user, TestUsers.PASSWORD), body);
    }

    String open(String kind, String... items) throws Exception {
        var answer = as(OLGA, "POST", BASE + "/rounds", body(kind, items));
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        assertThat(answer.header("Location")).endsWith(BASE + "/rounds/" + id);
        return id;
    }

    static String body(String kind, String... items) {
        return "{\"kind\":\"" + kind + "\",\"items\":["
                + String.join(
                        ",", List.of(items).stream().map(i -> "\"" + i + "\"").toList()) + "]}";
    }

    void rate(String user, String round, String item, String value) throws Exception {
        var answer = as(user, "PUT", BASE + "/rounds/" + round + "/ratings/" + item, "{\"value\":" + value + "}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void opening_needsAnInstructorOrOwner_andItemsOfTheRoundsKind() throws Exception {
        String good = body("evidence", "ITEM");
        assertThat(as(null, "POST", BASE + "/rounds", good.replace("ITEM", e1)).status())
                .isEqualTo(401);
        var member = as("ada", "POST", BASE + "/rounds", good.replace("ITEM", e1));
        assertThat(member.status()).isEqualTo(403);
        assertThat(member.contentType()).startsWith("application/problem+json");

        record Refused(String body, String field, String words) {}
        for (var refused : List.of(
                new Refused("{\"items\":[\"" + e1 + "\"]}", "kind", "required"),
                new Refused(body("vibes", e1), "kind", "One of evidence, inference or grade."),
                new Refused("{\"kind\":\"evidence\",\"items\":[]}", "items", "At least one item"),
                new Refused(body("evidence", "nope"), "items[0]", "There is no item \"nope\" in this map."),
                new Refused(body("evidence", e1, "a1"), "items[1]", "\"a1\" is not an item of evidence"),
                new Refused(body("inference", "s1"), "items[0]", "\"s1\" is not an argument"),
                new Refused(body("grade", e1), "items[0]", "is not a source"),
                new Refused(body("grade", "s1", "s1"), "items[1]", "The item \"s1\" is listed twice."))) {
            var answer = as(OLGA, "POST", BASE + "/rounds", refused.body());
            assertThat(answer.status())
                    .as(refused.body() + " → " + answer.body())
                    .isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("field").asString()).isEqualTo(refused.field());
            assertThat(answer.json().get("detail").asString()).contains(refused.words());
        }
        assertThat(as(OLGA, "POST", "/api/maps/no-such-map/rounds", good.replace("ITEM", e1))
                        .status())
                .isEqualTo(404);
        assertThat(as(OLGA, "GET", BASE + "/rounds", null).json().size())
                .as("nothing refused was created")
                .isZero();

        String evidenceRound = open("evidence", e1, e2);
        String inferenceRound = open("inference", "a1");
        String gradeRound = open("grade", "s1");
        var list = as(null, "GET", BASE + "/rounds", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().valueStream().map(r -> r.get("id").asString()))
                .containsExactlyInAnyOrder(evidenceRound, inferenceRound, gradeRound);
        JsonNode first = list.json()
                .valueStream()
                .filter(r -> r.get("id").asString().equals(evidenceRound))
                .findFirst()
                .orElseThrow();
        assertThat(first.get("kind").asString()).isEqualTo("evidence");
        assertThat(first.get("status").asString()).isEqualTo("open");
        assertThat(first.get("itemCount").asInt()).isEqualTo(2);
        assertThat(first.get("raterCount").asInt()).isZero();
        assertThat(first.get("openedBy").asString()).isEqualTo(OLGA);
    }

    @Test
    void whileOpen_nobodySeesAnotherMembersRating_throughAnyRead() throws Exception {
        String round = open("evidence", e1, e2);
        String evaluationBefore =
                as(null, "GET", BASE + "/evaluation", null).json().get("claims").toString();

        var adaRated = as("ada", "PUT", BASE + "/rounds/" + round + "/ratings/" + e1, "{\"value\":1}");
        assertThat(adaRated.status()).as(adaRated.body()).isEqualTo(200);
        assertThat(adaRated.json().get("ratings").size()).isEqualTo(1);
        rate("brigitte", round, e1, "0.25");
        rate("brigitte", round, e2, "0.5");

        // A member sees their own ratings and who has rated; no spread, no alpha, nobody else's value.
        var brigitte = as("brigitte", "GET", BASE + "/rounds/" + round, null).json();
        assertThat(brigitte.get("status").asString()).isEqualTo("open");
        assertThat(texts(brigitte.get("raters"))).containsExactly("ada", "brigitte");
        assertThat(brigitte.get("ratings").valueStream().map(r -> r.get("user").asString()))
                .containsOnly("brigitte");
        assertThat(brigitte.get("ratings").valueStream().map(r -> r.get("value").asDouble()))
                .containsExactly(0.25, 0.5);
        assertThat(brigitte.has("alpha")).isFalse();
        assertThat(brigitte.toString()).doesNotContain("groupValue").doesNotContain("spread");

        // The instructor sees who has rated, not what; so do anonymous readers.
        for (String reader : new String[] {OLGA, "cyril", null}) {
            var view = as(reader, "GET", BASE + "/rounds/" + round, null);
            assertThat(view.status()).isEqualTo(200);
            assertThat(texts(view.json().get("raters"))).containsExactly("ada", "brigitte");
            assertThat(view.json().get("ratings").size())
                    .as("%s sees no ratings", reader)
                    .isZero();
            assertThat(view.json().has("alpha")).isFalse();
        }
        assertThat(as(OLGA, "GET", BASE + "/rounds", null)
                        .json()
                        .get(0)
                        .get("raterCount")
                        .asInt())
                .isEqualTo(2);
        // The CSV waits for the close.
        var csv = api.send(
                "GET",
                BASE + "/rounds/" + round + "/ratings.csv",
                ApiCalls.basic(OLGA, TestUsers.PASSWORD),
                null,
                "Accept",
                "text/csv");
        assertThat(csv.status()).isEqualTo(409);
        assertThat(csv.contentType()).startsWith("application/problem+json");

        // Round ratings are not the map's: its spreads, its evaluation and its history show none of them.
        var mapRatings =
                as(null, "GET", BASE + "/evidence/" + e1 + "/ratings", null).json();
        assertThat(mapRatings.get("count").asInt()).isZero();
        assertThat(as(null, "GET", BASE + "/evaluation", null)
                        .json()
                        .get("claims")
                        .toString())
                .isEqualTo(evaluationBefore);
        var changes = as(null, "GET", BASE + "/changes", null).json().get("changes");
        var rated = changes.valueStream()
                .filter(c -> c.get("kind").asString().equals("RoundRated"))
                .toList();
        assertThat(rated).hasSize(3);
        assertThat(rated.stream().map(c -> c.get("summary").asString())).containsOnly("Rated in round " + round);
        assertThat(changes.valueStream().map(c -> c.get("summary").asString()))
                .noneMatch(summary -> summary.contains("0.25") || summary.contains("0.5"));
    }

    @Test
    void rating_refusesBadInput_unknownItems_andOutsiders() throws Exception {
        String round = open("evidence", e1);
        String grades = open("grade", "s1");
        String path = BASE + "/rounds/" + round + "/ratings/" + e1;
        assertThat(as(null, "PUT", path, "{\"value\":1}").status()).isEqualTo(401);

        record Refused(String path, String body, String field) {}
        String gradePath = BASE + "/rounds/" + grades + "/ratings/s1";
        for (var refused : List.of(
                new Refused(path, "{\"value\":0.3}", "value"),
                new Refused(path, "{}", "value"),
                new Refused(path, "{\"value\":1,\"reliability\":\"A\"}", "reliability"),
                new Refused(gradePath, "{\"reliability\":\"G\",\"credibility\":2}", "reliability"),
                new Refused(gradePath, "{\"reliability\":\"B\",\"credibility\":7}", "credibility"),
                new Refused(gradePath, "{\"reliability\":\"B\"}", "credibility"),
                new Refused(gradePath, "{\"value\":0.5,\"reliability\":\"B\",\"credibility\":2}", "value"))) {
            var answer = as("ada", "PUT", refused.path(), refused.body());
            assertThat(answer.status())
                    .as(refused.body() + " → " + answer.body())
                    .isEqualTo(400);
            assertThat(answer.json().get("field").asString()).isEqualTo(refused.field());
        }
        assertThat(as("ada", "PUT", BASE + "/rounds/" + round + "/ratings/" + e2, "{\"value\":1}")
                        .status())
                .as("an item of the map outside the round")
                .isEqualTo(404);
        assertThat(as("ada", "PUT", BASE + "/rounds/r-nothing/ratings/" + e1, "{\"value\":1}")
                        .status())
                .isEqualTo(404);
        assertThat(as("ada", "GET", BASE + "/rounds/r-nothing", null).status()).isEqualTo(404);
        assertThat(as("ada", "PUT", gradePath, "{\"reliability\":\"b\",\"credibility\":2}")
                        .status())
                .isEqualTo(200);
        assertThat(as("ada", "GET", BASE + "/rounds/" + grades, null)
                        .json()
                        .get("ratings")
                        .get(0)
                        .toString())
                .isEqualTo("{\"itemId\":\"s1\",\"user\":\"ada\",\"reliability\":\"B\",\"credibility\":2}");
    }

    @Test
    void closing_revealsEveryRating_theGroupsRating_alphaExactly_andTheCsv() throws Exception {
        String round = open("evidence", e1, e2, e3);
        // Ranks (0–4) e1: 4, 3, 4; e2: 2, 2, 0; e3: 1, 1 (Carl leaves it): α = 445/648, per item 47/54, 143/486, 1.
        rate("ada", round, e1, "1");
        rate("ada", round, e2, "0.5");
        rate("ada", round, e3, "0.25");
        rate("brigitte", round, e1, "0.25");
        rate("brigitte", round, e1, "0.75"); // rating again replaces
        rate("brigitte", round, e2, "0.5");
        rate("brigitte", round, e3, "0.25");
        rate("cyril", round, e1, "1");
        rate("cyril", round, e2, "0");

        assertThat(as("ada", "POST", BASE + "/rounds/" + round + "/close", null).status())
                .isEqualTo(403);
        assertThat(as(null, "POST", BASE + "/rounds/" + round + "/close", null).status())
                .isEqualTo(401);
        var closed = as(OLGA, "POST", BASE + "/rounds/" + round + "/close", null);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(closed.json().get("status").asString()).isEqualTo("closed");

        // Closed is final: no more ratings, no second close.
        var late = as("cyril", "PUT", BASE + "/rounds/" + round + "/ratings/" + e3, "{\"value\":1}");
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("is closed");
        assertThat(as(OLGA, "POST", BASE + "/rounds/" + round + "/close", null).status())
                .isEqualTo(409);

        var view = as("ada", "GET", BASE + "/rounds/" + round, null).json();
        assertThat(texts(view.get("items"))).containsExactly(e1, e2, e3);
        assertThat(texts(view.get("raters"))).containsExactly("ada", "brigitte", "cyril");
        assertThat(view.get("ratings")
                        .valueStream()
                        .map(r -> r.get("itemId")
                                        .asString()
                                        .replace(e1, "e1")
                                        .replace(e2, "e2")
                                        .replace(e3, "e3")
                                + " " + r.get("user").asString() + " "
                                + r.get("value").asDouble() + " vs "
                                + r.get("groupValue").asDouble())
                        .toList())
                .containsExactly(
                        "e1 ada 1.0 vs 1.0",
                        "e1 brigitte 0.75 vs 1.0",
                        "e1 cyril 1.0 vs 1.0",
                        "e2 ada 0.5 vs 0.5",
                        "e2 brigitte 0.5 vs 0.5",
                        "e2 cyril 0.0 vs 0.5",
                        "e3 ada 0.25 vs 0.25",
                        "e3 brigitte 0.25 vs 0.25");
        JsonNode value = view.get("alpha").get("value");
        assertThat(value.get("level").asString()).isEqualTo("ordinal");
        assertThat(value.get("alpha").asDouble()).isCloseTo(445.0 / 648, within(1e-12));
        assertThat(value.get("interpretation").asString()).isEqualTo("tentative");
        JsonNode items = value.get("items");
        assertThat(items.get(0).get("alpha").asDouble()).isCloseTo(47.0 / 54, within(1e-12));
        assertThat(items.get(1).get("alpha").asDouble()).isCloseTo(143.0 / 486, within(1e-12));
        assertThat(items.get(1).get("interpretation").asString()).isEqualTo("unreliable");
        assertThat(items.get(2).get("alpha").asDouble()).isEqualTo(1.0);
        assertThat(items.get(1).get("spread").toString())
                .isEqualTo("{\"0\":1,\"0.25\":0,\"0.5\":2,\"0.75\":0,\"1\":0}");
        assertThat(items.get(1).get("group").asString()).isEqualTo("0.5");
        assertThat(items.get(2).get("count").asInt()).isEqualTo(2);

        var csv = as(null, "GET", BASE + "/rounds/" + round + "/ratings.csv", null);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).isEqualTo("text/csv;charset=UTF-8");
        assertThat(csv.header("Content-Disposition")).contains("round-" + round + ".csv");
        assertThat(csv.body())
                .isEqualTo(("""
                        row,item_id,user,value,alpha_value,interpretation_value
                        rating,E1,ada,1,,
                        rating,E1,brigitte,0.75,,
                        rating,E1,cyril,1,,
                        rating,E2,ada,0.5,,
                        rating,E2,brigitte,0.5,,
                        rating,E2,cyril,0,,
                        rating,E3,ada,0.25,,
                        rating,E3,brigitte,0.25,,
                        item,E1,,,0.8704,reliable
                        item,E2,,,0.2942,unreliable
                        item,E3,,,1.0000,reliable
                        round,,,,0.6867,tentative
                        """)
                        .replace("E1", e1)
                        .replace("E2", e2)
                        .replace("E3", e3)
                        .replace("\n", "\r\n"));
        // The round's ratings never reached the map's own.
        assertThat(as(null, "GET", BASE + "/evidence/" + e1 + "/ratings", null)
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void aGradeRound_hasNominalReliabilityAndOrdinalCredibility_andSaysWhenAlphaIsUndefined() throws Exception {
        String round = open("grade", "s1");
        as("ada", "PUT", BASE + "/rounds/" + round + "/ratings/s1", "{\"reliability\":\"B\",\"credibility\":2}");
        as("brigitte", "PUT", BASE + "/rounds/" + round + "/ratings/s1", "{\"reliability\":\"B\",\"credibility\":3}");
        as(OLGA, "POST", BASE + "/rounds/" + round + "/close", null);

        var view = as("cyril", "GET", BASE + "/rounds/" + round, null).json();
        JsonNode reliability = view.get("alpha").get("reliability");
        assertThat(reliability.get("level").asString()).isEqualTo("nominal");
        assertThat(reliability.get("alpha").isNull()).isTrue();
        assertThat(reliability.get("interpretation").asString()).isEqualTo("undefined");
        assertThat(reliability.get("reason").asString()).isEqualTo("no-variation");
        assertThat(reliability.get("items").get(0).get("group").asString()).isEqualTo("B");
        JsonNode credibility = view.get("alpha").get("credibility");
        assertThat(credibility.get("level").asString()).isEqualTo("ordinal");
        // One unit, two different values: D_o = D_e = 1, so α = 0, as good as chance.
        assertThat(credibility.get("alpha").asDouble()).isEqualTo(0.0);
        assertThat(credibility.get("interpretation").asString()).isEqualTo("unreliable");
        assertThat(view.get("ratings").get(0).get("groupCredibility").asDouble())
                .isEqualTo(2.5);
        assertThat(view.toString()).doesNotContain("NaN");

        var csv = as(null, "GET", BASE + "/rounds/" + round + "/ratings.csv", null)
                .body();
        assertThat(csv.lines().toList())
                .containsExactly(
                        "row,item_id,user,reliability,credibility,alpha_reliability,interpretation_reliability,"
                                + "alpha_credibility,interpretation_credibility",
                        "rating,s1,ada,B,2,,,,",
                        "rating,s1,brigitte,B,3,,,,",
                        "item,s1,,,,,undefined: no-variation,0.0000,unreliable",
                        "round,,,,,,undefined: no-variation,0.0000,unreliable");
    }
}
