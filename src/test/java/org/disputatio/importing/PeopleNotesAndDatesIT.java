package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The essay's people, notes on the text and dated events, stored in Neo4j and served by the API. */
@IntegrationTest
class PeopleNotesAndDatesIT {

    @Autowired
    ShippedMaps shippedMaps;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    @BeforeEach
    void freshEssay() {
        TestGraphs.clear(driver);
        assertThat(shippedMaps.importShippedEssay()).isTrue();
    }

    @Test
    void graph_holdsPeopleMentionsNotesEventsAndDatings() {
        assertThat(count("MATCH (p:Person {mapId: $m}) RETURN count(p)")).isEqualTo(63);
        assertThat(count("MATCH (:Claim {mapId: $m})-[r:MENTIONS]->(:Person) RETURN count(r)"))
                .isEqualTo(332);
        assertThat(count("MATCH (n:Note {mapId: $m}) RETURN count(n)")).isEqualTo(24);
        assertThat(count("MATCH (e:Event {mapId: $m}) RETURN count(e)")).isEqualTo(36);
        assertThat(count("MATCH (:Claim {mapId: $m})-[r:DATES]->(:Event) RETURN count(r)"))
                .isEqualTo(51);
        assertThat(count("MATCH (c:Claim {mapId: $m}) WHERE c.proponentId IS NOT NULL RETURN count(c)"))
                .isEqualTo(346);
        assertThat(count("""
                        MATCH (c:Claim {mapId: $m})-[:MENTIONS]->(p:Person {id: 'yakovlev-designer'})
                        RETURN count(c)""")).isEqualTo(1);
    }

    @Test
    void storedMap_readsBackThePeopleNotesEventsMentionsAndDatesTheImportWrote() {
        var written = EssayMaps.toContent(EssayMapLoader.loadShippedEssay());
        var read = catalog.content(new MapId("furr-staline-democratie")).orElseThrow();
        assertThat(read.people()).isEqualTo(written.people());
        assertThat(read.notes()).isEqualTo(written.notes());
        assertThat(read.events()).isEqualTo(written.events());
        assertThat(read.claims())
                .extracting(c -> c.id() + " " + c.proponentId() + " " + c.mentions() + " " + c.dates())
                .containsExactlyElementsOf(written.claims().stream()
                        .map(c -> c.id() + " " + c.proponentId() + " " + c.mentions() + " " + c.dates())
                        .toList());
    }

    @Test
    void api_servesPeopleNotesMentionsAndDates() throws Exception {
        String body = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/api/maps/furr-staline-democratie")
                .retrieve()
                .body(String.class);
        JsonNode map = JsonMapper.builder().build().readTree(body);
        String text = map.get("document").get("text").asString();

        JsonNode people = map.get("people");
        assertThat(people.size()).isEqualTo(63);
        JsonNode yakovlev = find(people, "yakovlev");
        assertThat(fieldNames(yakovlev)).containsExactly("id", "kind", "name", "variants", "description");
        assertThat(yakovlev.get("name").asString()).isEqualTo("Iakov A. Iakovlev");
        assertThat(strings(yakovlev.get("variants")))
                .containsExactly("Yakovlev", "Iakovlev", "Iakov Iakovlev", "Yakov Yakovlev");

        JsonNode notes = map.get("notes");
        assertThat(notes.size()).isEqualTo(24);
        for (JsonNode note : notes) {
            assertThat(fieldNames(note)).containsExactly("id", "kind", "anchor", "text");
            JsonNode anchor = note.get("anchor");
            assertThat(text.substring(
                            anchor.get("start").asInt(), anchor.get("end").asInt()))
                    .isEqualTo(anchor.get("exact").asString());
        }
        assertThat(find(notes, "n-18").get("kind").asString()).isEqualTo("date-conflict");
        assertThat(find(notes, "n-18").get("anchor").get("exact").asString())
                .isEqualTo("À cet même plénum de juin 1953");

        JsonNode c346 = find(map.get("claims"), "c-346");
        assertThat(c346.get("proponent").asString()).isEqualTo("Grover Furr");
        assertThat(c346.get("proponentId").asString()).isEqualTo("furr");
        assertThat(strings(c346.get("mentions"))).containsExactly("beria", "yezhov");
        assertThat(c346.get("dates").size()).isEqualTo(2);
        assertThat(c346.get("dates").get(0).get("date").asString()).isEqualTo("1938-09-23");
        assertThat(c346.get("dates").get(0).get("precision").asString()).isEqualTo("day");
        assertThat(c346.get("dates").get(1).get("event").asString()).isEqualTo("beria-replaces-yezhov");

        JsonNode events = map.get("events");
        assertThat(events.size()).isEqualTo(36);
        List<String> contradictory = new ArrayList<>();
        events.forEach(e -> {
            if (e.get("contradictory").asBoolean()) {
                contradictory.add(e.get("id").asString());
            }
        });
        assertThat(contradictory).containsExactly("beria-replaces-yezhov", "plenum-1953-beria");
    }

    @Test
    void aMapWithoutPeopleFiles_servesEmptyLists() {
        catalog.create(org.disputatio.maps.SampleMaps.twoVoices("two-voices"));
        var map = catalog.content(new MapId("two-voices")).orElseThrow();
        assertThat(map.people()).isEmpty();
        assertThat(map.notes()).isEmpty();
        assertThat(map.events()).isEmpty();
        assertThat(map.claims()).allSatisfy(c -> {
            assertThat(c.proponentId()).isNull();
            assertThat(c.mentions()).isEmpty();
            assertThat(c.dates()).isEmpty();
        });
    }

    private long count(String query) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(query, Map.of("m", "furr-staline-democratie"))
                    .single()
                    .get(0)
                    .asLong());
        }
    }

    private static JsonNode find(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (item.get("id").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("No item " + id);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asString()));
        return values;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.propertyNames().forEach(names::add);
        return names;
    }
}
