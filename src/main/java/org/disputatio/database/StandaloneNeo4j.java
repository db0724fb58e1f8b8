package org.disputatio.database;

import java.nio.file.Path;
import java.util.Map;

/**
 * Runs the application's embedded Neo4j alone, so that several app instances on one machine can share it
 * ({@code ./mvnw -q -Pneo4j-server compile exec:exec}, README "Several app instances"). Configured by the
 * environment: {@code DISPUTATIO_NEO4J_PASSWORD} (required: the apps connect with it), and optionally
 * {@code DISPUTATIO_DATA_DIR} (default {@code ./data}), {@code DISPUTATIO_NEO4J_BOLT_ADDRESS} (default
 * 127.0.0.1) and {@code DISPUTATIO_NEO4J_BOLT_PORT} (default 7687). Stops cleanly on Ctrl+C or SIGTERM.
 */
public final class StandaloneNeo4j {

    private StandaloneNeo4j() {}

    public static void main(String[] args) throws InterruptedException {
        String password = System.getenv("DISPUTATIO_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            System.err.println("Set DISPUTATIO_NEO4J_PASSWORD (at least 8 characters): the apps connect with it.");
            System.exit(2);
        }
        var server = EmbeddedNeo4j.start(
                Path.of(env("DISPUTATIO_DATA_DIR", "./data")),
                env("DISPUTATIO_NEO4J_BOLT_ADDRESS", "127.0.0.1"),
                Integer.parseInt(env("DISPUTATIO_NEO4J_BOLT_PORT", "7687")),
                env("DISPUTATIO_NEO4J_PAGE_CACHE", "256m"),
                Map.of(),
                password);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        System.out.println(
                "Neo4j ready on " + server.boltUri() + " (user neo4j). Start the apps with DISPUTATIO_NEO4J_URI="
                        + server.boltUri() + " and the same DISPUTATIO_NEO4J_PASSWORD. Ctrl+C stops it.");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
