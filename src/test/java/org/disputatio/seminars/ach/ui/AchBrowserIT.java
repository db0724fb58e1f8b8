package org.disputatio.seminars.ach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium, on the shipped essay: a member reaches the matrix from the workspace, defines two hypotheses and two
 * items, rates cells by select and by keyboard, and sees the ranking, the diagnosticity and the sensitivity in
 * words; the group matrix shows the same ratings read-only.
 */
@IntegrationTest
class AchBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withEssay().withUsers("ada");

    @Autowired
    MapCatalog catalog;

    @Test
    void memberDefinesTwoHypotheses_ratesCells_andSeesTheRankingAndWhatWouldChangeIt() {
        Page page = chromium.signIn(chromium.newPage(1440, 900, "en-US"), "ada", TestUsers.PASSWORD);

        page.navigate(chromium.url("/workspace/" + ShippedEssay.ID.value()));
        page.locator("#workspace-ach").click();
        page.waitForURL("**/maps/" + ShippedEssay.ID.value() + "/ach");
        page.locator("#ach-heading").waitFor();
        assertThat(page.locator("#ach-heading").textContent()).startsWith("Competing hypotheses: ");

        addHypothesis(page, "The constitutional campaign was a sincere reform", "H1");
        addHypothesis(page, "It was a cover for repression", "H2");
        var content = catalog.content(ShippedEssay.ID).orElseThrow();
        addItem(page, content.claims().get(0).id(), "E1");
        addItem(page, content.claims().get(1).id(), "E2");

        // H1: E1 C, E2 II; H2: E1 I (by keyboard), E2 C. H1 = -2, H2 = -1: H2 first.
        rate(page, "#ach-cell-H1-E1", "C");
        rate(page, "#ach-cell-H1-E2", "II");
        rate(page, "#ach-cell-H2-E2", "C");
        String before = rendered(page);
        page.locator("#ach-cell-H2-E1").focus();
        page.keyboard().press("I");
        // Chromium applies a typed letter to a closed select at once; Tab leaves it, as a user moving on would.
        page.keyboard().press("Tab");
        awaitRendering(page, before);
        assertThat(page.locator("#ach-cell-H2-E1").inputValue()).isEqualTo("I");
        page.locator("#ach-rank-H1:has-text('-2.00')").waitFor();

        assertThat(page.locator("#ach-ranking li").allTextContents())
                .containsExactly(
                        "1. H2: It was a cover for repression (-1.00)",
                        "2. H1: The constitutional campaign was a sincere reform (-2.00)");
        assertThat(page.locator("#ach-score-H1").textContent()).isEqualTo("-2.00 (#2)");
        assertThat(page.locator("#ach-diagnosticity-E2").textContent()).isEqualTo("spread 3 (score spread 2.00)");
        assertThat(page.locator("#ach-diagnosticity-E1").textContent()).isEqualTo("spread 2 (score spread 1.00)");
        assertThat(page.locator("#ach-sensitivity li").allTextContents()).contains("Dropping E2 would put H1 first.");

        // The group matrix: one member so far, the same ratings, read-only, with spread and raters.
        page.locator("#ach-which vaadin-radio-button:has-text('Group matrix')").click();
        page.locator("#ach-matrix select")
                .first()
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
        assertThat(page.locator("#ach-cell-H2-E1").textContent()).isEqualTo("I (spread 0, 1 raters)");
        assertThat(page.locator("#ach-ranking li").first().textContent())
                .isEqualTo("1. H2: It was a cover for repression (-1.00)");
    }

    private static void addHypothesis(Page page, String text, String label) {
        page.locator("#ach-hypothesis-text input").fill(text);
        page.locator("#ach-hypothesis-add").click();
        page.locator("#ach-hypothesis-" + label).waitFor();
        assertThat(page.locator("#ach-hypothesis-" + label).textContent()).isEqualTo(label + " — " + text);
    }

    private static void addItem(Page page, String claimId, String label) {
        page.locator("#ach-item-pick input").fill("claim " + claimId + " — ");
        page.locator("vaadin-combo-box-item").first().click();
        page.locator("#ach-item-add").click();
        page.locator("#ach-row-" + label).waitFor();
        assertThat(page.locator("#ach-row-" + label + " td").first().textContent())
                .startsWith(label + " (claim " + claimId + ") ");
    }

    private static void rate(Page page, String cell, String rating) {
        String before = rendered(page);
        page.locator(cell).selectOption(rating);
        awaitRendering(page, before);
        assertThat(page.locator(cell).inputValue()).isEqualTo(rating);
    }

    /** The matrix is drawn again after each write; the next action must reach the new one. */
    private static String rendered(Page page) {
        return page.locator("#ach-matrix").getAttribute("data-rendered");
    }

    private static void awaitRendering(Page page, String before) {
        page.waitForCondition(() -> !before.equals(rendered(page)));
    }
}
