package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What-if everywhere and search, in Debian's headless Chromium: the banner naming the rejected source, the
 * before → after figures in the reader and the outline, the scenario in the URL (and back from it), the
 * comparison of two scenarios, and the search box. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class WhatIfBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvaluationService evaluations;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        page = chromium.newPage(1400, 900, "en-US");
    }

    /** "0.71 IN → 0.32 OUT" for c1 as the engine gives it, nothing rejected and s1 rejected. */
    private String expectedShiftOfC1() {
        MapId map = new MapId("two-voices");
        ClaimAssessment before = evaluations
                .evaluate(map, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation()
                .claim("c1");
        ClaimAssessment after = evaluations
                .evaluate(map, Semantics.DF_QUAD, Set.of("s1"))
                .orElseThrow()
                .evaluation()
                .claim("c1");
        return String.format(
                Locale.ROOT,
                "%.2f %s → %.2f %s",
                before.strength().getAsDouble(),
                before.label(),
                after.strength().getAsDouble(),
                after.label());
    }

    private void waitForReader() {
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 2");
    }

    @Test
    void rejectingASource_showsTheBanner_beforeAfterInReaderAndOutline_andPutsTheScenarioInTheUrl() {
        String shift = expectedShiftOfC1();
        page.navigate(chromium.url("/workspace/two-voices"));
        waitForReader();
        assertThat(page.locator("#what-if-banner").isVisible()).isFalse();

        page.locator("vaadin-tab:has-text('Sources')").click();
        page.locator("vaadin-grid-cell-content:has-text('On the sky')").click();
        page.locator("#what-if-reject").click();
        page.waitForURL("**/workspace/two-voices?reject=s1");

        page.locator("#what-if-banner").waitFor();
        assertThat(page.locator("#what-if-banner").textContent())
                .contains("What-if: the map without")
                .contains("Gamma (1999), On the sky")
                .contains("0 claims fall, 1 more change strength.");
        // The only claim that moves, named by its words, with its figure (and a "Show in the map" button between).
        assertThat(page.locator("#what-if-result").textContent()).contains("The sky is green", shift);
        Chromium.shot(page, "what-if-banner-sources.png");

        // The reader draws the figure next to the claim's words; the text itself is unchanged.
        page.locator("vaadin-tab:has-text('Reader')").click();
        page.waitForFunction("() => document.querySelector('claim-reader').dataset.whatIf === '1'");
        assertThat(
                        page.evaluate(
                                "() => document.querySelector(\"claim-reader mark.claim-span[data-claim='c1']\").dataset.whatIf"))
                .isEqualTo(shift);
        assertThat(
                        page.evaluate(
                                "() => getComputedStyle(document.querySelector(\"claim-reader mark[data-claim='c1']\"), '::after').content"))
                .isEqualTo("\" " + shift + "\"");
        Chromium.shot(page, "what-if-reader.png");

        page.locator("vaadin-tab:has-text('Outline')").click();
        // The outline's what-if column: the claim's figure before and after, in a cell of its own.
        var figure = page.locator("#outline-tree vaadin-grid-cell-content:text-is('" + shift + "')");
        figure.first().waitFor();
        assertThat(figure.count()).isEqualTo(1);
        Chromium.shot(page, "what-if-outline.png");

        // The URL restores the scenario in another browser session.
        var other = chromium.newContext(1280, 720, "en-US");
        Page shared = other.newPage();
        shared.navigate(page.url());
        shared.locator("#what-if-banner").waitFor();
        assertThat(shared.locator("#what-if-banner").textContent()).contains("Gamma (1999), On the sky");
        shared.waitForFunction("() => document.querySelector('claim-reader')?.dataset.whatIf === '1'");
        other.close();

        // Reset: the banner goes, the marks go, the URL is the plain workspace again.
        page.locator("#what-if-reset").click();
        page.waitForURL(u -> u.endsWith("/workspace/two-voices"));
        page.waitForFunction("() => document.querySelector('claim-reader').dataset.whatIf === '0'");
        assertThat(page.locator("#what-if-banner").isVisible()).isFalse();
    }

    @Test
    void comparison_listsTheClaimsThatDifferBetweenTwoScenarios_andLivesInTheUrl() {
        String shift = expectedShiftOfC1();
        String[] figures = shift.split(" → ");
        page.navigate(chromium.url("/workspace/two-voices?reject=s1"));
        page.locator("#what-if-banner").waitFor();
        page.locator("#what-if-compare").click();
        page.locator("#comparison-grid vaadin-grid-cell-content:has-text('The sky is green')")
                .waitFor();
        // A rejects s1, B rejects nothing: c1 differs, with A's figure then B's.
        assertThat(page.locator("#comparison-summary").textContent()).isEqualTo("1 claims differ between A and B.");
        var cells = page.locator("#comparison-grid vaadin-grid-cell-content").allTextContents();
        int row = cells.indexOf("The sky is green");
        assertThat(cells.subList(row, row + 3)).containsExactly("The sky is green", figures[1], figures[0]);
        Chromium.shot(page, "what-if-comparison.png");

        // Scenario B in the URL: the same source rejected on both sides leaves nothing to list.
        page.navigate(chromium.url("/workspace/two-voices?reject=s1&compare=s1"));
        page.locator("#comparison-summary:has-text('0 claims differ')").waitFor();
        assertThat(page.url()).endsWith("/workspace/two-voices?reject=s1&compare=s1");
    }

    @Test
    void searchBox_findsClaimsAndSources_andShowsAResultInTheMap() {
        page.navigate(chromium.url("/workspace/two-voices"));
        waitForReader();
        page.locator("#workspace-search input").fill("sky");
        page.locator("#search-claims li").first().waitFor();
        assertThat(page.locator("#search-claims li")
                        .evaluateAll("items => items.map(i => i.dataset.claim)")
                        .toString())
                .isEqualTo("[c1, c3]");
        assertThat(page.locator("#search-sources li")
                        .evaluateAll("items => items.map(i => i.dataset.source)")
                        .toString())
                .isEqualTo("[s1]");
        Chromium.shot(page, "search-results.png");

        page.locator("#search-claims li[data-claim='c3'] .search-show-map").click();
        page.waitForFunction("() => document.querySelector('workspace-graph')?.cy?.nodes().length > 0");
        assertThat(page.locator("vaadin-tab[selected]").textContent()).isEqualTo("Graph");
        page.locator("#claim-text:has-text('The sky is blue')").waitFor();
    }
}
