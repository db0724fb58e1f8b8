package org.disputatio.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.security.ApiClient.basic;
import static org.disputatio.security.ApiClient.bearer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiClient;
import org.disputatio.security.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Personal API tokens as a script uses them: created once, listed without their value, revoked. */
@IntegrationTest
class TokensApiIT {

    static final String MAP = "/api/maps/tokens-two-voices";
    static final String ADA = basic("ada", TestUsers.PASSWORD);
    static final String BRIGITTE = basic("brigitte", TestUsers.PASSWORD);
    static final String ADMIN = basic("admin", IntegrationTest.ADMIN_PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    Driver driver;

    ApiClient api;

    @BeforeEach
    void load() {
        api = new ApiClient(port);
        TestGraphs.clear(driver);
        throttle.reset();
        catalog.create(SampleMaps.twoVoices("tokens-two-voices"));
        TestUsers.ensure(accounts, "ada", "brigitte");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
        throttle.reset();
    }

    String newToken(String owner, String name) throws Exception {
        var created = api.send("POST", "/api/tokens", owner, "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("token").asString();
    }

    @Test
    void createdToken_isShownOnce_thenListedWithoutItsValue() throws Exception {
        var created = api.send("POST", "/api/tokens", ADA, "{\"name\":\"  nightly import  \"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        String token = created.body().get("token").asString();
        assertThat(created.body().get("name").asString()).isEqualTo("nightly import");
        assertThat(token).startsWith("dsp_").hasSize(4 + 43).matches("dsp_[A-Za-z0-9_-]{43}");
        assertThat(created.body().get("createdAt").asString()).isNotBlank();
        assertThat(created.header("Location")).isEqualTo("/api/tokens/" + id);

        var listed = api.send("GET", "/api/tokens", ADA, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().size()).isEqualTo(1);
        var entry = listed.body().get(0);
        assertThat(entry.propertyNames()).containsExactlyInAnyOrder("id", "name", "createdAt", "lastUsedAt");
        assertThat(entry.get("id").asString()).isEqualTo(id);
        assertThat(entry.get("name").asString()).isEqualTo("nightly import");
        assertThat(entry.get("lastUsedAt").isNull()).isTrue();
        assertThat(listed.raw().body()).doesNotContain(token);

        assertThat(api.send("GET", "/api/tokens", BRIGITTE, null).body().size())
                .as("another user's list")
                .isZero();
    }

    @Test
    void theDatabase_holdsOnlyTheSha256OfTheToken() throws Exception {
        String token = newToken(ADA, "hash check");

        List<String> everyValue = new ArrayList<>();
        try (var session = driver.session()) {
            session.run("MATCH (n) UNWIND keys(n) AS k RETURN n[k] AS v")
                    .forEachRemaining(
                            r -> everyValue.add(String.valueOf(r.get("v").asObject())));
            String stored = session.run("MATCH (:User {username: 'ada'})-[:HOLDS]->(t:ApiToken) RETURN t.hash AS h")
                    .single()
                    .get("h")
                    .asString();
            String expected = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
            assertThat(stored).isEqualTo(expected);
        }
        assertThat(everyValue).isNotEmpty().noneMatch(v -> v.contains(token.substring(4)));
    }

    @Test
    void bearerToken_writesWithTheOwnersName_andMarksTheTokenUsed() throws Exception {
        String token = newToken(ADA, "evidence script");

        var attached = api.send("POST", MAP + "/evidence", bearer(token), """
                {"claimId":"c3","sourceId":"s1","locator":"p. 3","quote":"Written by a script.","stance":"for"}
                """);

        assertThat(attached.status()).isEqualTo(201);
        assertThat(attached.body().get("createdBy").asString()).isEqualTo("ada");
        var listed = api.send("GET", "/api/tokens", bearer(token), null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get(0).get("lastUsedAt").isNull()).isFalse();
    }

    @Test
    void userToken_isRefusedByAdminEndpoints_adminTokenIsNot() throws Exception {
        String userToken = newToken(ADA, "user script");
        String adminToken = newToken(ADMIN, "admin script");

        var refused = api.send("GET", "/api/accounts", bearer(userToken), null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        var create = api.send(
                "POST",
                "/api/accounts",
                bearer(userToken),
                "{\"username\":\"mallory\",\"password\":\"long-enough-pw\",\"role\":\"admin\"}");
        assertThat(create.status()).isEqualTo(403);

        var allowed = api.send("GET", "/api/accounts", bearer(adminToken), null);
        assertThat(allowed.status()).isEqualTo(200);
    }

    @Test
    void revokedToken_getsProblem401() throws Exception {
        var created = api.send("POST", "/api/tokens", ADA, "{\"name\":\"short-lived\"}");
        String id = created.body().get("id").asString();
        String token = created.body().get("token").asString();
        assertThat(api.send("GET", "/api/tokens", bearer(token), null).status()).isEqualTo(200);

        var revoked = api.send("DELETE", "/api/tokens/" + id, bearer(token), null);
        assertThat(revoked.status()).isEqualTo(204);

        var after = api.send("GET", "/api/tokens", bearer(token), null);
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.contentType()).startsWith("application/problem+json");
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(after.body().get("detail").asString()).contains("revoked");
        assertThat(api.send("POST", MAP + "/evidence", bearer(token), "{}").status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/tokens", ADA, null).body().size()).isZero();
    }

    @Test
    void someoneElsesToken_orAnUnknownOne_cannotBeRevoked() throws Exception {
        var created = api.send("POST", "/api/tokens", ADA, "{\"name\":\"ada's\"}");
        String id = created.body().get("id").asString();

        var foreign = api.send("DELETE", "/api/tokens/" + id, BRIGITTE, null);
        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(api.send("DELETE", "/api/tokens/no-such-token", ADA, null).status())
                .isEqualTo(404);
        assertThat(api.send("GET", "/api/tokens", ADA, null).body().size()).isEqualTo(1);
    }

    @Test
    void tokenName_isRequired_andAtMost100Characters() throws Exception {
        for (String body : List.of("{\"name\":\"   \"}", "{}", "{\"name\":\"" + "n".repeat(101) + "\"}")) {
            var refused = api.send("POST", "/api/tokens", ADA, body);
            assertThat(refused.status()).as(body).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).isEqualTo("name");
        }
        assertThat(api.send("POST", "/api/tokens", ADA, "{\"name\":\"" + "n".repeat(100) + "\"}")
                        .status())
                .isEqualTo(201);
    }

    @Test
    void anonymousVisitors_haveNoTokens() throws Exception {
        var list = api.send("GET", "/api/tokens", null, null);
        assertThat(list.status()).isEqualTo(401);
        assertThat(list.contentType()).startsWith("application/problem+json");
        assertThat(api.send("POST", "/api/tokens", null, "{\"name\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/tokens", bearer("dsp_not-a-real-token"), null)
                        .status())
                .isEqualTo(401);
    }
}
