package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.disputatio.DisputatioApplication;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.ApiClient;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

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
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    ConfigurableApplicationContext app;
    ApiClient api;

    /** Each Vaadin app replaces Spring Security's global strategy; the shared test context needs its own back. */
    @Nullable
    SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    void start() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "overload-it");
        // As command-line arguments: they outrank application.properties.
        app = new SpringApplicationBuilder(DisputatioApplication.class)
                .run(
                        "--spring.application.name=disputatio-overload",
                        "--disputatio.data-dir=" + dataDir,
                        "--disputatio.admin-password=" + ADMIN,
                        "--disputatio.import.shipped-maps=false",
                        "--spring.neo4j.pool.max-connection-pool-size=1",
                        "--spring.neo4j.pool.connection-acquisition-timeout=10s",
                        "--spring.neo4j.max-transaction-retry-time=1s",
                        "--server.port=0",
                        "--server.address=127.0.0.1");
        api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
        app.getBean(MapCatalog.class).create(SampleMaps.twoVoices("overload"));
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
        if (sharedStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void aWriteWhileThePoolIsExhausted_gets503WithRetryAfter_andTheSameWriteSucceedsOnceThePoolIsFree()
            throws Exception {
        String bearer = ApiClient.bearer(token());
        // Recognised once while the database answers: the token is then trusted from memory for a while.
        assertThat(api.send("GET", "/api/tokens", bearer, null).status()).isEqualTo(200);

        try (var session = app.getBean(Driver.class).session();
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
        try (var session = app.getBean(Driver.class).session();
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

    String token() throws Exception {
        var created = api.send("POST", "/api/tokens", ApiClient.basic("admin", ADMIN), "{\"name\":\"overload\"}");
        assertThat(created.status()).isEqualTo(201);
        var matcher = TOKEN.matcher(created.raw().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
