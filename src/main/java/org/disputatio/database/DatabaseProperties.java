package org.disputatio.database;

import java.net.URI;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the graph lives. With no {@code uri} the application starts its own embedded Neo4j under
 * {@code dataDir}; with a {@code uri} it uses that server or cluster and starts nothing.
 *
 * <p>Bound from {@code disputatio.*}, so the environment variables {@code DISPUTATIO_DATA_DIR},
 * {@code DISPUTATIO_NEO4J_URI}, {@code DISPUTATIO_NEO4J_USERNAME} and {@code DISPUTATIO_NEO4J_PASSWORD}
 * work through Spring's relaxed binding.
 */
@ConfigurationProperties("disputatio")
public record DatabaseProperties(
        @DefaultValue("./data") Path dataDir, @DefaultValue Neo4j neo4j) {

    public record Neo4j(
            @Nullable URI uri,
            @DefaultValue("neo4j") String username,
            @Nullable String password,
            @DefaultValue Embedded embedded) {}

    /**
     * The embedded server. Port 0 picks a free port, which keeps parallel test runs and a second
     * copy of the app from colliding; set a fixed port to reach the embedded server from Neo4j
     * tools.
     */
    public record Embedded(
            @DefaultValue("127.0.0.1") String boltAddress,
            @DefaultValue("0") int boltPort,
            @DefaultValue("256m") String pageCache) {}
}
