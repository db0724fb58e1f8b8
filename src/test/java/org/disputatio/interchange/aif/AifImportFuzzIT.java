package org.disputatio.interchange.aif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.MapImports;
import org.disputatio.maps.MapCatalog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 14 point 4 against the database: mutated AIF files (those of {@link AifImportProperties}, fixed seeds) are
 * either stored whole as a readable map or refused with nothing written: an import is one transaction.
 */
@IntegrationTest
class AifImportFuzzIT {

    @Autowired
    MapImports imports;

    @Autowired
    MapCatalog catalog;

    @Autowired
    Driver driver;

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    long nodes() {
        try (var session = driver.session()) {
            return session.run("MATCH (n) RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    @Test
    void mutatedFiles_areStoredWholeOrLeaveNothing() throws Exception {
        TestGraphs.clear(driver);
        int stored = 0;
        int refused = 0;
        for (long seed = 1; seed <= 90; seed++) {
            byte[] file = AifImportProperties.mutate(
                    AifImportProperties.VALID.get((int) (seed % AifImportProperties.VALID.size())), seed);
            long before = nodes();
            try {
                var imported = imports.importMap("aif", new ByteArrayInputStream(file), "fuzz");
                var map = catalog.content(imported.id()).orElseThrow();
                assertThat(map.claims())
                        .as("seed %d", seed)
                        .hasSize(imported.report().kept().get("claims"));
                stored++;
            } catch (InterchangeFileException e) {
                assertThat(e.where()).as("seed %d", seed).isNotBlank();
                assertThat(nodes()).as("seed %d: %s", seed, e.getMessage()).isEqualTo(before);
                refused++;
            }
        }
        assertThat(stored).as("some mutations still make a map").isPositive();
        assertThat(refused).as("some mutations are refused").isPositive();
    }
}
