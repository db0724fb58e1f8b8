package org.disputatio.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: "Import from another tool" on the new-map page: the formats, the report, the link, a refusal. */
@IntegrationTest
@ViewPackages(packages = "org.disputatio.authoring.ui")
class ImportFromToolIT extends SpringBrowserlessTest {

    @Autowired
    Driver driver;

    @Autowired
    AccountService accounts;

    @Autowired
    MapCatalog catalog;

    @BeforeEach
    void setUp() {
        TestGraphs.clear(driver);
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = ImportFromToolIT.class.getResourceAsStream("/interchange/aif/" + name)) {
            return in.readAllBytes();
        }
    }

    ImportFromTool section() {
        navigate("maps/new", VerticalLayout.class);
        return $(ImportFromTool.class).single();
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void xaifFile_becomesAMapOfTheUser_andTheReportSaysWhatWasKeptAndWhatNot() throws IOException {
        var tool = section();
        // Every MapFormat bean, by name: AIF and xAIF (aif14), Argdown (argdown14).
        assertThat(tool.format.getListDataView().getItems()).containsExactly("aif", "argdown", "xaif");
        assertThat(tool.format.getItemLabelGenerator().apply("xaif")).isEqualTo("xAIF (OVA3 JSON)");
        tool.format.setValue("xaif");

        tool.read(fixture("xaif-dialogue.json"));

        assertThat(tool.error.getText()).isEmpty();
        assertThat(tool.report.getElement().getTextRecursively())
                .contains("Imported as the map \u201cimported-map\u201d.")
                .contains("3 claims")
                .contains("1 arguments")
                .contains("1 attacks")
                .contains("2 speakers")
                .contains("3 anchors in the text")
                .contains("Not mapped (2):")
                .contains("node 11 — TA node 'Default Transition': a transition between locutions");
        assertThat($(Anchor.class).id("import-open").getHref()).isEqualTo("workspace/imported-map");
        assertThat(catalog.find(new MapId("imported-map")).orElseThrow().owner())
                .isEqualTo("ada");
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void refusedFile_saysWhere_andMakesNoMap() {
        var tool = section();

        tool.read("{\"nodes\": [".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(tool.error.getText()).startsWith("The file was not imported (line 1): The file is not valid JSON");
        assertThat(tool.report.getChildren()).isEmpty();
        assertThat(catalog.maps()).isEmpty();
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void inFrench_theSectionSpeaksFrench() {
        UI.getCurrent().setLocale(Locale.FRENCH);

        var tool = section();

        assertThat(tool.getElement().getTextRecursively()).contains("Importer depuis un autre outil");
        assertThat(tool.format.getLabel()).isEqualTo("Format du fichier");
    }
}
