package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.disputatio.SeparateApp;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.ApiClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * An instance that already runs as many writes as it admits refuses the next one at once with 503 and
 * {@code Retry-After}, instead of queueing it at the driver; reads go on, and the refused write leaves
 * nothing behind. An app of its own (not the shared test context) admitting one ordinary write and one grouped
 * write (a rating, a grade) at a time; the tests hold one slot, as a slow writer would. Each kind has its own
 * slots (ADR 046): a held ordinary write does not stop grades, and a held grade does not stop ordinary writes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WriteAdmissionIT {

    static final String ADMIN = "admission-admin-password-123";
    static final String MAP = "admission";
    static final String GRADE = "/api/maps/" + MAP + "/sources/s1/grade";
    static final String GRADE_BODY = "{\"reliability\":\"B\",\"credibility\":2}";
    SeparateApp app;
    ApiClient api;

    @BeforeAll
    void start() throws Exception {
        // The wait is generous for a loaded machine; the test never measures it, it only sees that the refusal
        // comes while the write is held.
        app = SeparateApp.start(
                "admission",
                ADMIN,
                "--disputatio.writes.max-concurrent=1",
                "--disputatio.writes.max-grouped=1",
                "--disputatio.writes.max-wait=1s");
        api = app.api();
        app.bean(MapCatalog.class).create(SampleMaps.twoVoices(MAP));
    }

    @AfterAll
    void stop() {
        if (app != null) app.close();
    }

    @Test
    void aGradeWhileTheOnlyGroupedSlotIsHeld_gets503WithRetryAfter_readsStill200_andTheGradeSucceedsOnceFree()
            throws Exception {
        String bearer = app.adminBearer("admission");
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        // Held in the grouped writes' slot itself, as a rating whose group is slow to commit would hold it.
        CompletableFuture<Long> held = CompletableFuture.supplyAsync(
                () -> app.bean(WriteAdmission.class).admitGrouped(() -> {
                    started.countDown();
                    awaitRelease(release);
                    return 1L;
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

    @Test
    void anOrdinaryWriteWhileTheOnlySlotIsHeld_gets503_whileAGradeIsStillSaved() throws Exception {
        String map = "admission-ordinary";
        app.bean(MapCatalog.class).create(SampleMaps.twoVoices(map));
        String bearer = app.adminBearer("admission-ordinary");
        String standard = "/api/maps/" + map + "/claims/c3/standard";
        String body = "{\"standard\":\"clear-and-convincing\"}";
        var started = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        CompletableFuture<Long> held =
                CompletableFuture.supplyAsync(() -> app.bean(ChangeLog.class).write((tx, entries) -> {
                    long maps = tx.run("MATCH (m:Map {id: $id}) RETURN count(m) AS n", Map.of("id", map))
                            .single()
                            .get("n")
                            .asLong();
                    started.countDown();
                    awaitRelease(release);
                    return maps;
                }));
        assertThat(started.await(120, TimeUnit.SECONDS)).isTrue();

        try {
            var refused = api.send("PUT", standard, bearer, body);
            assertThat(refused.status()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("2");
            assertThat(refused.body().get("instance").asString()).isEqualTo(standard);

            // Grades are admitted in slots of their own: saved while the ordinary write is held.
            var grade = api.send("PUT", "/api/maps/" + map + "/sources/s1/grade", bearer, GRADE_BODY);
            assertThat(grade.status()).isEqualTo(200);
            assertThat(grade.body().get("count").asInt()).isEqualTo(1);
            var log = api.send("GET", "/api/maps/" + map + "/changes", bearer, null);
            assertThat(log.body().get("changes").size()).isEqualTo(1);
            assertThat(log.body().get("changes").get(0).get("kind").asString()).isEqualTo("SourceGraded");
        } finally {
            release.countDown();
        }
        assertThat(held.get(120, TimeUnit.SECONDS)).isEqualTo(1L);

        assertThat(api.send("PUT", standard, bearer, body).status()).isEqualTo(200);
        var log = api.send("GET", "/api/maps/" + map + "/changes", bearer, null);
        assertThat(log.body().get("last").asLong()).isEqualTo(2);
        assertThat(log.body().get("changes").get(1).get("kind").asString()).isEqualTo("ProofStandardChanged");
    }

    private static void awaitRelease(CountDownLatch release) {
        try {
            assertThat(release.await(120, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
