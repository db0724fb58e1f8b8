package org.disputatio.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * The API refuses what it used to coerce or let through (booleans and numbers as text, text as
 * numbers, fractions as whole numbers, invisible or broken text, unknown properties) and items
 * addressed through the wrong parent; each refusal names the field, and nothing is written.
 */
@IntegrationTest
class StrictInputIT {

    static final String MAP = "/api/maps/strict-two-voices";
    static final String OTHER = "/api/maps/strict-other";

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
        catalog.create(SampleMaps.twoVoices("strict-two-voices"));
        catalog.create(SampleMaps.twoVoices("strict-other"));
        TestUsers.ensure(accounts, "ada");
        api = new ApiCalls(port);
        ada = ApiCalls.basic("ada", TestUsers.PASSWORD);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    record Refused(String name, String method, String path, String body, String field, String message) {}

    static String evidence(String quoteJson) {
        return """
                {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":%s,"stance":"for"}""".formatted(quoteJson);
    }

    @Test
    void wrongTypesAndUnreadableText_areRefused_namingTheField_andNothingIsWritten() throws Exception {
        long before = nodes();
        var cases = List.of(
                new Refused(
                        "boolean as text",
                        "POST",
                        MAP + "/evidence",
                        evidence("true"),
                        "quote",
                        "must be text (a JSON string)."),
                new Refused(
                        "number as text",
                        "POST",
                        MAP + "/evidence",
                        evidence("12"),
                        "quote",
                        "must be text (a JSON string)."),
                new Refused(
                        "fraction as whole number",
                        "PUT",
                        MAP + "/sources/s1/grade",
                        "{\"reliability\":\"B\",\"credibility\":2.5}",
                        "credibility",
                        "must be a whole number (a JSON number without fraction, not a string)."),
                new Refused(
                        "whole number as text",
                        "PUT",
                        MAP + "/sources/s1/grade",
                        "{\"reliability\":\"B\",\"credibility\":\"2\"}",
                        "credibility",
                        "must be a whole number (a JSON number without fraction, not a string)."),
                new Refused(
                        "number as text",
                        "PUT",
                        MAP + "/arguments/a1/rating",
                        "{\"value\":\"0.5\"}",
                        "value",
                        "must be a number (a JSON number, not a string)."),
                new Refused(
                        "null for a primitive",
                        "POST",
                        MAP + "/claims",
                        "{\"kind\":\"premise\",\"text\":\"Blue\",\"anchor\":{\"exact\":\"it is blue\",\"start\":null,\"end\":59}}",
                        "anchor.start",
                        "must be a whole number (a JSON number without fraction, not a string)."),
                new Refused(
                        "unknown property",
                        "POST",
                        MAP + "/claims",
                        "{\"kind\":\"premise\",\"txet\":\"Blue\"}",
                        "txet",
                        "is not a property of this request (unknown property 'txet'); check its spelling."),
                new Refused(
                        "lone surrogate",
                        "POST",
                        MAP + "/claims",
                        "{\"kind\":\"premise\",\"text\":\"Blue \\ud800\"}",
                        "text",
                        "The text contains a broken character (a lone UTF-16 surrogate): send well-formed Unicode."),
                new Refused(
                        "only invisible characters",
                        "POST",
                        MAP + "/sources/s1/contestations",
                        "{\"reason\":\"\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad \\u200b\"}",
                        "reason",
                        "Write some visible text: spaces and invisible characters (such as zero-width spaces) do not count."),
                new Refused("missing rating", "PUT", MAP + "/evidence/e1/rating", "{}", "value", "This is required."),
                new Refused(
                        "rating off the scale",
                        "PUT",
                        MAP + "/arguments/a1/rating",
                        "{\"value\":0.3}",
                        "value",
                        "One of 0, 0.25, 0.5, 0.75 or 1."),
                new Refused(
                        "unknown stance",
                        "POST",
                        MAP + "/evidence",
                        evidence("\"Blue.\"").replace("\"for\"", "\"maybe\""),
                        "stance",
                        "Either \"for\" or \"against\"."),
                new Refused(
                        "url not on the web",
                        "POST",
                        MAP + "/evidence",
                        evidence("\"Blue.\"").replace("}", ",\"url\":\"javascript:alert(1)\"}"),
                        "url",
                        "A web address starting with http:// or https://."));
        for (var c : cases) {
            var answer = api.send(c.method(), c.path(), ada, c.body());
            assertThat(answer.status()).as(c.name() + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.contentType()).as(c.name()).startsWith("application/problem+json");
            assertThat(answer.json().get("field").asString()).as(c.name()).isEqualTo(c.field());
            assertThat(answer.json().get("errors").get(0).get("field").asString())
                    .as(c.name())
                    .isEqualTo(c.field());
            assertThat(answer.json().get("errors").get(0).get("message").asString())
                    .as(c.name())
                    .isEqualTo(c.message());
        }
        assertThat(nodes()).isEqualTo(before);
    }

    @Test
    void everyRefusedFieldIsListed_andFrenchIsSpokenOnRequest() throws Exception {
        var answer = api.send(
                "POST",
                MAP + "/evidence",
                ada,
                "{\"claimId\":\"c3\",\"sourceId\":\"s1\",\"locator\":\"\\u200b\",\"quote\":\" \",\"stance\":\"for\"}",
                "Accept-Language",
                "fr");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asString()).isEqualTo("locator");
        var errors = answer.json().get("errors");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(1).get("field").asString()).isEqualTo("quote");
        assertThat(errors.get(1).get("message").asString())
                .isEqualTo("Écrivez un texte visible : les espaces et les caractères invisibles (comme les espaces de"
                        + " largeur nulle) ne comptent pas.");
        var english = api.send("PUT", MAP + "/arguments/a1/rating", ada, "{\"value\":0.3}");
        assertThat(english.json().get("errors").get(0).get("message").asString())
                .isEqualTo("One of 0, 0.25, 0.5, 0.75 or 1.");
    }

    @Test
    void textWithVisibleCharactersAndEmoji_isAccepted() throws Exception {
        var answer = api.send("POST", MAP + "/claims", ada, "{\"kind\":\"premise\",\"text\":\"Blue \\ud83d\\udd35\"}");
        assertThat(answer.status()).isEqualTo(201);
    }

    @Test
    void itemsAddressedThroughTheWrongParent_areNotFound_andNothingChanges() throws Exception {
        String contestation = api.send("POST", MAP + "/sources/s1/contestations", ada, "{\"reason\":\"Hearsay.\"}")
                .json()
                .get("id")
                .asString();
        String source = api.send(
                        "POST",
                        MAP + "/sources",
                        ada,
                        "{\"authors\":[\"Delta\"],\"title\":\"Skies\",\"year\":2001,\"kind\":\"scholarship\","
                                + "\"accessibility\":\"published\"}")
                .json()
                .get("id")
                .asString();
        String evidence = api.send("POST", MAP + "/evidence", ada, evidence("\"Blue.\""))
                .json()
                .get("id")
                .asString();
        long before = nodes();

        record Wrong(String method, String path, String body) {}
        var wrong = List.of(
                new Wrong("POST", MAP + "/sources/no-such-source/contestations/" + contestation + "/withdrawal", null),
                new Wrong("POST", MAP + "/sources/" + source + "/contestations/" + contestation + "/withdrawal", null),
                new Wrong("POST", OTHER + "/sources/s1/contestations/" + contestation + "/withdrawal", null),
                new Wrong("GET", OTHER + "/evidence/" + evidence, null),
                new Wrong(
                        "PUT",
                        OTHER + "/evidence/" + evidence,
                        evidence("\"Moved.\"").replace("}", ",\"expectedVersion\":1}")),
                new Wrong("DELETE", OTHER + "/evidence/" + evidence + "?expectedVersion=1", null),
                new Wrong("PUT", OTHER + "/evidence/" + evidence + "/rating", "{\"value\":0.5}"),
                new Wrong("GET", OTHER + "/evidence/" + evidence + "/ratings", null),
                new Wrong("PUT", OTHER + "/sources/" + source + "/grade", "{\"reliability\":\"B\",\"credibility\":2}"),
                new Wrong("GET", OTHER + "/sources/" + source + "/contestations", null),
                new Wrong("POST", OTHER + "/sources/" + source + "/contestations", "{\"reason\":\"Hearsay.\"}"),
                new Wrong("POST", OTHER + "/evidence", evidence("\"Blue.\"").replace("\"s1\"", "\"" + source + "\"")));
        for (var w : wrong) {
            var answer = api.send(w.method(), w.path(), ada, w.body());
            assertThat(answer.status())
                    .as(w.method() + " " + w.path() + ": " + answer.body())
                    .isEqualTo(404);
            assertThat(answer.contentType()).startsWith("application/problem+json");
        }
        assertThat(nodes()).isEqualTo(before);
        var contestations =
                api.send("GET", MAP + "/sources/s1/contestations", null, null).json();
        assertThat(contestations.get(0).get("open").asBoolean()).isTrue();
        assertThat(api.send("GET", MAP + "/evidence/" + evidence, null, null)
                        .json()
                        .get("version")
                        .asLong())
                .isEqualTo(1);
    }

    private long nodes() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong()
                    + session.run("MATCH ()-[r]->() RETURN count(r) AS n")
                            .single()
                            .get("n")
                            .asLong();
        }
    }
}
