package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.disputatio.IntegrationTest;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Label;
import org.disputatio.evaluation.Semantics;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The shipped essay map, imported into Neo4j, served by the API and evaluated. */
@IntegrationTest
class ShippedEssayIT {

    static final MapId ESSAY = new MapId("furr-staline-democratie");

    @Autowired
    ShippedMaps shippedMaps;

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @BeforeEach
    void essayIsLoaded() {
        if (catalog.find(ESSAY).isEmpty()) {
            shippedMaps.importShippedEssay();
        }
    }

    @Test
    void importingTwice_changesNothing() {
        long before = count("MATCH (n {mapId: $m}) RETURN count(n) AS n");
        assertThat(shippedMaps.importShippedEssay()).isFalse();
        assertThat(count("MATCH (n {mapId: $m}) RETURN count(n) AS n")).isEqualTo(before);
    }

    @Test
    void api_servesTheWholeEssay_withEveryAnchorPointingAtItsQuote() throws Exception {
        String body = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/maps/furr-staline-democratie")
                .retrieve()
                .body(String.class);
        JsonNode map = JsonMapper.builder().build().readTree(body);
        String text = map.get("document").get("text").asString();
        JsonNode claims = map.get("claims");
        assertThat(claims.size()).isEqualTo(346);
        assertThat(map.get("arguments").size()).isEqualTo(162);
        assertThat(map.get("attacks").size()).isEqualTo(76);
        assertThat(map.get("qualifications").size()).isEqualTo(18);
        assertThat(map.get("qualifications").get(0).toString())
                .isEqualTo("{\"id\":\"q-038\",\"from\":\"c-058\",\"to\":\"a-001\"}");
        assertThat(map.get("sources").size()).isEqualTo(57);
        Set<String> sourceIds = new HashSet<>();
        map.get("sources").forEach(s -> sourceIds.add(s.get("id").asString()));
        int theses = 0;
        for (JsonNode claim : claims) {
            if (claim.get("kind").asString().equals("thesis")) {
                theses++;
            }
            assertThat(claim.get("anchors").size())
                    .as(claim.get("id").asString())
                    .isGreaterThan(0);
            for (JsonNode a : claim.get("anchors")) {
                assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt()))
                        .as("anchor of %s", claim.get("id").asString())
                        .isEqualTo(a.get("exact").asString());
            }
            for (JsonNode c : claim.get("citations")) {
                assertThat(sourceIds).contains(c.get("sourceId").asString());
            }
        }
        assertThat(theses).isEqualTo(1);
        assertThat(map.get("contestations").size()).isEqualTo(17);
    }

    @Test
    void api_showsOnEachSourceThroughWhomItIsKnown() throws Exception {
        String body = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/maps/furr-staline-democratie")
                .retrieve()
                .body(String.class);
        JsonNode map = JsonMapper.builder().build().readTree(body);
        Map<String, String> reportedBy = new HashMap<>();
        map.get("sources")
                .forEach(s -> reportedBy.put(
                        s.get("id").asString(), s.get("reportedBy").toString()));
        assertThat(reportedBy.get("archive-molotov-cancellation-october-1937"))
                .isEqualTo("[{\"sourceId\":\"zhukov-tainy-kremlia\",\"locator\":\"41\"},"
                        + "{\"sourceId\":\"zhukov-inoi-stalin\",\"locator\":\"443\"}]");
        assertThat(reportedBy.get("archive-draft-decree-january-1944"))
                .isEqualTo("[{\"sourceId\":\"zhukov-kultovaia\",\"locator\":null}]");
        assertThat(reportedBy.get("zhukov-inoi-stalin")).isEqualTo("[]");
        assertThat(count("MATCH (:Source {mapId: $m})-[r:REPORTED_BY]->(:Source) RETURN count(r) AS n"))
                .isEqualTo(13);
    }

    @Test
    void thesis_isNotDefeatedByAnObjectionTheEssayAnswers() {
        var evaluation = evaluations
                .evaluate(ESSAY, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation();
        assertThat(evaluation.label("c-625"))
                .as("Pavlova's 'cover' objection, answered by c-623")
                .isEqualTo(Label.OUT);
        // The author's own concessions qualify his arguments and are not counted (ADR 029, "Qualifications"):
        // the thesis stands through its arguments, and no answered objection decides it.
        assertThat(evaluation.label("c-001")).isEqualTo(Label.IN);
        assertThat(evaluation.labelReason("c-001"))
                .isEqualTo(new org.disputatio.evaluation.LabelReason(
                        org.disputatio.evaluation.LabelReason.Kind.ARGUMENT_STANDS, List.of("a-001", "a-213")));
    }

    @Test
    void preface_isAttributedToThePublisher_notToTheAuthor() {
        MapContent essay = catalog.content(ESSAY).orElseThrow();
        var preface = essay.claims().stream()
                .filter(c -> c.section().equals("preface"))
                .toList();
        assertThat(preface).isNotEmpty();
        assertThat(preface).allSatisfy(c -> assertThat(c.proponent()).doesNotContain("Furr"));
    }

    @Test
    void everyClaimCitingAContestedSource_isReportedAsDependingOnIt() {
        MapContent essay = catalog.content(ESSAY).orElseThrow();
        Set<String> contested = essay.contestations().stream()
                .map(MapContent.Contestation::sourceId)
                .collect(Collectors.toSet());
        Map<String, ClaimAssessment> assessed = assessments(Set.of());
        int checked = 0;
        for (var claim : essay.claims()) {
            for (var citation : claim.citations()) {
                if (contested.contains(citation.sourceId())) {
                    var a = assessed.get(claim.id());
                    assertThat(a.dependsOnContested()).as(claim.id()).isTrue();
                    assertThat(a.contestedSources()).as(claim.id()).contains(citation.sourceId());
                    checked++;
                }
            }
        }
        assertThat(checked).as("claims citing a contested source in the essay").isPositive();
    }

    @Test
    void rejectingASourceEveryGroundingPathPassesThrough_removesThatGrounding() {
        Map<String, ClaimAssessment> before = assessments(Set.of());
        Map<String, String> criticalOf = new HashMap<>();
        before.values().stream()
                .filter(a -> a.grounded() && !a.criticalSources().isEmpty())
                .forEach(a -> criticalOf.put(a.id(), a.criticalSources().getFirst()));
        assertThat(criticalOf).as("claims with a critical source in the essay").isNotEmpty();
        int checked = 0;
        for (var entry : criticalOf.entrySet()) {
            var result = evaluations
                    .evaluate(ESSAY, Semantics.DF_QUAD, Set.of(entry.getValue()))
                    .orElseThrow();
            assertThat(result.evaluation().grounded(entry.getKey()))
                    .as("%s after rejecting %s", entry.getKey(), entry.getValue())
                    .isFalse();
            assertThat(result.whatIf().orElseThrow().lostGrounding()).contains(entry.getKey());
            if (++checked == 25) {
                break;
            }
        }
    }

    @Test
    void aClaimWithTwoIndependentGroundings_survivesRejectingOneSource() {
        Map<String, ClaimAssessment> before = assessments(Set.of());
        var robust = before.values().stream()
                .filter(a -> a.grounded()
                        && a.criticalSources().isEmpty()
                        && a.supportSets().size() > 1)
                .findFirst();
        assertThat(robust).as("a claim grounded in two ways").isPresent();
        String oneSource = robust.get().supportSets().getFirst().getFirst();
        var after = evaluations
                .evaluate(ESSAY, Semantics.DF_QUAD, Set.of(oneSource))
                .orElseThrow();
        assertThat(after.evaluation().grounded(robust.get().id())).isTrue();
    }

    private Map<String, ClaimAssessment> assessments(Set<String> rejected) {
        List<ClaimAssessment> claims = evaluations
                .evaluate(ESSAY, Semantics.DF_QUAD, rejected)
                .orElseThrow()
                .evaluation()
                .claims();
        return claims.stream().collect(Collectors.toMap(ClaimAssessment::id, a -> a));
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher, Map.of("m", ESSAY.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }
}
