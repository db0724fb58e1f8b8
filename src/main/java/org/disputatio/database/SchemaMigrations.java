package org.disputatio.database;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.neo4j.driver.exceptions.AuthenticationException;
import org.neo4j.driver.exceptions.SecurityException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Checks the connection and applies the schema migrations in {@code classpath:neo4j/migrations} at
 * start-up, before any feature touches the database. neo4j-migrations records what it applied, so a
 * second start changes nothing.
 */
@Component
public class SchemaMigrations implements InitializingBean {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    private final Driver driver;

    SchemaMigrations(Driver driver) {
        this.driver = driver;
    }

    @Override
    public void afterPropertiesSet() {
        apply(driver);
    }

    /** Applies the migrations through {@code driver}; also for the command line, which runs without Spring. */
    public static void apply(Driver driver) {
        verifyConnectivity(driver);
        var config = MigrationsConfig.builder()
                .withLocationsToScan("classpath:neo4j/migrations")
                .withInstalledBy("disputatio")
                .build();
        var applied = new Migrations(config, driver).apply();
        log.info("Neo4j schema at version {}", applied.map(Object::toString).orElse("(none)"));
    }

    static void verifyConnectivity(Driver driver) {
        try {
            driver.verifyConnectivity();
        } catch (AuthenticationException e) {
            throw new DatabaseStartupException(
                    "disputatio.neo4j.password",
                    "Neo4j refused the user name or password (DISPUTATIO_NEO4J_USERNAME / DISPUTATIO_NEO4J_PASSWORD): "
                            + e.getMessage(),
                    e);
        } catch (ServiceUnavailableException | SecurityException e) {
            throw new DatabaseStartupException(
                    "disputatio.neo4j.uri",
                    "Cannot reach Neo4j at the configured URI (DISPUTATIO_NEO4J_URI / disputatio.neo4j.uri): "
                            + e.getMessage(),
                    e);
        } catch (IllegalArgumentException e) {
            throw new DatabaseStartupException(
                    "disputatio.neo4j.uri",
                    "The Neo4j URI is not valid (DISPUTATIO_NEO4J_URI / disputatio.neo4j.uri): " + e.getMessage(),
                    e);
        }
    }
}
