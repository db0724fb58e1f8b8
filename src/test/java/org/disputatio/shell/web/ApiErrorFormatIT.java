package org.disputatio.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error under /api, wherever it is raised (Tomcat, security, Spring MVC, the services), reaches the
 * client as application/problem+json with the right status and a detail to act on, never as HTML, a
 * stack trace or the name of an exception.
 */
@IntegrationTest
class ApiErrorFormatIT {

    static final String MAP = "/api/maps/errors-two-voices";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    String ada;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("errors-two-voices"));
        TestUsers.ensure(accounts, "ada", "brigitte");
        api = new ApiCalls(port);
        ada = ApiCalls.basic("ada", TestUsers.PASSWORD);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    /** One row of the table: what is sent, the status expected, and a word the detail must contain. */
    record Case(String name, Call call, int status, String detailContains) {}

    @FunctionalInterface
    interface Call {
        ApiCalls.Answer send() throws Exception;
    }

    @Test
    void everyErrorUnderApi_isProblemJson_withTheRightStatus() throws Exception {
        String evidence = """
                {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":"Blue.","stance":"for"}""";
        String evidenceId = api.send("POST", MAP + "/evidence", ada, evidence)
                .json()
                .get("id")
                .asString();
        var cases = List.of(
                new Case(
                        "malformed JSON",
                        () -> api.send("POST", MAP + "/claims", ada, "{\"kind\": \"premise\","),
                        400,
                        "not valid JSON"),
                new Case(
                        "wrong type",
                        () -> api.send("POST", MAP + "/claims", ada, "{\"kind\":\"premise\",\"text\":true}"),
                        400,
                        "text"),
                new Case("not an object", () -> api.send("POST", MAP + "/claims", ada, "[1,2]"), 400, "JSON object"),
                new Case("no body", () -> api.send("POST", MAP + "/claims", ada, null), 400, "JSON body"),
                new Case(
                        "bad query parameter",
                        () -> api.send("DELETE", MAP + "/evidence/" + evidenceId + "?expectedVersion=abc", ada, null),
                        400,
                        "expectedVersion must be a whole number"),
                new Case(
                        "invalid map id",
                        () -> api.send("GET", "/api/maps/Not%20A%20Map/evidence/e1", null, null),
                        404,
                        "map"),
                new Case(
                        "unknown map",
                        () -> api.send("GET", "/api/maps/no-such-map/claims/c1/evidence", null, null),
                        404,
                        "c1"),
                new Case(
                        "unknown item",
                        () -> api.send("GET", MAP + "/evidence/u-nothing", null, null),
                        404,
                        "u-nothing"),
                new Case(
                        "unknown path",
                        () -> api.send("GET", MAP + "/no-such-endpoint", null, null),
                        404,
                        "check the path"),
                new Case(
                        "unknown path, POST",
                        () -> api.send("POST", "/api/nothing/here", ada, "{}"),
                        404,
                        "check the path"),
                new Case("unknown path, DELETE", () -> api.send("DELETE", "/api", ada, null), 404, "check the path"),
                new Case(
                        "wrong method",
                        () -> api.send("PATCH", MAP + "/evidence/" + evidenceId, ada, "{}"),
                        405,
                        "PATCH"),
                new Case(
                        "stale version",
                        () -> api.send("PUT", MAP + "/evidence/" + evidenceId, ada, evidence, "If-Match", "\"7\""),
                        409,
                        "changed"),
                new Case(
                        "body too large",
                        () -> api.send("POST", MAP + "/claims", ada, "{\"text\":\"" + "x".repeat(1_100_000) + "\"}"),
                        413,
                        "1048576 bytes"),
                new Case(
                        "unsupported content type",
                        () -> api.send("POST", MAP + "/claims", ada, "kind=premise", "Content-Type", "text/plain"),
                        415,
                        "text/plain"),
                new Case(
                        "not signed in",
                        () -> api.send("POST", MAP + "/claims", null, "{}"),
                        401,
                        "Authorization: Bearer"),
                new Case(
                        "wrong password",
                        () -> api.send("POST", MAP + "/claims", ApiCalls.basic("ada", "wrong-password"), "{}"),
                        401,
                        "Wrong username or password"),
                new Case(
                        "not the author",
                        () -> api.send(
                                "DELETE",
                                MAP + "/evidence/" + evidenceId,
                                ApiCalls.basic("brigitte", TestUsers.PASSWORD),
                                null,
                                "If-Match",
                                "\"1\""),
                        403,
                        "may change it"),
                new Case(
                        "encoded slash in an id",
                        () -> api.raw("GET " + MAP + "/evidence/a%2Fb HTTP/1.1\r\nHost: x", null),
                        400,
                        "malformed"),
                new Case(
                        "NUL in an id",
                        () -> api.raw("GET " + MAP + "/evidence/a%00b HTTP/1.1\r\nHost: x", null),
                        400,
                        "malformed"),
                new Case(
                        "overlong UTF-8 dot",
                        () -> api.raw("GET " + MAP + "/evidence/%C0%AE%C0%AE HTTP/1.1\r\nHost: x", null),
                        400,
                        "malformed"),
                new Case(
                        "over-long request line",
                        () -> api.raw("GET " + MAP + "/evidence/" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: x", null),
                        0,
                        ""),
                new Case(
                        "over-long header",
                        () -> api.raw(
                                "GET " + MAP + "/evidence/e1 HTTP/1.1\r\nHost: x\r\nX-Long: " + "a".repeat(20_000),
                                null),
                        0,
                        ""));
        // Soft: one run reports every case that fails, not only the first.
        var soft = new SoftAssertions();
        for (var c : cases) {
            var answer = c.call().send();
            var problem = answer.json();
            soft.assertThat(answer.status()).as(c.name() + ": " + answer.body()).isGreaterThanOrEqualTo(400);
            if (c.status() != 0) {
                soft.assertThat(answer.status())
                        .as(c.name() + ": " + answer.body())
                        .isEqualTo(c.status());
            }
            soft.assertThat(answer.contentType()).as(c.name()).startsWith("application/problem+json");
            soft.assertThat(problem.path("status").asInt(0)).as(c.name()).isEqualTo(answer.status());
            soft.assertThat(problem.path("title").asString("")).as(c.name()).isNotBlank();
            soft.assertThat(problem.path("detail").asString("")).as(c.name()).contains(c.detailContains());
            soft.assertThat(answer.body())
                    .as(c.name())
                    .doesNotContain("Exception", "<html", "<!doctype", "\tat ", "Tomcat", "trace");
        }
        soft.assertAll();
    }

    @Test
    void wrongMethod_namesTheAllowedOnes() throws Exception {
        var answer = api.send("PATCH", MAP + "/sources/s1/grade", ada, "{}");
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.header("Allow")).isEqualTo("PUT");
    }

    @Test
    void refusedFields_areNamed_inFieldAndErrors() throws Exception {
        var answer = api.send("POST", MAP + "/claims", ada, "{\"kind\":\"premise\",\"text\":true}");
        assertThat(answer.json().get("field").asString()).isEqualTo("text");
        assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(answer.json().get("errors").get(0).get("message").asString())
                .isEqualTo("must be text (a JSON string).");
    }

    @Test
    void tomcatRejections_outsideTheApi_getABarePage_withoutServerDetails() throws Exception {
        var answer = api.raw("GET /workspace/a%2Fb HTTP/1.1\r\nHost: x", null);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("text/html");
        assertThat(answer.body()).contains("400 Bad Request").doesNotContain("Tomcat", "Exception", "Apache");
    }
}
