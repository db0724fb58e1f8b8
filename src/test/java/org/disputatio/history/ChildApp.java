package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.disputatio.DisputatioApplication;
import org.disputatio.database.ChildJvm;
import org.disputatio.security.ApiClient;

/**
 * The whole app in a child JVM, on a free port, against an external Neo4j: what a test needs to kill an
 * instance with SIGKILL (no shutdown hook, no clean close of the driver or of Tomcat), which it cannot do to
 * an app in its own JVM. The child runs the test's own classpath. Its output goes to a file, not a pipe, so
 * a chatty child never blocks on a pipe nobody reads.
 */
final class ChildApp implements AutoCloseable {

    /** Generous: a first start (migrations, the shipped map, Vaadin's scan) has taken over 4 minutes under load. */
    static final Duration START_TIMEOUT = Duration.ofMinutes(10);

    private static final int TAIL = 20_000;

    private final Process process;
    private final int port;
    private final Path output;
    /** Kills the child if the test's JVM exits without closing it (e.g. a build timeout), so no app lingers. */
    private final Thread killOnExit;

    private ChildApp(Process process, int port, Path output) {
        this.process = process;
        this.port = port;
        this.output = output;
        this.killOnExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(killOnExit);
    }

    /**
     * Starts the app pointed at {@code boltUri} with the settings an operator would give it (environment
     * variables, README "Several app instances"); {@code dir} takes its data directory and its output.
     */
    static ChildApp start(URI boltUri, String neo4jPassword, String adminPassword, Path dir) throws IOException {
        Files.createDirectories(dir);
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
        command.addAll(ChildJvm.NEO4J_FLAGS);
        command.add("-Xmx768m");
        // Where the build put Node and the frontend folder, as the test JVM was told (pom: test.jvm.flags).
        for (String property : List.of("vaadin.node.folder", "vaadin.frontend.frontend.folder")) {
            String value = System.getProperty(property);
            if (value != null) {
                command.add("-D" + property + "=" + value);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), DisputatioApplication.class.getName()));
        Path output = dir.resolve("app.log");
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        var environment = builder.environment();
        environment.put("DISPUTATIO_NEO4J_URI", boltUri.toString());
        environment.put("DISPUTATIO_NEO4J_PASSWORD", neo4jPassword);
        environment.put("DISPUTATIO_DATA_DIR", dir.resolve("data").toString());
        environment.put("DISPUTATIO_ADMIN_PASSWORD", adminPassword);
        environment.put("SERVER_ADDRESS", "127.0.0.1");
        environment.put("SERVER_PORT", Integer.toString(port));
        environment.put("SPRING_MAIN_BANNER_MODE", "off");
        // Bursts of writers here test atomicity and following, not shedding (see IntegrationTest).
        environment.put("DISPUTATIO_WRITES_MAX_WAIT", "2m");
        return new ChildApp(builder.start(), port, output);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    ApiClient api() {
        return new ApiClient(port);
    }

    /**
     * Waits until the app answers {@code path} with 200: the web server answers before the shipped map is
     * loaded, so a test waits for what it needs rather than for the health endpoint.
     */
    void awaitOk(String path) throws Exception {
        var api = api();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (true) {
            assertThat(process.isAlive())
                    .as("the app is still running; it printed:%n%s", printed())
                    .isTrue();
            try {
                if (api.send("GET", path, null, null).status() == 200) {
                    return;
                }
            } catch (ConnectException notListeningYet) {
                // Tomcat is not up yet: ask again below.
            }
            assertThat(Instant.now())
                    .as("the app answers %s within %s; it printed:%n%s", path, START_TIMEOUT, printed())
                    .isBefore(deadline);
            Thread.sleep(500);
        }
    }

    /**
     * SIGKILL: {@code destroyForcibly} sends it on Linux, and the exit status shows it (128 + 9). Nothing of
     * the app runs after it: no shutdown hook, no commit that was not already on its way to Neo4j.
     */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("the app died within 30 s of SIGKILL")
                .isTrue();
        return process.exitValue();
    }

    /** The end of what the child printed so far (its log), for failure messages. */
    String printed() throws IOException {
        String all = Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        return all.length() <= TAIL ? all : "…" + all.substring(all.length() - TAIL);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
        Runtime.getRuntime().removeShutdownHook(killOnExit);
    }
}
