package org.disputatio.interchange.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.OneUserApi;
import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/maps/import} and {@code GET /api/maps/{id}/export} (issue 14, ADR 041): the new map, its owner,
 * report and undo; the essay map's round trip through the API; every refusal, with nothing written.
 */
@IntegrationTest
class InterchangeApiIT extends OneUserApi {

    static String fixture(String name) throws IOException {
        try (InputStream in = InterchangeApiIT.class.getResourceAsStream("/interchange/aif/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Every node of the graph but the accounts: what a refused import must leave as it was. */
    long nodes() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) WHERE NOT n:Account RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    @Test
    void aifBody_makesAMapOfTheUser_withItsReport_andUndoDeletesEverything() throws Exception {
        long before = nodes();

        var answer = api.send("POST", "/api/maps/import?format=aif", ada, fixture("aifdb-hangover.json"));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        assertThat(answer.json().get("id").asString()).isEqualTo("imported-map");
        assertThat(answer.header("Location")).endsWith("/api/maps/imported-map");
        var report = answer.json().get("report");
        assertThat(report.get("format").asString()).isEqualTo("aif");
        assertThat(report.get("kept").get("claims").asInt()).isEqualTo(7);
        assertThat(report.get("kept").get("attacks").asInt()).isEqualTo(3);
        assertThat(report.get("unmapped").size()).isEqualTo(4);
        assertThat(report.get("unmapped").get(3).get("where").asString()).isEqualTo("edge 20");
        var map = api.send("GET", "/api/maps/imported-map", null, null).json();
        assertThat(map.get("claims").size()).isEqualTo(7);
        assertThat(map.get("arguments").get(0).get("scheme").asString()).isEqualTo("Argument From Consequences");
        assertThat(map.get("attacks").get(2).get("kind").asString()).isEqualTo("undercut");
        assertThat(map.get("rephrases").get(0).get("to").asString()).isEqualTo("n11");
        assertThat(map.get("preferences").get(0).get("over").asString()).isEqualTo("n4");
        assertThat(catalog.find(new org.disputatio.maps.MapId("imported-map"))
                        .orElseThrow()
                        .owner())
                .isEqualTo(USER);
        var changes = api.send("GET", "/api/maps/imported-map/changes", null, null);
        assertThat(changes.body()).contains("\"kind\":\"MapImported\"");

        var undo = api.send("POST", "/api/maps/imported-map/changes/1/undo", ada, null);

        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", "/api/maps/imported-map", null, null).status())
                .isEqualTo(404);
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n {mapId: 'imported-map'}) WHERE NOT n:Change AND NOT n:ChangeCounter"
                                    + " RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
            assertThat(session.run("MATCH (a:Anchor) RETURN count(a) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
        assertThat(nodes()).isGreaterThan(before); // only the change log stays, keeping the id taken
    }

    @Test
    void xaifAsMultipart_keepsSpeakersAndAnchors() throws Exception {
        var answer = api.multipart(
                "/api/maps/import?format=xaif",
                ada,
                Map.of(),
                "d.json",
                "application/json",
                fixture("xaif-dialogue.json").getBytes(StandardCharsets.UTF_8));

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        var claims = api.send("GET", "/api/maps/" + id, null, null).json().get("claims");
        assertThat(claims.get(0).get("proponent").asString()).isEqualTo("Dana Okafor");
        assertThat(claims.get(0).get("anchors").get(0).get("start").asInt()).isEqualTo(13);
        assertThat(claims.get(2).get("proponent").asString()).isEqualTo("Eli Roth");
    }

    @Test
    void essayMap_exportedAndImportedThroughTheApi_hasTheSameContent() throws Exception {
        var essay = EssayMaps.toContent(EssayMapLoader.loadShippedEssay());
        catalog.create(essay);
        for (String format : List.of("aif", "xaif")) {
            var file = api.send("GET", "/api/maps/" + essay.id() + "/export?format=" + format, null, null);
            assertThat(file.status()).as(file.body()).isEqualTo(200);
            assertThat(file.contentType()).startsWith("application/json");
            assertThat(file.header("Content-Disposition"))
                    .startsWith("attachment; filename=\"" + essay.id() + "." + format + ".json\"");

            var imported = api.send("POST", "/api/maps/import?format=" + format, ada, file.body());

            assertThat(imported.status()).as(imported.body()).isEqualTo(201);
            var original =
                    api.send("GET", "/api/maps/" + essay.id(), null, null).json();
            var copy = api.send("GET", "/api/maps/" + imported.json().get("id").asString(), null, null)
                    .json();
            for (String part : List.of("claims", "arguments", "attacks", "sources", "contestations", "document")) {
                assertThat(copy.get(part)).as("%s through %s", part, format).isEqualTo(original.get(part));
            }
            assertThat(copy.get("title")).isEqualTo(original.get("title"));
        }
    }

    record Refusal(int status, String where, String detail) {}

    void assertRefused(ApiCalls.Answer answer, Refusal expected) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(expected.status());
        assertThat(answer.contentType()).startsWith("application/problem+json");
        JsonNode problem = answer.json();
        if (!expected.where().isEmpty()) {
            assertThat(problem.get("where").asString()).isEqualTo(expected.where());
        }
        assertThat(problem.get("detail").asString()).contains(expected.detail());
    }

    @Test
    void refusedFiles_writeNothing_andNameWhereTheFaultIs() throws Exception {
        long before = nodes();

        assertRefused(
                api.send("POST", "/api/maps/import?format=aif", ada, "{\"nodes\": [ {\"nodeID\": 1,\n \"text\": }"),
                new Refusal(400, "line 2", "The file is not valid JSON (line 2, column 10)"));
        assertRefused(
                api.send("POST", "/api/maps/import?format=aif", ada, "[1, 2]"),
                new Refusal(400, "line 1", "An AIF file is a JSON object"));
        assertRefused(
                api.send(
                        "POST",
                        "/api/maps/import?format=aif",
                        ada,
                        "{\"nodes\":[{\"nodeID\":\"1\",\"text\":\"A\",\"type\":\"I\"},"
                                + "{\"nodeID\":\"1\",\"text\":\"B\",\"type\":\"I\"}],\"edges\":[]}"),
                new Refusal(422, "node 1", "Two nodes have the id 1."));
        assertRefused(
                api.send(
                        "POST",
                        "/api/maps/import?format=aif",
                        ada,
                        "{\"nodes\":[{\"nodeID\":\"1\",\"text\":\"A\",\"type\":\"I\"}],\"edges\":[],"
                                + "\"disputatio\":{\"claims\":[{\"node\":\"1\",\"id\":\"c1\",\"kind\":\"thesis\","
                                + "\"citations\":[{\"sourceId\":\"s9\",\"raw\":\"S9\"}]}]}}"),
                new Refusal(422, "claim c1", "cites the source 's9', which the file does not hold"));
        assertRefused(
                api.send("POST", "/api/maps/import?format=lkif", ada, fixture("aifdb-hangover.json")),
                new Refusal(415, "format", "There is no format 'lkif'; known formats: aif"));
        assertRefused(
                api.send("POST", "/api/maps/import", ada, fixture("aifdb-hangover.json")),
                new Refusal(415, "format", "Say which format the file is in with ?format="));
        assertRefused(
                api.send("POST", "/api/maps/import?format=aif", null, fixture("aifdb-hangover.json")),
                new Refusal(401, "", ""));
        var tooLarge = api.raw(
                "POST /api/maps/import?format=aif HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Authorization: " + ada + "\r\nContent-Length: " + (50L * 1024 * 1024 + 1),
                null);
        assertRefused(tooLarge, new Refusal(413, "", "larger than the limit of 52428800 bytes"));

        assertThat(nodes()).isEqualTo(before);
    }

    @Test
    void export_ofAMissingMapIs404_andOfAnUnknownFormat415() throws Exception {
        assertThat(api.send("GET", "/api/maps/no-such-map/export?format=aif", null, null)
                        .status())
                .isEqualTo(404);
        var unknown = api.send("GET", "/api/maps/no-such-map/export?format=pdf", null, null);
        assertRefused(unknown, new Refusal(415, "format", "There is no format 'pdf'"));
        assertThat(unknown.json().get("known").toString()).contains("\"aif\"", "\"xaif\"");
    }
}
