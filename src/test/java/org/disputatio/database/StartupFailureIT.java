package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.disputatio.DisputatioApplication;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * A misconfigured database stops start-up with one message that names the setting. The "external"
 * server here is a separate embedded Neo4j, reached by URI like any remote server.
 */
class StartupFailureIT {

    static EmbeddedNeo4j external;

    @TempDir
    static Path externalDir;

    @BeforeAll
    static void startExternalServer() {
        external = EmbeddedNeo4j.start(externalDir.resolve("external"), "127.0.0.1", 0, "64m");
    }

    @AfterAll
    static void stopExternalServer() {
        external.close();
    }

    private static SpringApplicationBuilder app() {
        return new SpringApplicationBuilder(DisputatioApplication.class)
                .properties("spring.main.banner-mode=off", "disputatio.admin-password=startup-test-pw");
    }

    /**
     * The settings as command-line arguments: they outrank application.properties, as an operator's
     * settings do. That includes a free web port, because application.properties says 8080, which the
     * developer's own running app may hold.
     */
    private static String[] arguments(String... properties) {
        return Stream.concat(Stream.of("server.port=0"), Stream.of(properties))
                .map(p -> "--" + p)
                .toArray(String[]::new);
    }

    private static Throwable startApp(String... properties) {
        try {
            app().run(arguments(properties)).close();
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static DatabaseStartupException startupFailure(Throwable e) {
        assertThat(e).as("start-up should have failed").isNotNull();
        Throwable t = e;
        while (t != null && !(t instanceof DatabaseStartupException)) {
            t = t.getCause();
        }
        assertThat(t)
                .as("cause chain of %s", NestedExceptionUtils.getMostSpecificCause(e))
                .isInstanceOf(DatabaseStartupException.class);
        return (DatabaseStartupException) t;
    }

    @Test
    void wrongPassword_namesThePasswordSetting() {
        var failure = startupFailure(
                startApp("disputatio.neo4j.uri=" + external.boltUri(), "disputatio.neo4j.password=not-the-password"));
        assertThat(failure.setting()).isEqualTo("disputatio.neo4j.password");
        assertThat(failure.getMessage()).contains("DISPUTATIO_NEO4J_PASSWORD");
    }

    @Test
    void unreachableUri_namesTheUriSetting() {
        var failure = startupFailure(
                startApp("disputatio.neo4j.uri=bolt://127.0.0.1:1", "disputatio.neo4j.password=whatever-password"));
        assertThat(failure.setting()).isEqualTo("disputatio.neo4j.uri");
        assertThat(failure.getMessage()).contains("DISPUTATIO_NEO4J_URI");
    }

    @Test
    void unsupportedScheme_namesTheUriSetting() {
        var failure = startupFailure(
                startApp("disputatio.neo4j.uri=http://127.0.0.1:7474", "disputatio.neo4j.password=whatever-password"));
        assertThat(failure.setting()).isEqualTo("disputatio.neo4j.uri");
        assertThat(failure.getMessage()).contains("bolt://").contains("neo4j://");
    }

    @Test
    void unwritableDataDirectory_namesTheDataDirSetting(@TempDir Path tmp) throws Exception {
        Path aFile = Files.writeString(tmp.resolve("not-a-directory"), "x");
        var failure = startupFailure(startApp("disputatio.data-dir=" + aFile.resolve("data")));
        assertThat(failure.setting()).isEqualTo("disputatio.data-dir");
        assertThat(failure.getMessage()).contains("DISPUTATIO_DATA_DIR").contains("cannot be written");
    }

    @Test
    void externalServer_isUsedAndNoEmbeddedServerStarts() {
        try (var context = app().run(arguments(
                "disputatio.neo4j.uri=" + external.boltUri(), "disputatio.neo4j.password=" + external.password()))) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            var driver = context.getBean(org.neo4j.driver.Driver.class);
            try (var session = driver.session()) {
                assertThat(session.run("MATCH (u:User {username: 'admin'}) RETURN count(u) AS n")
                                .single()
                                .get("n")
                                .asLong())
                        .isEqualTo(1);
            }
        }
    }

    @Test
    void springBootsOwnNeo4jProperties_alsoSelectAnExternalServer() {
        try (var context = app().run(arguments(
                "spring.neo4j.uri=" + external.boltUri(),
                "spring.neo4j.authentication.username=neo4j",
                "spring.neo4j.authentication.password=" + external.password()))) {
            assertThat(context.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            try (var session = context.getBean(org.neo4j.driver.Driver.class).session()) {
                assertThat(session.run("RETURN 1 AS one").single().get("one").asInt())
                        .isEqualTo(1);
            }
        }
    }
}
