package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.nio.charset.StandardCharsets;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.authoring.TextImport;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.workspace.WorkspaceWrites;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless (fix12, issue 12): a new map's sections in the claim dialog, the reader's selection cleared once
 * "New claim" made it a claim, and a refused proof-standard change said in the claim panel.
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class AuthoringGapsViewIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("gaps-view");
    static final String MARKDOWN = "# The question\n\nIs the sky green?\n\n# The answer\n\nAlpha says it is green.\n";

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    TextImport textImport;

    @Autowired
    ClaimRevision revision;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void aNewMapsSections_areOfferedInTheClaimDialog_withTheSectionOfTheSelectedWordsChosen() {
        var reading = textImport.read(MARKDOWN.getBytes(StandardCharsets.UTF_8), "answer.md");
        MapId id = textImport.create(reading, new TextImport.Metadata("Sky", "en", "Alpha", null), "ada");
        var view = navigate("workspace/" + id.value(), WorkspaceView.class);
        var w = view.workspace();
        String text = w.map().document().text();
        int start = text.indexOf("Alpha says");
        assertThat(start).isPositive();

        var dialog = new ClaimDialog(
                w,
                null,
                new WorkspaceWrites.Anchor("Alpha says", start, start + "Alpha says".length()),
                view.writes(),
                "ada",
                view::refresh);

        assertThat(dialog.section.getListDataView().getItems()).containsExactly("1", "2");
        assertThat(dialog.section.getItemLabelGenerator().apply("1")).isEqualTo("1 · The question");
        assertThat(dialog.section.getItemLabelGenerator().apply("2")).isEqualTo("2 · The answer");
        assertThat(dialog.section.getValue()).isEqualTo("2");
        dialog.text.setValue("Alpha says the sky is green");
        dialog.submit();
        assertThat(dialog.error.isVisible()).as(dialog.error.getText()).isFalse();
        assertThat(catalog.content(id).orElseThrow().claims())
                .extracting(MapContent.Claim::section)
                .containsExactly("2");
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void newClaim_clearsTheSelection_soASecondNewClaimMakesNoDuplicate() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.reader.select(31, 43);
        assertThat(view.reader.selectionBar.isVisible()).isTrue();

        view.reader.claimActions.create.click();

        assertThat(catalog.content(MAP).orElseThrow().claims()).hasSize(4);
        assertThat(view.reader.selection()).isNull();
        assertThat(view.reader.selectionBar.isVisible()).isFalse();
        // A second "New claim" (its shortcut clicks the same button) finds no selection: nothing is added.
        view.reader.claimActions.create.click();
        assertThat(catalog.content(MAP).orElseThrow().claims()).hasSize(4);
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void aRefusedStandardChange_isSaidInTheClaimPanel_andTheStandardInForceStaysShown() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.selectClaim("c3");
        var field = view.claimPanel.standard;
        assertThat(field.refusal.isVisible()).isFalse();
        // Someone deletes the claim meanwhile; this session has not redrawn yet.
        revision.delete(MAP, "c3", null, "admin");

        test(field.select).selectItem("Clear and convincing evidence");

        assertThat(field.refusal.isVisible()).isTrue();
        assertThat(field.refusal.getText())
                .isEqualTo("The proof standard was not changed: There is no claim with the id 'c3' in this map.");
        assertThat(field.refusal.getElement().getAttribute("role")).isEqualTo("alert");
        assertThat(field.select.getValue()).isEqualTo(ProofStandard.PREPONDERANCE);
    }
}
