package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.security.AccountService;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A copy of the shipped essay is exact: every item, link and anchor, and the same evaluation. */
@IntegrationTest
class MapCopyIT {

    @Autowired
    MapCatalog catalog;

    @Autowired
    MapOwnership ownership;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @Autowired
    TextImport imports;

    @LocalServerPort
    int port;

    @BeforeEach
    void essay() {
        TestGraphs.clear(driver);
        ShippedEssay.ensureStored(catalog);
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void copyOfTheEssay_hasExactlyItsContent_andTheSameEvaluation() throws Exception {
        MapId copyId = ownership.copy(ShippedEssay.ID, "My copy of the essay", "ada");

        MapContent original = catalog.content(ShippedEssay.ID).orElseThrow();
        MapContent copy = catalog.content(copyId).orElseThrow();
        assertThat(copy.claims()).hasSize(346);
        assertThat(copy.arguments()).hasSize(162);
        assertThat(copy.attacks()).hasSize(76);
        assertThat(copy.qualifications()).hasSize(18);
        assertThat(copy.sources()).hasSize(57);
        assertThat(copy.contestations()).hasSize(17);
        assertThat(copy.people()).hasSize(63);
        assertThat(copy.notes()).hasSize(24);
        assertThat(copy.events()).hasSize(36);
        assertThat(copy.claims().stream().mapToInt(c -> c.citations().size()).sum())
                .isEqualTo(242);
        assertThat(copy.sources().stream().mapToInt(s -> s.reportedBy().size()).sum())
                .isEqualTo(13);
        assertThat(copy.document().original()).isEqualTo(original.document().original());
        assertThat(copy)
                .isEqualTo(new MapContent(
                        copyId.value(),
                        "My copy of the essay",
                        original.language(),
                        original.document(),
                        original.claims(),
                        original.arguments(),
                        original.attacks(),
                        original.sources(),
                        original.contestations(),
                        original.people(),
                        original.notes(),
                        original.events(),
                        original.qualifications()));
        // The original is untouched: still one of each, nothing moved onto the copy.
        assertThat(catalog.content(ShippedEssay.ID).orElseThrow()).isEqualTo(original);
        assertThat(catalog.find(copyId).orElseThrow().owner()).isEqualTo("ada");

        var api = new ApiCalls(port);
        JsonNode before = api.send("GET", "/api/maps/" + ShippedEssay.ID.value() + "/evaluation", null, null)
                .json();
        JsonNode after = api.send("GET", "/api/maps/" + copyId.value() + "/evaluation", null, null)
                .json();
        assertThat(after.get("claims")).hasSize(346);
        assertThat(after.get("claims")).isEqualTo(before.get("claims"));
        assertThat(after.get("arguments")).isEqualTo(before.get("arguments"));
    }

    @Test
    void copyOfAMapMadeFromAPdf_keepsTheFileByteForByte_andItsSections() {
        MapId made = TestDocuments.mapFromEssayPdf(imports, "ada", "A text from a PDF");
        MapId copyId = ownership.copy(made, "Its copy", "ada");

        var original = catalog.originalFile(made).orElseThrow();
        var copied = catalog.originalFile(copyId).orElseThrow();
        assertThat(copied.bytes()).isEqualTo(original.bytes());
        assertThat(copied.sha256()).isEqualTo(original.sha256());
        assertThat(copied.fileName()).isEqualTo("essay.pdf");
        assertThat(copied.mediaType()).isEqualTo("application/pdf");
        assertThat(catalog.sections(copyId)).isEqualTo(catalog.sections(made));
        assertThat(catalog.content(copyId).orElseThrow().document())
                .isEqualTo(catalog.content(made).orElseThrow().document());
    }
}
