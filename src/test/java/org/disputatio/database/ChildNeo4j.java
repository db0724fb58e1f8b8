package org.disputatio.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * An embedded Neo4j in a child JVM ({@link EmbeddedNeo4jProcess}), for what only a whole process
 * shows: a crash by SIGKILL, or the umask. Its output goes to a file, not a pipe, so a chatty child
 * can never block on a full pipe that nobody reads.
 */
record ChildNeo4j(Process process, String uri, String password, Path output) implements AutoCloseable {

    /** Generous: under load from other builds Neo4j has taken a minute to start. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    static ChildNeo4j start(Path dataDir, String... moreArguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java()));
        command.addAll(ChildJvm.NEO4J_FLAGS);
        command.addAll(List.of(
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                EmbeddedNeo4jProcess.class.getName(),
                dataDir.toString()));
        command.addAll(List.of(moreArguments));
        Path output = Files.createTempFile("neo4j-child", ".log");
        var process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
                if (line.startsWith("READY ")) {
                    String[] parts = line.split(" ");
                    return new ChildNeo4j(process, parts[1], parts[2], output);
                }
            }
            if (process.waitFor(200, TimeUnit.MILLISECONDS)) {
                break;
            }
        }
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new IllegalStateException("The child Neo4j did not start:\n" + Files.readString(output));
    }

    /** Everything the child printed so far, its log lines included. */
    String printed() throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    /** SIGTERM: a clean stop, which writes a checkpoint and flushes the store files. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("The child Neo4j did not stop within 2 minutes");
        }
    }

    /** SIGKILL: no shutdown hook, no checkpoint. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("The child Neo4j did not die within 30 s");
        }
    }

    @Override
    public void close() throws InterruptedException, IOException {
        if (process.isAlive()) {
            kill();
        }
        Files.delete(output);
    }
}
