package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.disputatio.seminars.SeminarFixture;
import org.disputatio.seminars.moderation.ModerationService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless (gaps13, issue 13 point 3): a contestation marked for review shows the mark in the Sources tab to its
 * author; a hidden evidence item is listed, dimmed and labelled "hidden", for moderators only, who restore it there;
 * other members do not see it at all.
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class ModerationInWorkspaceIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("moderated-map");

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ContestationService contestations;

    @Autowired
    ModerationService moderation;

    String contestationId;
    String evidenceId;
    String hideReview;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        SeminarFixture.groupMap(driver, MAP.value());
        contestationId = contestations
                .contest(MAP, "s1", SeminarFixture.MEMBER, "Gamma was asleep.")
                .id();
        moderation.request(MAP, contestationId, "unsupported", "Say why you think so.", SeminarFixture.INSTRUCTOR);
        evidenceId = evidence.attach(
                        MAP,
                        new EvidenceDraft("c3", "s1", "p. 12", "Blue at noon", null, Stance.FOR, null, null),
                        SeminarFixture.MEMBER)
                .id();
        hideReview = moderation
                .request(MAP, evidenceId, "off-topic", "", SeminarFixture.INSTRUCTOR)
                .id();
        moderation.hide(MAP, hideReview, SeminarFixture.INSTRUCTOR);
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    private static Stream<Component> tree(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(ModerationInWorkspaceIT::tree));
    }

    private static List<String> markTexts(Component root, String id) {
        return tree(root)
                .filter(c -> c.getId().orElse("").equals(id))
                .map(c -> ((Span) c).getText())
                .toList();
    }

    @Test
    @WithMockUser(username = SeminarFixture.MEMBER, roles = "USER")
    void theAuthor_seesTheMarkOnTheirContestation_andNoHiddenItems() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.sources.showSource("s1");

        assertThat(markTexts(view.sources, "contestation-review-mark-" + contestationId))
                .containsExactly("⚑ Marked for review: unsupported — Say why you think so. (ines)");
        assertThat(view.hiddenItems.isVisible()).isFalse();
    }

    @Test
    @WithMockUser(username = SeminarFixture.VIEWER, roles = "USER")
    void anotherMember_seesNeitherTheMarkNorTheHiddenItem() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.sources.showSource("s1");

        assertThat(markTexts(view.sources, "contestation-review-mark-" + contestationId))
                .isEmpty();
        assertThat(view.hiddenItems.isVisible()).isFalse();
        assertThat(view.service().evidence(MAP)).isEmpty();
    }

    @Test
    @WithMockUser(username = SeminarFixture.INSTRUCTOR, roles = "USER")
    void aModerator_seesTheHiddenItemDimmed_andRestoresIt() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);

        assertThat(view.hiddenItems.isVisible()).isTrue();
        assertThat(view.hiddenItems.details.getSummaryText()).isEqualTo("Hidden items (1) — only moderators see them");
        var line = tree(view.hiddenItems.rows)
                .filter(c -> c.getId().orElse("").equals("hidden-item-" + evidenceId))
                .findFirst()
                .orElseThrow();
        assertThat(tree(line).filter(Span.class::isInstance).map(c -> ((Span) c).getText()))
                .containsExactly("hidden", "evidence: Blue at noon (off-topic)");

        tree(view.hiddenItems.rows)
                .filter(c -> c.getId().orElse("").equals("hidden-restore-" + hideReview))
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .findFirst()
                .orElseThrow()
                .click();

        assertThat(view.service().evidence(MAP)).extracting(e -> e.id()).containsExactly(evidenceId);
        assertThat(view.hiddenItems.isVisible()).isFalse();
        assertThat(moderation.find(MAP, hideReview).orElseThrow().status().apiName())
                .isEqualTo("restored");
    }
}
