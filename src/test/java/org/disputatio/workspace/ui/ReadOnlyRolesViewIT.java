package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.seminars.SeminarFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless (gaps13, issue 13): a group's viewer is not offered write controls that the change log would refuse;
 * they stay visible, disabled, with the reason as their tooltip. A member of the group writes as before.
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class ReadOnlyRolesViewIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("read-only-roles");
    static final String READ_ONLY = "Read only: only the members of the group working on this map write to it.";

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        SeminarFixture.groupMap(driver, MAP.value());
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    private List<Button> writeControls(WorkspaceView view) {
        view.selectClaim("c1");
        // On its tab: the content of a tab not shown is disabled by the tab sheet itself.
        view.openSource("s1");
        return List.of(
                view.claimPanel.addEvidence,
                view.claimPanel.addCounterArgument,
                view.sources.grade,
                view.sources.contest);
    }

    @Test
    @WithMockUser(username = SeminarFixture.VIEWER, roles = "USER")
    void aViewer_seesTheWriteControlsDisabled_withTheReasonAsTooltip() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);

        assertThat(view.writer()).isEmpty();
        for (Button b : writeControls(view)) {
            assertThat(b.isEnabled()).as(b.getText()).isFalse();
            assertThat(b.getTooltip().getText()).as(b.getText()).isEqualTo(READ_ONLY);
        }
        assertThat(view.claimPanel.standard.select.isReadOnly()).isTrue();
        assertThat(view.claimPanel.standard.select.getHelperText()).isEqualTo(READ_ONLY);
        // Selecting words offers no "New claim" either.
        view.reader.select(0, 5);
        assertThat(view.reader.selectionBar.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = SeminarFixture.MEMBER, roles = "USER")
    void aMember_writes() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);

        assertThat(view.writer()).contains(SeminarFixture.MEMBER);
        for (Button b : writeControls(view)) {
            assertThat(b.isEnabled()).as(b.getText()).isTrue();
        }
        assertThat(view.claimPanel.standard.select.isReadOnly()).isFalse();
    }
}
