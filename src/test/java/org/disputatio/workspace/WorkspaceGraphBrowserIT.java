package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The workspace's argument map in headless Chromium, on the shipped essay: a layered layout with the thesis on
 * top, premises inside their argument, labels inside their boxes, section groups, a minimap, search that reaches
 * any claim legibly from "Fit", collapse and expand, "show in map" from the lists, and SVG/PNG export.
 * Screenshots go to target/screenshots/.
 */
@IntegrationTest
class WorkspaceGraphBrowserIT {

    /** A claim eight steps below the thesis (section 4), found by words typed without their accents. */
    static final String DEEP_CLAIM = "c-172";

    static final String DEEP_CLAIM_WORDS = "erreurs les plus grossieres";

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    @Autowired
    MapCatalog catalog;

    @Autowired
    ArgumentMapLayout layout;

    Page page;

    @BeforeEach
    void openPage() {
        page = chromium.newPage(1440, 900, "en-US");
    }

    private void openEssayGraph() {
        ShippedEssay.ensureStored(catalog);
        page.navigate(chromium.url("/workspace/" + ShippedEssay.ID.value()));
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) > 300");
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForLayout();
    }

    private void openTwoVoices() {
        catalog.create(SampleMaps.twoVoices("two-voices"));
        chromium.openWorkspace(page, "two-voices", 2);
    }

    private void waitForLayout() {
        page.waitForFunction("() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
    }

    /** The thesis is the topmost claim of the layered layout. */
    private void assertThesisOnTop() {
        double thesisY = ((Number) js("cy.getElementById('c-001').position('y')")).doubleValue();
        double highest = ((Number)
                        js(
                                "Math.min(...cy.nodes().filter(n => !['argument','group'].includes(n.data('kind'))).map(n => n.position('y')))"))
                .doubleValue();
        assertThat(thesisY).isEqualTo(highest);
    }

    private Object js(String expression) {
        return page.evaluate(
                "() => { const cy = document.querySelector('workspace-graph').cy; return " + expression + "; }");
    }

    @Test
    void serverRefusesTheMap_theBrowsersWorkerLaysItOut_thesisStillOnTop() {
        // The server refuses graphs over its bound (here lowered below the essay's 523 boxes): the browser's own
        // ELK, in its worker, lays the map out instead, and the page does not wait for the server.
        layout.forget();
        layout.maxNodes = 100;
        try {
            openEssayGraph();
        } finally {
            layout.maxNodes = ArgumentMapLayout.MAX_NODES;
            layout.forget();
        }

        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.layoutOn"))
                .isEqualTo("worker");
        assertThesisOnTop();
    }

    @Test
    void essayMap_thesisOnTop_premisesInsideTheirArgument_labelsInsideTheirBoxes_sectionsAsGroups() {
        openEssayGraph();
        Chromium.shot(page, "graph-essay-fit.png");
        // ELK ran on the server (ADR 047), not in the browser.
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.layoutOn"))
                .isEqualTo("server");

        assertThesisOnTop();

        // Linked premises are drawn inside their argument's box: 162 arguments, the 140 with premises hold them.
        Object outside = js("cy.nodes('[kind = \"argument\"]:parent').children().filter(c => {"
                + " const p = c.parent().boundingBox(), b = c.boundingBox({includeLabels: false});"
                + " return b.x1 < p.x1 || b.x2 > p.x2 || b.y1 < p.y1 || b.y2 > p.y2; }).length");
        assertThat(outside).isEqualTo(0);
        assertThat(((Number) js("cy.nodes('[kind = \"argument\"]:parent').length")).intValue())
                .isGreaterThan(140);

        // Every claim's wrapped label fits inside its box, at 12 px when zoomed to 100 %.
        Object spilling = js("cy.nodes().filter(n => !['argument','group'].includes(n.data('kind'))).filter(n => {"
                + " const box = n.boundingBox({includeLabels: false, includeOverlays: false, includeUnderlays: false});"
                + " const label = n.boundingBox({includeNodes: false, includeEdges: false, includeLabels: true,"
                + "   includeOverlays: false, includeUnderlays: false});"
                + " return label.x1 < box.x1 || label.x2 > box.x2 || label.y1 < box.y1 || label.y2 > box.y2; })"
                + ".map(n => n.id())");
        assertThat((List<?>) spilling).isEmpty();
        assertThat(js("cy.getElementById('c-001').style('font-size')")).isEqualTo("12px");

        // At "Fit" the sections are groups whose names are legible; the claims are specks.
        assertThat(js("cy.nodes('[kind = \"group\"]').length")).isEqualTo(15);
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.far === 'true'");
        assertThat(((Number) js("cy.zoom() * parseFloat(cy.getElementById('group:5').style('font-size'))"))
                        .doubleValue())
                .isGreaterThanOrEqualTo(15.9);

        // The minimap shows the whole map.
        page.waitForFunction(
                "() => document.querySelector('workspace-graph .graph-minimap img')?.src.startsWith('data:image/png')");

        // A click on a section group brings that section into view.
        double before = ((Number) js("cy.zoom()")).doubleValue();
        page.evaluate("() => document.querySelector('workspace-graph').cy.getElementById('group:8').emit('tap')");
        assertThat(((Number) js("cy.zoom()")).doubleValue()).isGreaterThan(before);
        Chromium.shot(page, "graph-essay-section.png");
    }

    @Test
    void fromFit_searchReachesADeepClaim_inOneAction_legibly() {
        openEssayGraph();
        page.locator("#graph-fit").click();
        assertThat(((Number) js("cy.zoom() * 12")).doubleValue()).isLessThan(10);

        page.locator("#graph-search input").fill(DEEP_CLAIM_WORDS);
        page.locator("vaadin-combo-box-item:has-text('Vychinski critique le NKVD')")
                .click();
        page.waitForFunction("id => document.querySelector('workspace-graph').dataset.revealed === id", DEEP_CLAIM);

        double fontOnScreen = ((Number)
                        js("cy.zoom() * parseFloat(cy.getElementById('" + DEEP_CLAIM + "').style('font-size'))"))
                .doubleValue();
        assertThat(fontOnScreen).isGreaterThanOrEqualTo(10);
        // Drawn, in the viewport, with its label shown.
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) js("(() => { const b = cy.getElementById('" + DEEP_CLAIM
                + "').renderedBoundingBox({includeLabels: false});"
                + " return {x1: b.x1, y1: b.y1, x2: b.x2, y2: b.y2, w: cy.width(), h: cy.height()}; })()");
        assertThat(box.get("x1").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("y1").doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(box.get("x2").doubleValue()).isLessThanOrEqualTo(box.get("w").doubleValue());
        assertThat(box.get("y2").doubleValue()).isLessThanOrEqualTo(box.get("h").doubleValue());
        assertThat(js("cy.getElementById('" + DEEP_CLAIM + "').selected()")).isEqualTo(true);
        // The claim's panel opened with it.
        page.locator("#claim-text:has-text('Vychinski critique le NKVD')").waitFor();
        Chromium.shot(page, "graph-essay-search.png");
    }

    @Test
    void collapse_foldsAClaimsReasonsIntoIt_andExpandBringsThemBack() {
        openEssayGraph();
        int all = ((Number)
                        js("cy.nodes(':visible').filter(n => !['argument','group'].includes(n.data('kind'))).length"))
                .intValue();
        page.locator("#graph-search input").fill("Staline a tenté de démocratiser");
        page.locator("vaadin-combo-box-item:has-text('Thèse de Furr')").click();
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.revealed === 'c-001'");

        page.locator("#graph-collapse").click();
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.collapsed === '1'");
        int shown = Integer.parseInt(
                (String) page.evaluate("() => document.querySelector('workspace-graph').dataset.visibleClaims"));
        int folded = ((Number) js("cy.getElementById('c-001').data('collapsedCount')")).intValue();
        assertThat(folded).isGreaterThan(200);
        assertThat(shown).isEqualTo(all - folded);
        assertThat((String) js("cy.getElementById('c-001').style('label')")).endsWith("[+" + folded + "]");
        // The thesis's premises are folded away, out of sight.
        assertThat(js("cy.getElementById('c-002').visible()")).isEqualTo(false);
        Chromium.shot(page, "graph-essay-collapsed.png");

        page.locator("#graph-collapse").click();
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.collapsed === '0'");
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.visibleClaims"))
                .isEqualTo(String.valueOf(all));
    }

    @Test
    void export_downloadsTheViewAsValidSvgAndPng() throws Exception {
        // A small map, so that the labels are drawn at "Fit" and can be found in the SVG.
        openTwoVoices();
        page.locator("vaadin-tab:has-text('Graph')").click();
        waitForLayout();
        Download svg =
                page.waitForDownload(() -> page.locator("#graph-export-svg").click());
        assertThat(svg.suggestedFilename()).isEqualTo("two-voices.svg");
        Path svgFile = svg.path();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(svgFile.toFile());
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(Files.readString(svgFile)).contains("<path", "The sky is green");

        Download png =
                page.waitForDownload(() -> page.locator("#graph-export-png").click());
        assertThat(png.suggestedFilename()).isEqualTo("two-voices.png");
        byte[] bytes = Files.readAllBytes(png.path());
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isGreaterThan(400);
        assertThat(image.getHeight()).isGreaterThan(200);
    }

    @Test
    void showInMap_fromTheOutlineAndTheWhatIfList_opensTheGraphOnTheClaim() {
        openTwoVoices();

        page.locator("vaadin-tab:has-text('Outline')").click();
        page.locator("#outline-tree vaadin-button.show-in-map[data-claim='c1']")
                .first()
                .click();
        waitForLayout();
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.revealed === 'c1'");
        assertThat(page.locator("vaadin-tab[selected]").textContent()).contains("Graph");
        page.locator("#claim-text:has-text('The sky is green')").waitFor();

        page.locator("vaadin-tab:has-text('Sources')").click();
        page.locator("vaadin-grid-cell-content:has-text('On the sky')").click();
        page.locator("#what-if-reject").click();
        page.locator("#what-if-result vaadin-button.show-in-map[data-claim='c1']")
                .click();
        page.waitForFunction("() => document.querySelector('workspace-graph').dataset.reveals === '2'");
        assertThat(page.evaluate("() => document.querySelector('workspace-graph').dataset.revealed"))
                .isEqualTo("c1");
        assertThat(page.locator("vaadin-tab[selected]").textContent()).contains("Graph");
        assertThat(js("cy.getElementById('c1').hasClass('changed')")).isEqualTo(true);
        Chromium.shot(page, "graph-show-in-map.png");
    }
}
