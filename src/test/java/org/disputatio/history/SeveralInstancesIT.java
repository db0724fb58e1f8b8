package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.disputatio.DisputatioApplication;
import org.disputatio.database.EmbeddedNeo4j;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.ApiClient;
import org.disputatio.workspace.MapChangeBroadcaster;
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
 * Two app instances, A and B, against one Neo4j run alone (as {@code StandaloneNeo4j} runs it): a change
 * made through A's API reaches a workspace listener on B through B's change follower, B's evaluation agrees
 * with A's, and B's follower survives a restart of the database without losing or repeating a change.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeveralInstancesIT {

    static final String PASSWORD = "several-instances-secret";
    static final String ADMIN = "several-admin-password-123";
    static final Duration PATIENCE = Duration.ofSeconds(60);

    Path dataDir;
    int boltPort;

    @Nullable
    EmbeddedNeo4j neo4j;

    ConfigurableApplicationContext a;
    ConfigurableApplicationContext b;

    /**
     * Each Vaadin app replaces Spring Security's global context-holder strategy when it starts; the
     * other tests of this JVM share one application context, whose strategy must be back afterwards,
     * or their signed-in test users become invisible to Vaadin.
     */
    @Nullable
    SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    void start() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        dataDir = Files.createTempDirectory(Path.of("target"), "several-instances");
        try (var socket = new ServerSocket(0)) {
            boltPort = socket.getLocalPort();
        }
        neo4j = startNeo4j();
        a = app("a");
        b = app("b");
    }

    @AfterAll
    void stop() {
        if (b != null) b.close();
        if (a != null) a.close();
        if (neo4j != null) neo4j.close();
        if (sharedStrategy != null) {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    EmbeddedNeo4j startNeo4j() {
        return EmbeddedNeo4j.start(dataDir, "127.0.0.1", boltPort, "64m", Map.of(), PASSWORD);
    }

    ConfigurableApplicationContext app(String name) {
        // As command-line arguments: they outrank application.properties, unlike the builder's default properties.
        return new SpringApplicationBuilder(DisputatioApplication.class)
                .run(
                        "--spring.application.name=disputatio-" + name,
                        "--disputatio.neo4j.uri=bolt://127.0.0.1:" + boltPort,
                        "--disputatio.neo4j.password=" + PASSWORD,
                        "--disputatio.data-dir=" + dataDir.resolve("app-" + name),
                        "--disputatio.admin-password=" + ADMIN,
                        "--disputatio.history.follow-interval=200ms",
                        "--disputatio.history.max-back-off=2s",
                        "--server.port=0",
                        "--server.address=127.0.0.1");
    }

    static ApiClient api(ConfigurableApplicationContext app) {
        return new ApiClient(((WebServerApplicationContext) app).getWebServer().getPort());
    }

    static void await(String what, BooleanSupplier done) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as(what).isBefore(deadline);
            Thread.sleep(50);
        }
    }

    /** Rates the evidence through the app's API as the admin and returns the status. */
    static int grade(ConfigurableApplicationContext app, String map, String reliability) throws Exception {
        return api(app).send(
                        "PUT",
                        "/api/maps/" + map + "/sources/s1/grade",
                        ApiClient.basic("admin", ADMIN),
                        "{\"reliability\":\"" + reliability + "\",\"credibility\":2}")
                .status();
    }

    static List<Long> seqs(List<Change> changes) {
        return changes.stream().map(Change::seq).toList();
    }

    @Test
    void aChangeThroughA_reachesAWorkspaceOnB_andBothEvaluateTheMapAlike() throws Exception {
        a.getBean(MapCatalog.class).create(SampleMaps.twoVoices("several-a-to-b"));
        List<Change> heard = new CopyOnWriteArrayList<>();
        var subscription = b.getBean(MapChangeBroadcaster.class).register(new MapId("several-a-to-b"), heard::addAll);
        try {
            assertThat(grade(a, "several-a-to-b", "A")).isEqualTo(200);

            await("B's workspace heard A's change", () -> !heard.isEmpty());
            assertThat(heard)
                    .extracting(Change::seq, Change::kind, Change::itemId, Change::user)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, ChangeKind.SourceGraded, "s1", "admin"));
            var fromA = api(a).send("GET", "/api/maps/several-a-to-b/evaluation", null, null);
            var fromB = api(b).send("GET", "/api/maps/several-a-to-b/evaluation", null, null);
            assertThat(fromA.status()).isEqualTo(200);
            assertThat(fromB.status()).isEqualTo(200);
            assertThat(fromB.body()).isEqualTo(fromA.body());
        } finally {
            subscription.cancel();
        }
    }

    @Test
    void theFollowerOfB_catchesUpAfterTheDatabaseRestarts_withNoChangeLostOrRepeated() throws Exception {
        a.getBean(MapCatalog.class).create(SampleMaps.twoVoices("several-restart"));
        List<Change> heard = new CopyOnWriteArrayList<>();
        var subscription = b.getBean(MapChangeBroadcaster.class).register(new MapId("several-restart"), heard::addAll);
        try {
            assertThat(grade(a, "several-restart", "A")).isEqualTo(200);
            await("B heard the first change", () -> heard.size() == 1);

            neo4j.close();
            neo4j = null;
            // Long enough for B's follower to fail a few polls and back off; nothing here depends on the exact time.
            Thread.sleep(3000);
            neo4j = startNeo4j();
            for (String reliability : List.of("B", "C", "D")) {
                // The driver's transaction functions retry on a pooled connection that died with the old server.
                assertThat(grade(a, "several-restart", reliability)).isEqualTo(200);
            }

            await("B caught up with the three changes after the restart", () -> heard.size() >= 4);
            Thread.sleep(1000); // a few more polls: a repeated change would show up here
            assertThat(seqs(heard)).containsExactly(1L, 2L, 3L, 4L);
        } finally {
            subscription.cancel();
            if (neo4j == null) neo4j = startNeo4j();
        }
    }
}
