package org.disputatio.database;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no Neo4j URI configured (neither {@code disputatio.neo4j.uri} nor {@code spring.neo4j.uri}),
 * starts the embedded server. Boot's own auto-configuration then builds the driver from the
 * connection details below, so the server starts before the driver and stops after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${disputatio.neo4j.uri:}'.isEmpty() and '${spring.neo4j.uri:}'.isEmpty()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties) {
        var embedded = properties.neo4j().embedded();
        return EmbeddedNeo4j.start(
                properties.dataDir(), embedded.boltAddress(), embedded.boltPort(), embedded.pageCache());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j server) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return server.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(server.username(), server.password());
            }
        };
    }
}
