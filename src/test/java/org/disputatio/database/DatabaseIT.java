package org.disputatio.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@IntegrationTest
class DatabaseIT {

    @Autowired
    Driver driver;

    @Autowired
    EmbeddedNeo4j embedded;

    @LocalServerPort
    int port;

    @Test
    void embeddedServer_listensOnLoopbackOnly() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void startUp_appliesSchemaMigrations() {
        try (var session = driver.session()) {
            List<String> constraints = session.run("SHOW CONSTRAINTS YIELD name RETURN name")
                    .list(r -> r.get("name").asString());
            List<String> indexes = session.run("SHOW INDEXES YIELD name, type RETURN name, type")
                    .list(r -> r.get("name").asString() + ":" + r.get("type").asString());
            assertThat(constraints).contains("map_id", "claim_key", "source_key", "user_name");
            assertThat(indexes)
                    .contains(
                            "claim_words_french_by_map:FULLTEXT",
                            "words_folding_by_map:FULLTEXT",
                            "citation_locators_by_map:FULLTEXT");
            assertThat(indexes).doesNotContain("claim_text:FULLTEXT");
        }
    }

    @Test
    void boltRequiresThePassword() {
        try (var intruder = org.neo4j.driver.GraphDatabase.driver(
                embedded.boltUri(), org.neo4j.driver.AuthTokens.basic("neo4j", "neo4j"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(intruder::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
        }
    }

    @Test
    void healthEndpoint_reportsTheNeo4jConnection() {
        String body = RestClient.create("http://127.0.0.1:" + port)
                .get()
                .uri("/actuator/health")
                .retrieve()
                .body(String.class);
        assertThat(body).contains("\"status\":\"UP\"").contains("\"neo4j\":{\"status\":\"UP\"");
    }
}
