package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * An instance that already runs as many writes as it admits refuses the next one at once with 503 and
 * {@code Retry-After}, instead of queueing it at the driver; reads go on, and the refused write leaves
 * nothing behind. An app of its own (not the shared test context) admitting one write at a time; the test
 * holds that one open inside {@link ChangeLog#write}, as a slow writer would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAdmissionIT {

    static final String ADMIN = "admission-admin-password-123";
    static final String MAP = "admission";
    static final String GRADE = "/api/maps/" + MAP + "/sources/s1/grade";
    static final String GRADE_BODY = "{\"reliability\":\"B\",\"credibility\":2}";
    static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    ConfigurableApplicationContext app;
    ApiClient api;

    /** Each Vaadin app replaces Spring Security's global strategy; the shared test context needs its own back. */
    @Nullable
    SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    void start() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        Path dataDir = Files.createTempDirectory(Path.of("target"), "admission-it");
        // As command-line arguments: they outrank application.properties. The wait is generous for a loaded
        // machine; the test never measures it, it only sees that the refusal comes while the write is held.
        app = new SpringApplicationBuilder(DisputatioApplication.class)
                .run(
                        "--spring.application.name=disputatio-admission",
                        "--disputatio.data-dir=" + dataDir,
                        "--disputatio.admin-password=" + ADMIN,
                        "--disputatio.import.shipped-maps=false",
                        "--disputatio.writes.max-concurrent=1",
                        "--disputatio.writes.max-wait=1s",
                        "--server.port=0",
                        "--server.address=127.0.0.1");
        api = new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
        app.getBean(MapCatalog.class).create(SampleMaps.twoVoices(MAP));
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
        if (sharedStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void aWriteWhileTheOnlySlotIsHeld_gets503WithRetryAfter_readsStill200_andTheWriteSucceedsOnceFree()
            throws Exception {
        String bearer = ApiClient.bearer(token());
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Long> held =
                CompletableFuture.supplyAsync(() -> app.getBean(ChangeLog.class).write((tx, entries) -> {
                    long maps = tx.run("MATCH (m:Map {id: $id}) RETURN count(m) AS n", Map.of("id", MAP))
                            .single()
                            .get("n")
                            .asLong();
                    started.countDown();
                    try {
                        assertThat(release.await(120, TimeUnit.SECONDS)).isTrue();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException(e);
                    }
                    return maps;
                }));
        assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();

        try {
            var refused = api.send("PUT", GRADE, bearer, GRADE_BODY);

            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.body().get("status").asInt()).isEqualTo(503);
            assertThat(refused.body().get("title").asString()).isEqualTo("Service Unavailable");
            assertThat(refused.body().get("instance").asString()).isEqualTo(GRADE);

            // Reads are not admitted, so they answer while the write is held.
            var grades = api.send("GET", "/api/maps/" + MAP + "/sources/s1/grades", bearer, null);
            assertThat(grades.status()).isEqualTo(200);
            assertThat(grades.body().get("count").asInt()).isZero();
            var log = api.send("GET", "/api/maps/" + MAP + "/changes", bearer, null);
            assertThat(log.status()).isEqualTo(200);
            assertThat(log.body().get("changes").size()).isZero();
            assertThat(log.body().get("last").asLong()).isZero();
            assertThat(api.send("GET", "/api/maps/" + MAP + "/evaluation", bearer, null)
                            .status())
                    .isEqualTo(200);
        } finally {
            release.countDown();
        }
        assertThat(held.get(120, TimeUnit.SECONDS)).isEqualTo(1L);

        var accepted = api.send("PUT", GRADE, bearer, GRADE_BODY);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("count").asInt()).isEqualTo(1);
        var log = api.send("GET", "/api/maps/" + MAP + "/changes", bearer, null);
        assertThat(log.body().get("last").asLong()).isEqualTo(1);
        assertThat(log.body().get("changes").size()).isEqualTo(1);
        assertThat(log.body().get("changes").get(0).get("kind").asString()).isEqualTo("SourceGraded");
        assertThat(log.body().get("changes").get(0).get("user").asString()).isEqualTo("admin");
    }

    String token() throws Exception {
        var created = api.send("POST", "/api/tokens", ApiClient.basic("admin", ADMIN), "{\"name\":\"admission\"}");
        assertThat(created.status()).isEqualTo(201);
        var matcher = TOKEN.matcher(created.raw().body());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }
}
