package org.disputatio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * End to end in Debian's headless Chromium: sign in, open a map's workspace graph, and check that
 * Cytoscape really drew the nodes stored in Neo4j. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class BrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    @Autowired
    MapCatalog catalog;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        page = chromium.newPage(1280, 900, "en-US");
    }

    private void signIn() {
        chromium.signIn(page, "admin", IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void signedInUser_seesTheGraphDrawnByCytoscape() {
        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-side-nav-item:has-text('Maps')").waitFor();
        assertThat(page.locator("vaadin-side-nav-item:has-text('My account')").count())
                .as("anonymous visitors have no account page")
                .isZero();
        signIn();
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("admin");
        assertThat(page.locator("vaadin-side-nav-item:has-text('My account')").count())
                .isEqualTo(1);

        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-grid-cell-content:has-text('Two voices')").waitFor();
        page.locator("vaadin-button.open-workspace[aria-label$='Two voices']").click();
        page.locator("vaadin-tab:has-text('Graph')").click();

        page.waitForFunction("() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
        Object nodes = page.evaluate("() => document.querySelector('workspace-graph').cy.nodes().length");
        Object edges = page.evaluate("() => document.querySelector('workspace-graph').cy.edges().length");
        Object claimLabels = page.evaluate(
                "() => document.querySelector('workspace-graph').cy.nodes('[kind != \"argument\"]').map(n => n.data('label')).sort()");
        // 3 claims + 1 argument node holding its premise; 1 conclusion edge, 1 rebuttal.
        assertThat(nodes).isEqualTo(4);
        assertThat(edges).isEqualTo(2);
        assertThat(
                        page.evaluate(
                                "() => document.querySelector('workspace-graph').cy.nodes('[kind = \"argument\"]').children().length"))
                .isEqualTo(1);
        assertThat(claimLabels.toString()).contains("The sky is green", "Alpha looked up", "The sky is blue");
        // Cytoscape draws on canvases; a drawn graph has a non-empty one.
        Object canvasCount = page.evaluate("() => document.querySelectorAll('workspace-graph canvas').length");
        assertThat(((Number) canvasCount).intValue()).isGreaterThan(0);

        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Chromium.SCREENSHOTS.resolve("graph-two-voices.png"))
                .setFullPage(true));
    }

    @Test
    void languageSwitch_turnsTheInterfaceFrench() {
        page.navigate(chromium.url("/maps"));
        page.locator("#language-switch").click();
        page.locator("vaadin-select-item:has-text('français')").click();
        page.waitForSelector("h2:has-text('Cartes')");
        assertThat(page.locator("#sign-in").textContent()).isEqualTo("Se connecter");
        Chromium.shot(page, "maps-fr.png");
    }
}
