package org.disputatio.maps.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The map REST API over what the import stored in Neo4j: shapes, 404s, and all-or-nothing writes. */
@IntegrationTest
class MapsApiIT {

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    final JsonMapper json = JsonMapper.builder().build();

    @BeforeEach
    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    private RestClient.ResponseSpec get(String path) {
        return RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri(path)
                .retrieve()
                .onStatus(HttpStatusCode::isError, (req, res) -> {});
    }

    @Test
    void list_givesIdTitleLanguageAndClaimCount() throws Exception {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        JsonNode list = json.readTree(get("/api/maps").body(String.class));
        assertThat(list.isArray()).isTrue();
        assertThat(list).hasSize(1);
        JsonNode first = list.get(0);
        // The first four are the original shape; owner, createdAt, lastChange and version came with ADR 034.
        assertThat(first.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "title", "language", "claimCount", "owner", "createdAt", "lastChange", "version");
        assertThat(first.get("id").asString()).isEqualTo("two-voices");
        assertThat(first.get("claimCount").asInt()).isEqualTo(3);
    }

    @Test
    void map_roundTripsEverythingTheImportWrote() {
        var written = SampleMaps.twoVoices("two-voices");
        catalog.create(written);
        var read = catalog.content(new MapId("two-voices")).orElseThrow();
        assertThat(read).isEqualTo(written);
    }

    @Test
    void map_hasThePublishedJsonShape() throws Exception {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        JsonNode map = json.readTree(get("/api/maps/two-voices").body(String.class));
        assertThat(map.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "title",
                        "document",
                        "claims",
                        "arguments",
                        "attacks",
                        "sources",
                        "contestations",
                        "people",
                        "notes",
                        "events",
                        "qualifications");
        assertThat(map.get("document").propertyNames()).containsExactlyInAnyOrder("title", "language", "text");
        JsonNode claim = map.get("claims").get(0);
        assertThat(claim.propertyNames())
                .containsExactlyInAnyOrder(
                        "id",
                        "kind",
                        "text",
                        "proponent",
                        "section",
                        "anchors",
                        "citations",
                        "proponentId",
                        "mentions",
                        "dates");
        JsonNode anchor = claim.get("anchors").get(0);
        assertThat(anchor.propertyNames()).containsExactlyInAnyOrder("exact", "prefix", "suffix", "start", "end");
        String text = map.get("document").get("text").asString();
        assertThat(text.substring(anchor.get("start").asInt(), anchor.get("end").asInt()))
                .isEqualTo(anchor.get("exact").asString());
        assertThat(claim.get("citations").get(0).propertyNames())
                .containsExactlyInAnyOrder("sourceId", "locator", "raw");
        assertThat(map.get("arguments").get(0).propertyNames())
                .containsExactlyInAnyOrder("id", "premises", "conclusion");
        assertThat(map.get("attacks").get(0).propertyNames()).containsExactlyInAnyOrder("id", "from", "to", "kind");
        assertThat(map.get("sources").get(0).propertyNames())
                .containsExactlyInAnyOrder("id", "authors", "title", "year", "kind", "accessibility", "reportedBy");
        assertThat(map.get("sources").get(0).get("reportedBy").toString()).isEqualTo("[]");
        assertThat(map.get("contestations").get(0).propertyNames())
                .containsExactlyInAnyOrder("id", "sourceId", "by", "reason");
    }

    @Test
    void unknownMap_gives404WithAJsonBody() throws Exception {
        var response = get("/api/maps/no-such-map").toEntity(String.class);
        assertThat(response.getStatusCode().value()).isEqualTo(404);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("detail").asString()).contains("no-such-map");
        var odd = get("/api/maps/..%2F..%2Fetc").toEntity(String.class);
        assertThat(odd.getStatusCode().is4xxClientError()).isTrue();
    }

    @Test
    void mapWithDanglingReference_writesNothing() {
        var good = SampleMaps.twoVoices("broken");
        var dangling = new MapContent(
                good.id(),
                good.title(),
                good.language(),
                good.document(),
                good.claims(),
                List.of(new MapContent.Argument("a1", List.of("c2", "c-missing"), "c1")),
                good.attacks(),
                good.sources(),
                good.contestations());
        assertThatThrownBy(() -> catalog.create(dangling)).hasMessageContaining("Nothing was written");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (n {mapId: 'broken'}) RETURN count(n) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
            assertThat(session.run("MATCH (m:Map {id: 'broken'}) RETURN count(m) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
    }

    @Test
    void secondImportOfTheSameMap_changesNothing() {
        assertThat(catalog.create(SampleMaps.twoVoices("two-voices"))).isTrue();
        assertThat(catalog.create(SampleMaps.twoVoices("two-voices"))).isFalse();
        assertThat(catalog.content(new MapId("two-voices")).orElseThrow().claims())
                .hasSize(3);
    }
}
