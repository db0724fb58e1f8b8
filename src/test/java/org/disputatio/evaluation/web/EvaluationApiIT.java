package org.disputatio.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The evaluation API on a small stored map: c1 cites source s1, which Beta contests, and is concluded by a1 from
 * Alpha's uncited premise c2; c3 (Beta's uncited counter-claim) rebuts c1. Uncited assertions rest on their
 * proponent's word, a source of its own ({@code proponent:Alpha}, ADR 029).
 */
@IntegrationTest
class EvaluationApiIT {

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @Autowired
    org.disputatio.history.ChangeLog changeLog;

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("two-voices"));
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    private ResponseEntity<String> get(String path) {
        return RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri(path)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {})
                .toEntity(String.class);
    }

    private JsonNode claim(JsonNode evaluation, String id) {
        for (JsonNode c : evaluation.get("claims")) {
            if (c.get("id").asString().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no claim " + id + " in " + evaluation);
    }

    @Test
    void evaluation_reportsDependencyOnTheContestedSource() throws Exception {
        var response = get("/api/maps/two-voices/evaluation");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("mapId").asString()).isEqualTo("two-voices");
        assertThat(body.get("semantics").asString()).isEqualTo("df-quad");
        // The log position the evaluation reflects: the map's newest change.
        assertThat(body.get("seq").asLong())
                .isEqualTo(changeLog
                        .after(new org.disputatio.maps.MapId("two-voices"), 0, 1)
                        .orElseThrow()
                        .last());
        assertThat(body.has("whatIf")).isFalse();
        JsonNode c1 = claim(body, "c1");
        assertThat(c1.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "strength",
                        "converged",
                        "label",
                        "standsOn",
                        "grounded",
                        "dependsOnContested",
                        "contestedSources",
                        "criticalSources",
                        "supportSets",
                        "supportSetsTruncated");
        assertThat(c1.get("grounded").asBoolean()).isTrue();
        assertThat(c1.get("standsOn").asString()).isEqualTo("arguments");
        assertThat(c1.get("dependsOnContested").asBoolean()).isTrue();
        assertThat(c1.get("contestedSources").get(0).asString()).isEqualTo("s1");
        // c1 stands on s1 or, through a1, on Alpha's word for c2: neither alone is critical.
        assertThat(c1.get("supportSets").toString()).isEqualTo("[[\"proponent:Alpha\"],[\"s1\"]]");
        assertThat(c1.get("criticalSources").size()).isZero();
        assertThat(c1.get("strength").asDouble()).isBetween(0.0, 1.0);
        // c3 cites nothing: it rests on Beta's word alone, and being unanswered it defeats c1.
        JsonNode c3 = claim(body, "c3");
        assertThat(c3.get("standsOn").asString()).isEqualTo("assertion");
        assertThat(c3.get("supportSets").toString()).isEqualTo("[[\"proponent:Beta\"]]");
        assertThat(c3.get("label").asString()).isEqualTo("IN");
        assertThat(c1.get("label").asString()).isEqualTo("OUT");
        // The arguments are listed with their strength and label.
        assertThat(body.get("arguments").size()).isEqualTo(1);
        JsonNode a1 = body.get("arguments").get(0);
        assertThat(a1.propertyNames()).containsExactlyInAnyOrder("id", "strength", "label");
        assertThat(a1.get("id").asString()).isEqualTo("a1");
        assertThat(a1.get("label").asString()).isEqualTo("IN");
        assertThat(a1.get("strength").asDouble()).isEqualTo(0.25); // prior 0.5 times premise c2 at 0.5
    }

    @Test
    void chosenClaims_onlyThoseWithTheArgumentsConcludingThem_asInTheWholeEvaluation() throws Exception {
        JsonNode whole = json.readTree(get("/api/maps/two-voices/evaluation").getBody());

        var response = get("/api/maps/two-voices/evaluation?claims=c1,unknown");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode chosen = json.readTree(response.getBody());
        assertThat(chosen.get("mapId").asString()).isEqualTo("two-voices");
        assertThat(chosen.get("seq").asLong()).isEqualTo(whole.get("seq").asLong());
        assertThat(chosen.get("claims").size()).isEqualTo(1);
        assertThat(chosen.get("claims").get(0)).isEqualTo(claim(whole, "c1"));
        assertThat(chosen.get("arguments")).isEqualTo(whole.get("arguments")); // a1 concludes c1

        JsonNode c3 =
                json.readTree(get("/api/maps/two-voices/evaluation?claims=c3").getBody());
        assertThat(c3.get("claims").size()).isEqualTo(1);
        assertThat(c3.get("claims").get(0)).isEqualTo(claim(whole, "c3"));
        assertThat(c3.get("arguments").size()).isZero();

        // Without the parameter the shape is the whole map's, as before.
        assertThat(whole.get("claims").size()).isEqualTo(3);
    }

    @Test
    void rejectingTheProponent_takesDownWhatRestsOnHisWord() throws Exception {
        JsonNode body = json.readTree(
                get("/api/maps/two-voices/evaluation?reject=proponent:Beta").getBody());
        assertThat(claim(body, "c3").get("grounded").asBoolean()).isFalse();
        assertThat(claim(body, "c3").get("label").asString()).isEqualTo("OUT");
        assertThat(claim(body, "c1").get("label").asString()).isEqualTo("IN");
        assertThat(body.get("whatIf").get("changedLabel").toString()).isEqualTo("[\"c1\",\"c3\"]");
    }

    @Test
    void sourceKnownThroughAnother_rejectingTheReporterMovesTheClaim() throws Exception {
        // s1 is known only through s0 (the importer writes REPORTED_BY); c1 then rests on s1 and s0 together.
        try (var session = driver.session()) {
            session.run("""
                    MATCH (s:Source {mapId: 'two-voices', id: 's1'})
                    CREATE (s)-[:REPORTED_BY {locator: 'p. 3'}]->(:Source {mapId: 'two-voices', id: 's0'})
                    """).consume();
        }
        JsonNode c1 = claim(json.readTree(get("/api/maps/two-voices/evaluation").getBody()), "c1");
        assertThat(c1.get("supportSets").toString()).isEqualTo("[[\"proponent:Alpha\"],[\"s0\",\"s1\"]]");
        JsonNode after = json.readTree(
                get("/api/maps/two-voices/evaluation?reject=s0,proponent:Alpha").getBody());
        assertThat(claim(after, "c1").get("grounded").asBoolean()).isFalse();
        assertThat(after.get("whatIf").get("lostGrounding").toString()).contains("\"c1\"");
    }

    @Test
    void rejectingTheCriticalSource_removesGrounding() throws Exception {
        // Without s1 c1 still stands on Alpha's word through a1; without both it is grounded no more.
        JsonNode body = json.readTree(
                get("/api/maps/two-voices/evaluation?reject=s1,proponent:Alpha").getBody());
        assertThat(claim(body, "c1").get("grounded").asBoolean()).isFalse();
        JsonNode whatIf = body.get("whatIf");
        assertThat(whatIf.get("rejected").toString()).isEqualTo("[\"proponent:Alpha\",\"s1\"]");
        assertThat(whatIf.get("lostGrounding").toString()).contains("\"c1\"");
        assertThat(whatIf.propertyNames())
                .containsExactlyInAnyOrder("rejected", "lostGrounding", "changedLabel", "changedStrength");
    }

    @Test
    void unknownSourceInReject_gives400WithAMessage() throws Exception {
        var response = get("/api/maps/two-voices/evaluation?reject=s1,no-such-source");
        assertThat(response.getStatusCode().value()).isEqualTo(400);
        assertThat(json.readTree(response.getBody()).get("detail").asString()).contains("no-such-source");
    }

    @Test
    void unknownMap_gives404() {
        assertThat(get("/api/maps/nothing-here/evaluation").getStatusCode().value())
                .isEqualTo(404);
    }

    @Test
    void explanation_saysWhyAndThroughWhichPath() throws Exception {
        var response = get("/api/maps/two-voices/claims/c1/explanation");
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("claimId").asString()).isEqualTo("c1");
        assertThat(body.get("contributions").toString()).contains("\"attack\"").contains("c3");
        assertThat(body.get("contested").get(0).get("sourceId").asString()).isEqualTo("s1");
        // The label is never bare: c3, an objection nobody answers, decides it.
        assertThat(body.get("labelReason").toString())
                .isEqualTo("{\"kind\":\"unanswered_objection\",\"decidedBy\":[\"c3\"]}");
        assertThat(body.get("standsOn").asString()).isEqualTo("arguments");
        assertThat(get("/api/maps/two-voices/claims/c404/explanation")
                        .getStatusCode()
                        .value())
                .isEqualTo(404);
    }

    @Test
    void quadraticEnergy_canBeChosen_andUnknownSemanticsIsRefused() throws Exception {
        JsonNode body = json.readTree(get("/api/maps/two-voices/evaluation?semantics=quadratic-energy")
                .getBody());
        assertThat(body.get("semantics").asString()).isEqualTo("quadratic-energy");
        assertThat(get("/api/maps/two-voices/evaluation?semantics=majority")
                        .getStatusCode()
                        .value())
                .isEqualTo(400);
    }
}
