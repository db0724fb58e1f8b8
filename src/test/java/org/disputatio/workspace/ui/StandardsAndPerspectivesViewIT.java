package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Perspective;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless: the claim panel's proof standard (shown, explained, changed by a signed-in user) and the
 * workspace's perspective select (ADR 031), on the two-voices map (a1 concludes c1 from c2).
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class StandardsAndPerspectivesViewIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("standards-view");

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    RatingService ratings;

    @Autowired
    EvaluationService evaluations;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada", "brigitte");
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void claimPanel_showsTheStandard_andASignedInUserChangesIt() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.selectClaim("c3");
        var field = view.claimPanel.standard;
        assertThat(field.select.getValue()).isEqualTo(ProofStandard.PREPONDERANCE);
        assertThat(field.select.isReadOnly()).isFalse();
        assertThat(field.explanation.getText())
                .isEqualTo("Accepted when its best support outweighs its best counter-evidence (the default).");
        assertThat(view.claimPanel.assessment.getElement().getTextRecursively()).contains("IN");

        test(field.select).selectItem("Clear and convincing evidence");

        assertThat(view.workspace().evaluation().standard("c3")).isEqualTo(ProofStandard.CLEAR_AND_CONVINCING);
        assertThat(field.explanation.getText())
                .isEqualTo("Accepted when its best support weighs more than 0.5 and outweighs its best"
                        + " counter-evidence by more than 0.3.");
        assertThat(view.claimPanel.assessment.getElement().getTextRecursively())
                .contains("its proof standard is not met");
    }

    @Test
    void anonymousVisitors_seeTheStandard_readOnly() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.selectClaim("c1");
        assertThat(view.claimPanel.standard.select.getValue()).isEqualTo(ProofStandard.PREPONDERANCE);
        assertThat(view.claimPanel.standard.select.isReadOnly()).isTrue();
        assertThat(view.perspective.getListDataView().getItems()).containsExactly(PerspectiveSelect.ALL);
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void perspectiveSelect_reEvaluatesWithOneUsersRatings() {
        ratings.rateInference(MAP, "a1", "ada", 0.75);
        ratings.rateInference(MAP, "a1", "brigitte", 0.25);
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.selectClaim("c1");
        assertThat(view.perspective.getListDataView().getItems())
                .containsExactly(PerspectiveSelect.ALL, PerspectiveSelect.MINE, "ada", "brigitte");
        assertThat(view.claimPanel.supports.getElement().getTextRecursively()).contains("strength 0.25");

        test(view.perspective).selectItem("My ratings");
        assertThat(view.claimPanel.supports.getElement().getTextRecursively())
                .contains("strength 0.38"); // 0.75 x c2 at 0.5

        test(view.perspective).selectItem("brigitte");
        assertThat(view.claimPanel.supports.getElement().getTextRecursively()).contains("strength 0.13"); // 0.25 x 0.5

        test(view.perspective).selectItem("Everyone's ratings");
        assertThat(view.claimPanel.supports.getElement().getTextRecursively())
                .contains("strength 0.25"); // the mean, 0.5 x 0.5
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void whatIf_underAPerspective_weighsThatUsersRatings_beforeAndAfter() {
        ratings.rateInference(MAP, "a1", "ada", 0.75);
        ratings.rateInference(MAP, "a1", "brigitte", 0.25);
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        test(view.perspective).selectItem("My ratings");

        view.changeWhatIf(java.util.List.of("s1"));

        var shift = view.whatIf.shift("c1").orElseThrow();
        assertThat(shift.before().strength()).isEqualTo(strengthOfC1(java.util.Set.of(), Perspective.of("ada")));
        assertThat(shift.after().strength()).isEqualTo(strengthOfC1(java.util.Set.of("s1"), Perspective.of("ada")));
        // Everyone's ratings give c1 another strength without s1: the scenario did not fall back to them.
        assertThat(shift.after().strength()).isNotEqualTo(strengthOfC1(java.util.Set.of("s1"), Perspective.ALL));
    }

    private double strengthOfC1(java.util.Set<String> rejected, Perspective perspective) {
        return evaluations
                .evaluate(MAP, Semantics.DF_QUAD, rejected, perspective)
                .orElseThrow()
                .evaluation()
                .claims()
                .stream()
                .filter(c -> c.id().equals("c1"))
                .findFirst()
                .orElseThrow()
                .strength()
                .getAsDouble();
    }
}
