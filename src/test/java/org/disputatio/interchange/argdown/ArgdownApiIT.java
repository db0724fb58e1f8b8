package org.disputatio.interchange.argdown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapContent;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code format=argdown} through the interchange API: the essay map's Argdown file imported (201 with the
 * report), stored, exported again and read gives the same claims, arguments, attacks, citations and anchors;
 * a broken file is refused with a problem naming its line and writes nothing.
 */
@IntegrationTest
class ArgdownApiIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    String ada;

    @BeforeEach
    void setUp() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, "ada");
        api = new ApiCalls(port);
        ada = ApiCalls.basic("ada", TestUsers.PASSWORD);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    private ApiCalls.Answer importFile(String file) throws Exception {
        return api.sendBody(
                "POST",
                "/api/maps/import?format=argdown",
                ada,
                HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8),
                "Content-Type",
                "text/plain; charset=UTF-8");
    }

    @Test
    void essayArgdown_importedStoredAndExported_givesTheSameClaimsArgumentsAttacksCitationsAndAnchors()
            throws Exception {
        MapContent essay = ArgdownFormatTest.essay();

        var imported = importFile(ArgdownFormatTest.export(essay));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String id = imported.json().get("id").asString();
        assertThat(imported.json().at("/report/format").asString()).isEqualTo("argdown");
        assertThat(imported.json().at("/report/kept/claims").asInt())
                .isEqualTo(essay.claims().size());
        assertThat(imported.json().at("/report/unmapped").size()).isZero();

        var exported = api.send("GET", "/api/maps/" + id + "/export?format=argdown", ada, null, "Accept", "*/*");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).startsWith("text/x-argdown");
        assertThat(exported.header("content-disposition")).contains(id + ".argdown");
        MapContent back = new ArgdownFormat()
                .read(new ByteArrayInputStream(exported.body().getBytes(StandardCharsets.UTF_8)))
                .content();

        assertThat(back.claims().stream()
                        .sorted(Comparator.comparing(MapContent.Claim::id))
                        .toList())
                .extracting(
                        MapContent.Claim::id,
                        MapContent.Claim::text,
                        MapContent.Claim::kind,
                        MapContent.Claim::citations,
                        MapContent.Claim::anchors)
                .isEqualTo(essay.claims().stream()
                        .sorted(Comparator.comparing(MapContent.Claim::id))
                        .map(c -> org.assertj.core.groups.Tuple.tuple(
                                c.id(), c.text(), c.kind(), c.citations(), c.anchors()))
                        .toList());
        assertThat(back.arguments()).containsExactlyInAnyOrderElementsOf(essay.arguments());
        assertThat(back.attacks()).containsExactlyInAnyOrderElementsOf(essay.attacks());
        assertThat(back.sources()).containsExactlyInAnyOrderElementsOf(essay.sources());
    }

    @Test
    void brokenArgdown_isRefusedWithItsLine_andWritesNothing() throws Exception {
        var refused = importFile("[A]: a claim {source: \"unclosed\"\n\n[B]: another\n");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("where").asString()).isEqualTo("line 1");
        try (var session = driver.session()) {
            assertThat(session.run("MATCH (m:Map) RETURN count(m) AS n")
                            .single()
                            .get("n")
                            .asLong())
                    .isZero();
        }
    }
}
