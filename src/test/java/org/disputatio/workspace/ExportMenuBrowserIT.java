package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.w3c.dom.Element;

/**
 * The workspace header's Export menu (issue 14 point 6) in headless Chromium, in French at 1280×720: one control
 * on the header's one line; from the reader tab it shows the graph and downloads it as SVG (one node shape per
 * claim drawn) and, for the whole map, as PNG; it downloads the claims as CSV and the report as PDF.
 */
@IntegrationTest
class ExportMenuBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withMap(SampleMaps.twoVoices("two-voices"));

    Page page;

    @BeforeEach
    void open() {
        page = chromium.openWorkspace(chromium.newPage(1280, 720, "fr-FR"), "two-voices", 2);
    }

    private Download choose(String itemId) {
        page.locator("#export-menu").click();
        return page.waitForDownload(() -> page.locator("#" + itemId).click());
    }

    @Test
    void header_holdsTheMenuOnItsOneLine_inFrenchAt1280() {
        assertThat(page.locator("#export-menu").getAttribute("aria-label")).isEqualTo("Exporter");
        @SuppressWarnings("unchecked")
        var m = (Map<String, Object>) page.evaluate("""
                () => { const h = document.querySelector('.workspace-header').getBoundingClientRect();
                        const e = document.querySelector('#workspace-export').getBoundingClientRect();
                        const t = document.querySelector('.workspace-title').getBoundingClientRect();
                        return { headerTop: h.top, headerBottom: h.bottom, exportTop: e.top, exportBottom: e.bottom,
                                 exportRight: e.right, titleTop: t.top, width: window.innerWidth }; }
                """);
        Chromium.shot(page, "export-menu-header-1280-fr.png");
        assertThat(((Number) m.get("exportRight")).doubleValue()).as("%s", m).isLessThanOrEqualTo(1280);
        assertThat(((Number) m.get("exportTop")).doubleValue())
                .as("on the title's line: %s", m)
                .isLessThan(((Number) m.get("headerTop")).doubleValue() + 20);
        assertThat(((Number) m.get("headerBottom")).doubleValue() - ((Number) m.get("headerTop")).doubleValue())
                .as("one line: %s", m)
                .isLessThan(60);
    }

    @Test
    void graphPictures_svgOfTheView_hasOneShapePerClaim_pngOfTheWholeMap() throws Exception {
        Download svg = choose("export-svg-view");
        assertThat(svg.suggestedFilename()).isEqualTo("two-voices.svg");
        assertThat(page.locator("vaadin-tab[selected]").textContent()).contains("Graphe");
        Path svgFile = svg.path();
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(svgFile.toFile());
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        // Each claim's box is filled with the colour of its strength: the fills Cytoscape gives the claims drawn.
        @SuppressWarnings("unchecked")
        List<String> claimFills =
                (List<String>) page.evaluate("() => document.querySelector('workspace-graph').cy.nodes()"
                        + ".filter(n => !['argument','group','section'].includes(n.data('kind')) && n.visible())"
                        + ".map(n => n.style('background-color'))");
        var paths = document.getElementsByTagNameNS("*", "path");
        int shapes = 0;
        StringBuilder seen = new StringBuilder();
        for (int i = 0; i < paths.getLength(); i++) {
            var path = (Element) paths.item(i);
            seen.append(path.getAttribute("fill"))
                    .append('|')
                    .append(path.getAttribute("stroke"))
                    .append(' ');
            if (claimFills.contains(rgb(path.getAttribute("fill")))) shapes++;
        }
        System.out.println("EXPORTS svg fills " + claimFills + " paths " + seen);
        assertThat(claimFills).hasSize(3);
        assertThat(shapes).as("one shape per claim drawn: %s", seen).isEqualTo(3);
        assertThat(Files.readString(svgFile)).contains("The sky is green");

        Download png = choose("export-png-whole");
        assertThat(png.suggestedFilename()).isEqualTo("two-voices-whole.png");
        byte[] bytes = Files.readAllBytes(png.path());
        assertThat(bytes.length).isGreaterThan(1000);
        assertThat(Arrays.copyOf(bytes, 8)).isEqualTo(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
    }

    @Test
    void tablesAndReport_downloadFromTheMenu() throws Exception {
        Download claims = choose("export-file-claims-csv");
        assertThat(claims.suggestedFilename()).isEqualTo("two-voices-claims.csv");
        assertThat(Files.readString(claims.path()).split("\r\n"))
                .hasSize(4)
                .startsWith("id,kind,text,proponent,section,label,strength,citations");

        Download report = choose("export-report");
        assertThat(report.suggestedFilename()).isEqualTo("two-voices-report.pdf");
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(report.path()), 5)))
                .isEqualTo("%PDF-");
    }

    /** Canvas2svg writes colours as "#rrggbb" or "rgb(r,g,b)"; Cytoscape gives "rgb(r,g,b)". */
    private static String rgb(String colour) {
        if (colour.startsWith("#") && colour.length() == 7) {
            return "rgb(" + Integer.parseInt(colour.substring(1, 3), 16) + ","
                    + Integer.parseInt(colour.substring(3, 5), 16) + ","
                    + Integer.parseInt(colour.substring(5, 7), 16) + ")";
        }
        return colour.replace(" ", "");
    }
}
