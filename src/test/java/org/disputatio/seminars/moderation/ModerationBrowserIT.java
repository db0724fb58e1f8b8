package org.disputatio.seminars.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Moderation in Debian's headless Chromium: a group's instructor marks a member's evidence from the queue, hides and
 * restores it; the member sees the mark on their contribution (in French); the group's activity lists both.
 */
@IntegrationTest
class ModerationBrowserIT {

    static final String MAP = "mod-browser";
    static final String GROUP = "g-browser";

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers("ada", "ines");

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ModerationService moderation;

    String evidenceId;

    @BeforeEach
    void load() {
        catalog.create(SampleMaps.twoVoices(MAP));
        ModerationFixture.group(driver, GROUP, List.of(MAP), Map.of("ines", "instructor", "ada", "member"));
        evidenceId = evidence.attach(
                        new MapId(MAP),
                        new EvidenceDraft("c3", "s1", "p. 12", "Blue at noon.", null, Stance.FOR, null, null),
                        "ada")
                .id();
    }

    Page signedIn(String user, String locale) {
        return chromium.signIn(chromium.newPage(1400, 900, locale), user, TestUsers.PASSWORD);
    }

    @Test
    void instructorMarksHidesAndRestores_authorSeesTheMark_activityListsIt() {
        Page ines = signedIn("ines", "en-US");
        ines.navigate(chromium.url("/moderation/" + MAP + "?item=" + evidenceId));
        ines.locator("#moderation-mark").waitFor();
        assertThat(ines.locator("#moderation-item input").inputValue()).isEqualTo(evidenceId);
        ines.locator("#moderation-note textarea").fill("Which page of the log?");
        ines.locator("#moderation-mark").click();
        ines.locator("#moderation-queue vaadin-grid-cell-content:has-text('Blue at noon.')")
                .waitFor();
        String reviewId = moderation.reviews(new MapId(MAP), "ines").get(0).id();
        assertThat(ines.locator("#moderation-queue").textContent())
                .contains("evidence", "ada", "unclear", "Which page of the log?", "ines", "open");
        Chromium.shot(ines, "moderation-queue-open.png");

        ines.locator("#moderation-hide-" + reviewId).click();
        ines.locator("#moderation-restore-" + reviewId).waitFor();
        assertThat(evidence.find(new MapId(MAP), evidenceId)).isEmpty();
        assertThat(ines.locator("#moderation-queue").textContent()).contains("hidden");
        Chromium.shot(ines, "moderation-queue-hidden.png");

        ines.locator("#moderation-restore-" + reviewId).click();
        ines.locator("#moderation-hide-" + reviewId).waitFor();
        assertThat(evidence.find(new MapId(MAP), evidenceId)).isPresent();

        Page ada = signedIn("ada", "fr-FR");
        ada.navigate(chromium.url("/moderation/" + MAP));
        ada.locator("#moderation-queue vaadin-grid-cell-content:has-text('Blue at noon.')")
                .waitFor();
        assertThat(ada.locator("#moderation-intro").textContent())
                .isEqualTo("Les signalements sur vos contributions, et ce que les modérateurs ont décidé.");
        assertThat(ada.locator("#moderation-queue").textContent()).contains("peu clair", "rétabli");
        assertThat(ada.locator("#moderation-mark").isVisible()).isFalse();
        assertThat(ada.locator("[id^='moderation-hide-']").count()).isZero();

        ines.navigate(chromium.url("/groups/" + GROUP + "/activity"));
        ines.locator("#group-activity vaadin-grid-cell-content:has-text('item restored')")
                .waitFor();
        assertThat(ines.locator("#group-activity").textContent())
                .contains("marked for review", "item hidden", "item restored", "evidence attached", "Two voices");
        Chromium.shot(ines, "group-activity.png");
    }
}
