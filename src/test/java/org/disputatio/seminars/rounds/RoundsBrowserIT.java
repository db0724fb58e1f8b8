package org.disputatio.seminars.rounds;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A blind round on the essay map in Debian's headless Chromium, three people in their own sessions: the admin (the
 * essay's instructor, as it has no owner) reaches Rounds from the workspace and opens a round on two arguments; Ada
 * and Brigitte rate them, each seeing only their own ratings; the admin sees who has rated, closes the round and
 * sees alpha with its interpretation, the chart and the CSV. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class RoundsBrowserIT {

    static final String MAP = ShippedEssay.ID.value();

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withEssay().withUsers("ada", "brigitte");

    Page signedIn(String user, String password) {
        return chromium.signIn(chromium.newPage(1400, 900, "en-US"), user, password);
    }

    /** Picks a value in one of the page's selects (only the open one's items are visible) and waits for the save. */
    static void choose(Page page, String select, String option) {
        Object before = page.evaluate("() => document.querySelector('#round-detail').dataset.rated ?? ''");
        page.locator(select).click();
        page.locator("vaadin-select-item:visible:has-text('" + option + "')").click();
        page.waitForFunction(
                "before => (document.querySelector('#round-detail').dataset.rated ?? '') !== before", before);
    }

    @Test
    void anInstructorOpensARound_twoMembersRateBlind_andClosingRevealsAlpha() throws Exception {
        Page instructor = signedIn("admin", IntegrationTest.ADMIN_PASSWORD);
        instructor.navigate(chromium.url("/workspace/" + MAP));
        instructor.locator("#workspace-rounds").click();
        instructor.waitForURL("**/maps/" + MAP + "/rounds");

        instructor.locator("#round-kind").click();
        instructor
                .locator("vaadin-select-item:visible:has-text('Inference strength')")
                .click();
        instructor.locator("#round-items input").click();
        var options = instructor.locator("vaadin-multi-select-combo-box-item");
        options.first().waitFor();
        options.nth(0).click();
        options.nth(1).click();
        instructor.keyboard().press("Escape");
        instructor.locator("#round-open").click();
        instructor.locator("#round-detail[data-status='open']").waitFor();
        assertThat(instructor.locator("#round-raters").textContent()).isEqualTo("Nobody has rated yet.");
        Chromium.shot(instructor, "rounds-opened.png");

        Page ada = signedIn("ada", TestUsers.PASSWORD);
        ada.navigate(chromium.url("/maps/" + MAP + "/rounds"));
        ada.locator("#round-detail[data-status='open']").waitFor();
        assertThat(ada.locator("#round-open").count())
                .as("members open no rounds")
                .isZero();
        assertThat(ada.locator("#round-close").count()).isZero();
        choose(ada, "#round-rate-0", "1 — conclusive");
        choose(ada, "#round-rate-1", "½ — moderate");

        Page brigitte = signedIn("brigitte", TestUsers.PASSWORD);
        brigitte.navigate(chromium.url("/maps/" + MAP + "/rounds"));
        brigitte.locator("#round-detail[data-status='open']").waitFor();
        // Blind: Brigitte learns that Ada rated, not what; her own controls start empty.
        assertThat(brigitte.locator("#round-raters").textContent()).isEqualTo("Rated so far: ada");
        assertThat(brigitte.evaluate("() => document.querySelector('#round-rate-0').value"))
                .isIn("", null);
        assertThat(brigitte.evaluate("() => document.querySelector('#round-rate-1').value"))
                .isIn("", null);
        assertThat(brigitte.locator("#round-alpha-value").count()).isZero();
        choose(brigitte, "#round-rate-0", "¾ — strong");
        choose(brigitte, "#round-rate-1", "½ — moderate");
        // The control does show a rating once given: the emptiness above means something.
        assertThat(brigitte.evaluate("() => document.querySelector('#round-rate-1').value"))
                .isNotIn("", null);
        Chromium.shot(brigitte, "rounds-member-rating.png");

        instructor.locator("#round-refresh").click();
        instructor.waitForFunction(
                "() => document.querySelector('#round-raters')?.textContent === 'Rated so far: ada, brigitte'");
        // The instructor sees who has rated, not what: their own controls are empty, no results yet.
        assertThat(instructor.evaluate("() => document.querySelector('#round-rate-0').value"))
                .isIn("", null);
        assertThat(instructor.evaluate("() => document.querySelector('#round-rate-1').value"))
                .isIn("", null);
        assertThat(instructor.locator("#round-alpha-value").count()).isZero();
        instructor.locator("#round-close").click();
        var alpha = instructor.locator("#round-alpha-value");
        alpha.waitFor();
        // Ranks 4, 3 and 2, 2: alpha = 5/6 (ordinal).
        assertThat(alpha.getAttribute("data-alpha")).isEqualTo("0.833");
        assertThat(alpha.textContent())
                .isEqualTo("Agreement on the ratings: Krippendorff's alpha = 0.833 — reliable (α ≥ 0.800)");
        assertThat(instructor.locator(".round-alpha-explained").first().textContent())
                .startsWith("Alpha says how far the raters agree beyond what chance would give");
        instructor.locator("#round-chart-value").waitFor();
        Chromium.shot(instructor, "rounds-closed.png");
        Download download = instructor.waitForDownload(
                () -> instructor.locator("#round-csv").click());
        String csv = Files.readString(download.path());
        assertThat(csv.lines().toList()).first().isEqualTo("row,item_id,user,value,alpha_value,interpretation_value");
        assertThat(csv.lines().toList()).last().isEqualTo("round,,,,0.8333,reliable");

        // Ada now sees the results too, her rating against the group's.
        ada.reload();
        ada.locator("#round-alpha-value").waitFor();
        assertThat(ada.locator("#round-results-value").textContent()).contains("1×1", "0.75×1", "0.875");
    }
}
