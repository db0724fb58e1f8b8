package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evidence.RatingService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace end to end in Debian's headless Chromium: reader spans, the graph with contested
 * markers, the what-if switch, text selection, writing evidence, a rating and a contestation through
 * the real services, and live refresh across two browser sessions.
 * Screenshots go to target/screenshots/.
 */
@IntegrationTest
class WorkspaceBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    RatingService ratings;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        page = newContext().newPage();
    }

    private BrowserContext newContext() {
        return chromium.newContext(1400, 900, "en-US");
    }

    /** Until the layout is done: ELK lays out asynchronously, after the nodes are added. */
    private void waitForGraph(Page p) {
        p.waitForFunction("() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
    }

    @Test
    void essayWorkspace_highlightsClaimsInTheReader_andMarksContestedClaimsInTheGraph() {
        ShippedEssay.ensureStored(catalog);
        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-button.open-workspace[aria-label$='"
                        + catalog.find(ShippedEssay.ID).orElseThrow().title().replace("'", "\\'") + "']")
                .click();
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) > 300");
        page.waitForURL("**/workspace/" + ShippedEssay.ID.value());
        int marks = ((Number) page.evaluate("() => document.querySelectorAll('claim-reader mark.claim-span').length"))
                .intValue();
        assertThat(marks).isGreaterThan(300);
        assertThat(page.locator("#reader-provenance").textContent()).contains("Provenance");
        Chromium.shot(page, "workspace-essay-reader.png");

        // A click on a highlighted passage opens its claim.
        page.locator("claim-reader mark.reader-stop").nth(5).click();
        page.locator("#claim-text").waitFor();
        assertThat(page.locator("#claim-panel").textContent()).contains("Why this strength");

        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        page.waitForTimeout(300);
        int contested = ((Number) page.evaluate(
                        "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').length"))
                .intValue();
        int nodes = ((Number) page.evaluate("() => document.querySelector('workspace-graph').cy.nodes().length"))
                .intValue();
        assertThat(nodes).isGreaterThan(300);
        assertThat(contested).isPositive();
        Object warned = page.evaluate(
                "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').every(n => n.data('label').startsWith('⚠'))");
        assertThat(warned).isEqualTo(true);
        Object edgeKinds = page.evaluate(
                "() => [...new Set(document.querySelector('workspace-graph').cy.edges().map(e => e.data('kind')))].sort()");
        assertThat(edgeKinds.toString()).contains("premise", "conclusion", "rebut");
        Chromium.shot(page, "workspace-essay-graph.png");
    }

    @Test
    void whatIf_rejectingTheContestedSource_marksWhatChanges() {
        chromium.openWorkspace(page, "two-voices", 2);
        Chromium.shot(page, "workspace-reader.png");
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        assertThat(page.evaluate(
                                "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').map(n => n.id())")
                        .toString())
                .isEqualTo("[c1]");
        Chromium.shot(page, "workspace-graph-contested.png");

        page.locator("vaadin-tab:has-text('Sources')").click();
        page.locator("vaadin-grid-cell-content:has-text('On the sky')").click();
        page.locator("#what-if-reject").click();
        // c1 also stands, through a1, on Alpha's word for c2 (ADR 029): rejecting s1 weakens it, it does not fall.
        page.locator("#what-if-result:has-text('Change strength')").waitFor();
        assertThat(page.locator("#what-if-result").textContent()).contains("The sky is green");
        Chromium.shot(page, "workspace-what-if-sources.png");

        page.locator("vaadin-tab:has-text('Graph')").click();
        page.waitForFunction("() => document.querySelector('workspace-graph').cy.nodes('.changed').length > 0");
        assertThat(page.evaluate(
                                "() => document.querySelector('workspace-graph').cy.nodes('.changed').map(n => n.id())")
                        .toString())
                .contains("c1");
        Chromium.shot(page, "workspace-what-if-graph.png");
    }

    @Test
    void signedInUser_selectingText_getsItsExactWordsAndOffsets_andAnchorsEvidenceToThem() {
        signIn(page);
        chromium.openWorkspace(page, "two-voices", 2);
        // "Beta replies" (31 to 43) lies across plain text: a claim may be made of it, not evidence.
        Chromium.selectInReader(page, 31, 43);
        page.locator("#reader-selection:has-text('Beta replies')").waitFor();
        assertThat(page.locator("#reader-selection").textContent()).contains("31–43");
        assertThat(page.locator("#reader-create-claim").isEnabled()).isTrue();
        Chromium.shot(page, "workspace-selection.png");

        // "is blue" (52 to 59) lies inside the counter-claim "it is blue": evidence about it.
        Chromium.selectInReader(page, 52, 59);
        page.locator("#reader-selection:has-text('52–59')").waitFor();
        page.locator("#reader-add-evidence").click();
        assertThat(page.locator("#evidence-quote textarea").inputValue()).isEqualTo("is blue");
        page.locator("#evidence-stance vaadin-radio-button:has-text('Against the claim')")
                .click();
        page.locator("#evidence-source input").fill("Gamma");
        page.locator("vaadin-combo-box-item:has-text('On the sky')").click();
        page.locator("#evidence-locator input").fill("p. 2");
        page.locator("#evidence-save").click();
        page.waitForFunction("() => document.querySelector('claim-reader').dataset.evidence === '1'");
        assertThat(page.locator("claim-reader mark.with-evidence").count()).isPositive();
        Chromium.shot(page, "workspace-evidence-in-reader.png");
    }

    /** The sample map with nobody contesting its source yet. */
    private void storeUncontested(String id) {
        MapContent m = SampleMaps.twoVoices(id);
        catalog.create(new MapContent(
                m.id(),
                "Uncontested voices",
                m.language(),
                m.document(),
                m.claims(),
                m.arguments(),
                m.attacks(),
                m.sources(),
                List.of()));
    }

    void signIn(Page p) {
        chromium.signIn(p, "admin", IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void signedInUser_attachesEvidence_ratesIt_contestsTheSource_andSeesTheConclusionMarked() {
        storeUncontested("voices");
        signIn(page);
        chromium.openWorkspace(page, "voices", 2);
        page.locator("claim-reader mark[data-claim='c1']").first().click();
        page.locator("#claim-text:has-text('The sky is green')").waitFor();
        assertThat(page.locator("#claim-assessment").textContent()).doesNotContain("contested");

        // Attach evidence.
        page.locator("#claim-add-evidence").click();
        page.locator("#evidence-source input").fill("Gamma");
        page.locator("vaadin-combo-box-item:has-text('On the sky')").click();
        page.locator("#evidence-locator input").fill("p. 13");
        page.locator("#evidence-quote textarea").fill("The sky was green that morning.");
        Chromium.shot(page, "workspace-evidence-dialog.png");
        page.locator("#evidence-save").click();
        page.locator("#claim-panel .evidence-item:has-text('The sky was green that morning.')")
                .waitFor();
        assertThat(page.locator("#claim-panel .evidence-item").textContent())
                .contains("Attached by admin")
                .contains("Not rated by you");

        // Rate it.
        page.locator("#claim-panel .rate-evidence").click();
        page.locator("#rating-value").click();
        page.locator("vaadin-select-item:has-text('strong')").click();
        page.locator("#rating-save").click();
        page.locator("#claim-panel .evidence-item:has-text('Yours: ¾')").waitFor();
        assertThat(page.locator("#claim-panel .evidence-item").textContent()).contains("1 rating");

        // Contest the source the thesis rests on.
        page.locator("vaadin-tab:has-text('Sources')").click();
        page.locator("vaadin-grid-cell-content:has-text('On the sky')").click();
        page.locator("#source-contest").click();
        page.locator("#contest-reason textarea").fill("Gamma never looked up.");
        page.locator("#contest-save").click();
        page.locator("#source-details:has-text('admin: Gamma never looked up.')")
                .waitFor();
        assertThat(page.locator("#source-details .withdraw-contestation").count())
                .isEqualTo(1);

        // The dependent conclusion is now marked, in the panel and in the graph.
        page.locator("#claim-assessment:has-text('Rests on contested sources')").waitFor();
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        page.waitForFunction(
                "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').map(n => n.id()).includes('c1')");
        Chromium.shot(page, "workspace-contested-after-writes.png");
    }

    @Test
    void graph_canBeWalkedAndOpenedByKeyboard() {
        page.navigate(chromium.url("/workspace/two-voices"));
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        page.locator("workspace-graph [role='application']").focus();
        page.keyboard().press("ArrowDown");
        // The thesis sits at the top of the layered layout, so it comes first.
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.keyboardNode"))
                .isEqualTo("c1");
        assertThat(page.locator("workspace-graph .graph-announcer").textContent())
                .isEqualTo("1 / 3: ⚠ The sky is green");
        page.keyboard().press("Enter");
        page.locator("#claim-text:has-text('The sky is green')").waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        assertThat(page.locator("workspace-graph .graph-announcer").textContent())
                .startsWith("2 / 3: ");
        page.locator("#claim-text:not(:has-text('The sky is green'))").waitFor();
    }

    @Test
    void twoSessions_onTheSameMap_seeEachOthersContestationWithoutReloading() {
        storeUncontested("voices");
        var other = newContext();
        try {
            // An anonymous reader watches the graph in one browser session...
            Page watcher = other.newPage();
            watcher.navigate(chromium.url("/workspace/voices"));
            watcher.locator("vaadin-tab:has-text('Graph')").click();
            waitForGraph(watcher);
            assertThat(watcher.evaluate(
                            "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').length"))
                    .isEqualTo(0);

            // ...while a signed-in user contests the source in another.
            signIn(page);
            chromium.openWorkspace(page, "voices", 2);
            page.locator("vaadin-tab:has-text('Sources')").click();
            page.locator("vaadin-grid-cell-content:has-text('On the sky')").click();
            page.locator("#source-contest").click();
            page.locator("#contest-reason textarea").fill("Gamma never looked up.");
            page.locator("#contest-save").click();

            // Server push brings the change to the watcher, who never reloads. The timeout is generous
            // because this test is about the change arriving, not how fast: a loaded machine is slow.
            watcher.waitForFunction(
                    "() => document.querySelector('workspace-graph').cy.nodes('[?contested]').length === 1",
                    null,
                    new Page.WaitForFunctionOptions().setTimeout(30_000));
            Chromium.shot(watcher, "workspace-live-second-session.png");
        } finally {
            other.close();
        }
    }

    @Test
    void gradeMadeElsewhere_changesTheStrengthShown_withoutReloadingOrLayingOutAgain() {
        storeUncontested("voices");
        MapId map = new MapId("voices");
        chromium.openWorkspace(page, "voices", 2);
        page.locator("claim-reader mark[data-claim='c1']").first().click();
        page.locator("#claim-text:has-text('The sky is green')").waitFor();
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        String before = strength(map, "c1");
        page.locator("#claim-assessment:has-text('Strength " + before + "')").waitFor();
        Object layout = page.evaluate("() => document.querySelector('workspace-graph').dataset.renderedAt");
        Object readerDrawn = page.evaluate("() => document.querySelector('claim-reader').dataset.renderedAt");

        // Another user grades the source c1 cites, through another road than this browser.
        ratings.gradeSource(map, "s1", "admin", 'A', 1);
        String after = strength(map, "c1");
        assertThat(after).isNotEqualTo(before);

        // The figure changes on screen; the timeout is generous, the test is about what arrives, not how fast.
        page.locator("#claim-assessment:has-text('Strength " + after + "')")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions().setTimeout(30_000));
        page.waitForFunction(
                "s => document.querySelector('workspace-graph').cy.getElementById('c1').data('strength').toFixed(2) === s",
                after,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        page.waitForFunction(
                "() => document.querySelector('claim-reader').dataset.shaded === '1'",
                null,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
        // Restyled in place: the graph kept its layout, the reader its text.
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.renderedAt"))
                .isEqualTo(layout);
        assertThat(page.evaluate("() => document.querySelector('claim-reader').dataset.renderedAt"))
                .isEqualTo(readerDrawn);
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.restyled"))
                .isNotNull();
        Chromium.shot(page, "workspace-live-grade.png");
    }

    /** The strength the evaluation gives a claim now, as the workspace prints it. */
    private String strength(MapId map, String claimId) {
        double value = evaluations
                .evaluate(map, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation()
                .strength(claimId)
                .orElseThrow();
        return String.format(Locale.ROOT, "%.2f", value);
    }

    @Test
    void syntheticMapOf5000Claims_graphStartsCollapsed_andASectionOpensOnClick() {
        catalog.create(SyntheticMaps.generate("synthetic-5000", 5000));
        chromium.openWorkspace(page, "synthetic-5000", 5000);
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForGraph(page);
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').cy.nodes().length"))
                .isEqualTo(20);
        assertThat(page.locator("#graph-status").textContent()).contains("20 sections");
        Chromium.shot(page, "workspace-5000-collapsed.png");
        // Tapping a section node draws that section in full.
        page.evaluate("() => document.querySelector('workspace-graph').cy.getElementById('section:7').emit('tap')");
        page.waitForFunction(
                "() => document.querySelector('workspace-graph').cy.nodes('[kind != \"argument\"]').length === 250");
        Chromium.shot(page, "workspace-5000-section.png");
    }
}
