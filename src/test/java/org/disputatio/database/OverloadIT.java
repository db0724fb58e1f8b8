package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputatio.SeparateApp;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;

/**
 * When the app cannot take more, the API says so: 503 problem+json with {@code Retry-After}, never 500.
 * An app of its own (not the shared test context) with a driver pool of one connection; the test holds that
 * connection in an open transaction, as a burst of writers would, so every request that needs the database
 * waits the acquisition timeout and finds the pool exhausted. The timeout also covers opening a connection,
 * so it is kept long enough for a loaded machine (0.5 s failed the start-up under a load average of 25).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverloadIT {

    static final String ADMIN = "overload-admin-password-123";
    static final String GRADE = "/api/maps/overload/sources/s1/grade";
    SeparateApp app;
    ApiClient api;

    @BeforeAll
    void start() throws Exception {
        app = SeparateApp.start(
                "overload",
                ADMIN,
                "--spring.neo4j.pool.max-connection-pool-size=1",
                "--spring.neo4j.pool.connection-acquisition-timeout=10s",
                "--spring.neo4j.max-transaction-retry-time=1s");
        api = app.api();
        app.bean(MapCatalog.class).create(SampleMaps.twoVoices("overload"));
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aWriteWhileThePoolIsExhausted_gets503WithRetryAfter_andTheSameWriteSucceedsOnceThePoolIsFree()
            throws Exception {
        String bearer = app.adminBearer("overload");
        // Recognised once while the database answers: the token is then trusted from memory for a while.
        assertThat(api.send("GET", "/api/tokens", bearer, null).status()).isEqualTo(200);

        try (var session = app.bean(Driver.class).session();
                var held = session.beginTransaction()) {
            held.run("RETURN 1").consume();

            var refused = api.send("PUT", GRADE, bearer, "{\"reliability\":\"B\",\"credibility\":2}");

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.body().get("status").asInt()).isEqualTo(503);
            assertThat(refused.body().get("title").asString()).isEqualTo("Service Unavailable");
            assertThat(refused.body().get("detail").asString())
                    .isEqualTo("The server is too busy, or cannot reach its database, to answer this request now."
                            + " Try again in 2 seconds.");
            assertThat(refused.body().get("instance").asString()).isEqualTo(GRADE);
        }

        var accepted = api.send("PUT", GRADE, bearer, "{\"reliability\":\"B\",\"credibility\":2}");
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("count").asInt()).isEqualTo(1);
    }

    @Test
    void signingInWithBasicWhileThePoolIsExhausted_gets503_not401() throws Exception {
        try (var session = app.bean(Driver.class).session();
                var held = session.beginTransaction()) {
            held.run("RETURN 1").consume();

            var refused = api.send("GET", "/api/tokens", ApiClient.basic("admin", ADMIN), null);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.header("WWW-Authenticate")).isNull();
        }
        assertThat(api.send("GET", "/api/tokens", ApiClient.basic("admin", ADMIN), null)
                        .status())
                .isEqualTo(200);
    }
}
