package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import java.util.stream.Stream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** Browserless: the History tab, the claim's and the source's history, Undo where allowed, kept live. */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class HistoryPanelIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("history-panel");

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    EvidenceService evidence;

    @Autowired
    RatingService ratings;

    String evidenceId;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada", "brigitte");
        evidenceId = evidence.attach(
                        MAP,
                        new EvidenceDraft("c3", "s1", "p. 12", "Blue at noon", null, Stance.FOR, null, null),
                        "brigitte")
                .id();
        ratings.rateEvidence(MAP, evidenceId, "ada", 0.75);
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    void awaitRefresh(java.util.function.BooleanSupplier refreshed) {
        var deadline = java.time.Instant.now().plusSeconds(60);
        while (!refreshed.getAsBoolean()) {
            assertThat(java.time.Instant.now())
                    .as("the workspace refreshed within 60 s")
                    .isBefore(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            // The broadcaster's refresh waits in the session's queue while this test thread holds the lock.
            var session = com.vaadin.flow.server.VaadinSession.getCurrent();
            session.getService().runPendingAccessTasks(session);
        }
    }

    static List<Button> undoButtons(Component list) {
        return descendants(list)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .toList();
    }

    static Stream<Component> descendants(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(HistoryPanelIT::descendants));
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void historyTab_listsTheMapsChangesNewestFirst_withUndoOnlyOnTheViewersOwn() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        assertThat(view.history.shown)
                .extracting(Change::seq, Change::kind, Change::user)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2L, ChangeKind.EvidenceRated, "ada"),
                        org.assertj.core.groups.Tuple.tuple(1L, ChangeKind.EvidenceAttached, "brigitte"));
        assertThat(view.history.getElement().getTextRecursively())
                .contains("#2 · ")
                .contains(" · ada · evidence rated: Rated evidence 0.75 (was none)")
                // Ids are for the database: readers never see them.
                .doesNotContain(evidenceId);
        var buttons = undoButtons(view.history);
        assertThat(buttons).hasSize(1);
        assertThat(buttons.getFirst().getText()).isEqualTo("Undo");

        // The claim panel shows the same change among the claim's evidence history; undo it there.
        view.selectClaim("c3");
        var inClaim = undoButtons(view.claimPanel.history);
        assertThat(inClaim).hasSize(1);
        test(inClaim.getFirst()).click();

        // The undo refreshed the workspace: the undo is on top, the rating gone.
        assertThat(view.history.shown)
                .extracting(Change::seq, Change::kind)
                .startsWith(org.assertj.core.groups.Tuple.tuple(3L, ChangeKind.ChangeUndone));
        assertThat(ratings.evidenceRatings(MAP, evidenceId, "ada").count()).isZero();
        // An undo is not undone again, and brigitte's attachment is hers to undo.
        assertThat(undoButtons(view.history)).isEmpty();
    }

    @Test
    @WithMockUser(username = "ada", roles = "USER")
    void claimPanelAndSourceDetails_showTheirItemsHistory_andFollowOtherUsersChangesLive() {
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        view.selectClaim("c3");
        assertThat(view.claimPanel.history.shown)
                .extracting(Change::kind)
                .containsExactly(ChangeKind.EvidenceRated, ChangeKind.EvidenceAttached);
        view.selectClaim("c1");
        assertThat(view.claimPanel.history.shown).isEmpty();

        // Another user's change reaches the open workspace through the broadcaster, on another thread.
        ratings.gradeSource(MAP, "s1", "brigitte", 'B', 2);
        awaitRefresh(() -> view.history.shown.getFirst().kind() == ChangeKind.SourceGraded);

        view.sources.showSource("s1");
        assertThat(view.sources.history.shown)
                .extracting(Change::kind, Change::user)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ChangeKind.SourceGraded, "brigitte"));
        assertThat(undoButtons(view.sources.history)).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void frenchInterface_namesTheKinds_andAdminsMayUndoAnyChange() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        var view = navigate("workspace/" + MAP.value(), WorkspaceView.class);
        assertThat(view.history.getElement().getTextRecursively())
                .contains("n° 2 · ")
                .contains("preuve notée")
                .contains("preuve ajoutée");
        assertThat(undoButtons(view.history)).extracting(Button::getText).containsExactly("Annuler", "Annuler");
    }
}
