package org.disputatio.database;

import java.net.URI;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An external server or cluster named by {@code disputatio.neo4j.uri} ({@code DISPUTATIO_NEO4J_URI}).
 * When only Boot's own {@code spring.neo4j.*} properties are set, Boot's auto-configuration handles
 * them and this class stays out of the way.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("disputatio.neo4j.uri")
class ExternalNeo4jConfiguration {

    private static final Set<String> SCHEMES = Set.of("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc");

    @Bean
    Neo4jConnectionDetails externalNeo4jConnectionDetails(DatabaseProperties properties) {
        var neo4j = properties.neo4j();
        URI uri = Objects.requireNonNull(neo4j.uri());
        if (uri.getScheme() == null || !SCHEMES.contains(uri.getScheme())) {
            throw new DatabaseStartupException(
                    "disputatio.neo4j.uri",
                    "DISPUTATIO_NEO4J_URI (disputatio.neo4j.uri) is '" + uri
                            + "'; it must start with bolt://, neo4j:// or neo4j+s:// (or their +s/+ssc forms).");
        }
        if (neo4j.password() == null || neo4j.password().isBlank()) {
            throw new DatabaseStartupException(
                    "disputatio.neo4j.password",
                    "DISPUTATIO_NEO4J_URI is set but DISPUTATIO_NEO4J_PASSWORD (disputatio.neo4j.password) is empty.");
        }
        AuthToken token = AuthTokens.basic(neo4j.username(), neo4j.password());
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return uri;
            }

            @Override
            public AuthToken getAuthToken() {
                return token;
            }
        };
    }
}
