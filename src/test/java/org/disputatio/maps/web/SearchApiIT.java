package org.disputatio.maps.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/maps/{id}/search} over the shipped essay: exact hits for accented and unaccented words, a
 * person's spelling variant, a source's author and a citation's locator; Lucene syntax that neither breaks nor
 * widens a search; problem+json for a missing, blank or overlong query.
 */
@IntegrationTest
class SearchApiIT {

    @Autowired
    MapCatalog catalog;

    @LocalServerPort
    int port;

    @BeforeEach
    void essay() {
        ShippedEssay.ensureStored(catalog);
    }

    private ApiCalls.Answer search(String map, String query) throws Exception {
        return new ApiCalls(port).send("GET", "/api/maps/" + map + "/search" + query, null, null);
    }

    private JsonNode found(String q) throws Exception {
        var answer = search(ShippedEssay.ID.value(), "?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.forEach(n -> ids.add(n.get("id").asString()));
        return ids;
    }

    @Test
    void accentsAndCase_doNotMatter() throws Exception {
        var accented = found("démocratie");
        var plain = found("DEMOCRATIE");
        assertThat(ids(plain.get("claims"))).isEqualTo(ids(accented.get("claims")));
        assertThat(ids(accented.get("claims"))).hasSize(23).startsWith("c-561", "c-505", "c-049");
        assertThat(ids(found("élections").get("claims")))
                .isEqualTo(ids(found("elections").get("claims")));
    }

    @Test
    void aSpellingVariantOfAPerson_findsTheClaimsNamingHim() throws Exception {
        var iakovlev = found("Iakovlev");
        // Four different men are called Yakovlev in the essay; the member of the CC comes first.
        assertThat(ids(iakovlev.get("people")))
                .containsExactly("yakovlev", "an-yakovlev", "yakovlev-designer", "yakovlev-krasnodar");
        assertThat(ids(iakovlev.get("claims"))).containsExactly("c-232", "c-173", "c-217", "c-231", "c-319");
        var yakovlev = found("Yakovlev");
        assertThat(ids(yakovlev.get("claims"))).containsExactlyInAnyOrder("c-232", "c-173", "c-217", "c-231", "c-319");
        assertThat(yakovlev.get("claims").get(0).get("matched").toString()).isEqualTo("[\"PERSON\",\"CITATION\"]");
    }

    @Test
    void aSourceAuthor_findsTheSourcesAndTheClaimsCitingThem() throws Exception {
        var getty = found("getty");
        assertThat(ids(getty.get("sources"))).containsExactly("getty-excesses", "getty-naumov-road-to-terror");
        assertThat(getty.get("sources").get(1).get("locators").toString()).isEqualTo("[\"563\"]");
        assertThat(ids(getty.get("people"))).containsExactly("getty");
        assertThat(ids(getty.get("claims"))).hasSize(18).startsWith("c-622", "c-060", "c-083");
    }

    @Test
    void aLocator_findsExactlyTheClaimsCitingThatPage() throws Exception {
        var inoy = found("Inoy 187");
        assertThat(ids(inoy.get("claims"))).containsExactly("c-096", "c-097", "c-171");
        JsonNode first = inoy.get("claims").get(0);
        assertThat(first.propertyNames())
                .containsExactlyInAnyOrder(
                        "id", "kind", "text", "score", "matched", "start", "end", "citations", "people");
        assertThat(first.get("matched").toString()).isEqualTo("[\"CITATION\"]");
        assertThat(first.get("citations").toString()).isEqualTo("[\"Zhukov, Inoy 187\"]");
        assertThat(ids(inoy.get("sources"))).containsExactly("zhukov-inoi-stalin");
        assertThat(inoy.get("sources").get(0).get("locators").toString()).isEqualTo("[\"187\"]");

        assertThat(ids(found("19-36").get("claims"))).containsExactly("c-620", "c-624", "c-625", "c-626");
        assertThat(ids(found("Projet 800-1").get("claims"))).containsExactly("c-103", "c-104");
    }

    @Test
    void luceneSyntax_neitherBreaksNorWidensASearch() throws Exception {
        var syntax = found("title:* OR \"");
        assertThat(syntax.get("words").toString()).isEqualTo("[\"title\",\"or\"]");
        assertThat(syntax.get("claims")).isEmpty();
        var everything = found("*:*");
        assertThat(everything.get("words")).isEmpty();
        assertThat(everything.get("claims")).isEmpty();
        assertThat(everything.get("sources")).isEmpty();
        // "Kravtsov" alone gives four claims; "Kravtsov OR Getty" needs all three words, so it finds none.
        assertThat(ids(found("Kravtsov").get("claims"))).containsExactly("c-327", "c-349", "c-326", "c-348");
        assertThat(found("Kravtsov OR Getty").get("claims")).isEmpty();
    }

    @Test
    void missingBlankOrOverlongQueries_areProblems_andAnUnknownMapIs404() throws Exception {
        String essay = ShippedEssay.ID.value();
        for (String query : List.of("", "?q=", "?q=%20%20", "?q=" + "a".repeat(201))) {
            var answer = search(essay, query);
            assertThat(answer.status()).as(query).isEqualTo(400);
            assertThat(answer.contentType()).startsWith("application/problem+json");
            assertThat(answer.json().get("field").asString()).isEqualTo("q");
        }
        assertThat(search(essay, "?q=" + "a".repeat(200)).status()).isEqualTo(200);
        var unknown = search("no-such-map", "?q=Staline");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }
}
