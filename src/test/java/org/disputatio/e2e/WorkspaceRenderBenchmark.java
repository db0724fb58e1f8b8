package org.disputatio.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.ShippedEssay;
import org.disputatio.workspace.SyntheticMaps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Time to first render of the workspace in headless Chromium: from the start of navigation (each run
 * in a fresh browser context, so nothing is cached) until the reader has drawn its claim spans, and
 * until Cytoscape has laid out (ELK) and drawn the graph once its tab is opened; and, on the 5,000-claim map
 * drawn collapsed, from a click on a section until that section is laid out and drawn in full. Not part of the test run (surefire
 * excludes *Benchmark*); run it with
 * {@code ./mvnw test -Dtest=WorkspaceRenderBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. It
 * prints a table to paste into docs/benchmarks.md, and writes it to target/workspace-render.md.
 */
@IntegrationTest
class WorkspaceRenderBenchmark {

    private static final int WARM_UP = Integer.getInteger("bench.warmUp", 2);
    private static final int RUNS = Integer.getInteger("bench.runs", 7);

    @Autowired
    MapCatalog catalog;

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    static final MapId SYNTHETIC = new MapId("synthetic-5000");

    /**
     * layoutOn: where ELK ran, "server" (ADR 047), else "worker" or "page" (the page's own thread, when the worker
     * could not start).
     */
    record Run(double readerMs, double graphMs, double layoutMs, int spans, int nodes, String layoutOn) {}

    @Test
    void timeToFirstRender() throws IOException {
        storeMaps();
        StringBuilder out = new StringBuilder();
        for (MapId map : List.of(ShippedEssay.ID, SYNTHETIC)) {
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                Run run = measure(map);
                // The very first visit in this JVM: the server has not laid this map out yet (ADR 047's cache).
                if (i == 0) out.append(row(map.value() + ", first visit", List.of(run)));
                if (i >= WARM_UP) runs.add(run);
            }
            out.append(row(map.value(), runs));
        }
        List<Run> section = new ArrayList<>();
        for (int i = 0; i < WARM_UP + RUNS; i++) {
            Run run = measureSection(SYNTHETIC, "7");
            if (i == 0) out.append(row(SYNTHETIC.value() + ", section 7 opened by a click, first visit", List.of(run)));
            if (i >= WARM_UP) section.add(run);
        }
        out.append(row(SYNTHETIC.value() + ", section 7 opened by a click", section));
        String table =
                "| map | spans | graph nodes drawn | reader ready | graph drawn (after its tab is opened) | of which ELK layout + Cytoscape draw | ELK ran on |\n"
                        + "|---|---|---|---|---|---|---|\n" + out;
        System.out.println(table);
        Path target = Paths.get("target", "workspace-render.md");
        Files.writeString(target, table);
    }

    /**
     * Issue 11 point 10: from a click on a claim in the reader until the claim panel shows that claim, and from a
     * click on the what-if switch of a source until the banner and the source's before → after list are drawn
     * (the server sends the outline's and contested list's columns in the same response), and then from a click on
     * the Reader tab until the reader's claims carry the what-if marks (the reader marks them when its tab is shown).
     * Times are taken in the page (performance.now) on both sides.
     */
    @Test
    void interactions() throws IOException {
        storeMaps();
        StringBuilder out = new StringBuilder();
        // The essay: "Inoi Stalin" (Zhukov), the source most of its conclusions rest on; the synthetic map: s0.
        for (var map : List.of(
                List.of(ShippedEssay.ID.value(), "Inoi Stalin. Politicheskie reformy v SSSR v 1933-1937 gg."),
                List.of(SYNTHETIC.value(), "Book 0"))) {
            List<double[]> runs = new ArrayList<>();
            for (int i = 0; i < WARM_UP + RUNS; i++) {
                double[] run = interact(map.get(0), map.get(1));
                if (i >= WARM_UP) runs.add(run);
            }
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s |%n",
                    map.get(0),
                    stats(runs.stream().mapToDouble(r -> r[0]).toArray()),
                    stats(runs.stream().mapToDouble(r -> r[1]).toArray()),
                    stats(runs.stream().mapToDouble(r -> r[2]).toArray())));
        }
        String table =
                "| map | click on a claim → its panel drawn | what-if switch → banner and the source's what-if list drawn"
                        + " | Reader tab clicked → its claims marked |\n"
                        + "|---|---|---|---|\n" + out;
        System.out.println(table);
        Files.writeString(Paths.get("target", "workspace-interactions.md"), table);
    }

    private double[] interact(String map, String sourceTitle) {
        try (var context = chromium.newContext(1440, 900, "en-US")) {
            Page page = context.newPage();
            page.navigate(chromium.url("/workspace/" + map));
            page.waitForFunction("() => document.querySelector('claim-reader')?.dataset.renderedAt");
            double clicked = number(
                    page,
                    "(() => { const m = document.querySelectorAll('claim-reader mark.claim-span')[12];"
                            + " window.__claim = m.dataset.claim; const t = performance.now(); m.click(); return t; })()");
            page.waitForFunction("() => { const p = document.querySelector('#claim-panel');"
                    + " if (p?.dataset.claim === window.__claim && document.querySelector('#claim-text')?.textContent)"
                    + " { window.__shown ??= performance.now(); return true; } return false; }");
            double panel = number(page, "window.__shown") - clicked;

            page.locator("vaadin-tab:has-text('Sources')").click();
            sourceRow(page, sourceTitle).click();
            page.locator("#what-if-reject").waitFor();
            // Playwright clicks the switch as a user would; the few ms it takes to send the click count in.
            double toggled = number(page, "performance.now()");
            page.locator("#what-if-reject").click();
            // The reader marks its claims when its tab is shown again; what is on screen here is the banner and the
            // source's own what-if list, drawn from the same response as the outline's and contested list's columns.
            page.waitForFunction("() => { const b = document.querySelector('#what-if-banner');"
                    + " const r = document.querySelector('#what-if-result');"
                    + " if (b && b.offsetParent !== null && r && r.textContent.includes('→'))"
                    + " { window.__whatIf ??= performance.now(); return true; } return false; }");
            double whatIf = number(page, "window.__whatIf") - toggled;

            // Back to the reader, as a user checking the text would: until its claims carry the what-if marks.
            double back = number(page, "performance.now()");
            page.locator("vaadin-tab:has-text('Reader')").click();
            page.waitForFunction("() => { if (Number(document.querySelector('claim-reader').dataset.whatIf) > 0)"
                    + " { window.__marked ??= performance.now(); return true; } return false; }");
            double marked = number(page, "window.__marked") - back;
            return new double[] {panel, whatIf, marked};
        }
    }

    /**
     * The title cell of a source in the Sources grid. The grid draws only the rows in view (200 sources on the
     * 5,000-claim map), so it is scrolled through its own API, a few rows at a time, until that row is drawn.
     */
    private static Locator sourceRow(Page page, String title) {
        Locator cell = page.locator("#sources-grid vaadin-grid-cell-content:text-is('" + title + "')");
        page.waitForFunction("() => document.querySelector('#sources-grid')?.size > 0");
        int size = (int) number(page, "document.querySelector('#sources-grid').size");
        for (int index = 0; cell.count() == 0 && index < size; index += 5) {
            page.evaluate("i => document.querySelector('#sources-grid').scrollToIndex(i)", index);
            // The rows asked for are fetched from the server; wait until none is still loading.
            page.waitForFunction("() => { const g = document.querySelector('#sources-grid');"
                    + " return !g.hasAttribute('loading') && !g.shadowRoot.querySelector('#items tr[loading]'); }");
        }
        return cell.first();
    }

    private Run measure(MapId map) {
        try (var context = chromium.newContext(1400, 900, "en-US")) {
            Page page = context.newPage();
            page.navigate(chromium.url("/workspace/" + map.value()));
            page.waitForFunction("() => document.querySelector('claim-reader')?.dataset.renderedAt");
            // Opening the graph tab as soon as the reader shows, as a user would.
            page.locator("vaadin-tab:has-text('Graph')").click();
            page.waitForFunction("() => document.querySelector('workspace-graph')?.dataset.renderedAt");
            double reader = number(page, "document.querySelector('claim-reader').dataset.renderedAt");
            double graph = number(page, "document.querySelector('workspace-graph').dataset.renderedAt");
            double layout = number(page, "document.querySelector('workspace-graph').dataset.layoutMs");
            int spans = (int) number(page, "document.querySelector('claim-reader').dataset.spans");
            int nodes = (int) number(page, "document.querySelector('workspace-graph').dataset.renderedNodes");
            return new Run(reader, graph, layout, spans, nodes, layoutOn(page));
        }
    }

    /**
     * On a map drawn collapsed to its sections: from the click on a section's node until that section is laid out
     * and drawn in full. The reader column is then the time to the collapsed graph.
     */
    private Run measureSection(MapId map, String section) {
        try (var context = chromium.newContext(1400, 900, "en-US")) {
            Page page = context.newPage();
            page.navigate(chromium.url("/workspace/" + map.value()));
            page.waitForFunction("() => document.querySelector('claim-reader')?.dataset.renderedAt");
            page.locator("vaadin-tab:has-text('Graph')").click();
            page.waitForFunction("() => document.querySelector('workspace-graph')?.dataset.renderedAt");
            double collapsed = number(page, "document.querySelector('workspace-graph').dataset.renderedAt");
            double clicked = number(
                    page,
                    "(() => { const g = document.querySelector('workspace-graph'); const t = performance.now();"
                            + " g.cy.getElementById('section:" + section + "').emit('tap'); return t; })()");
            page.waitForFunction(
                    "t => Number(document.querySelector('workspace-graph').dataset.renderedAt) > t", clicked);
            double drawn = number(page, "document.querySelector('workspace-graph').dataset.renderedAt");
            double layout = number(page, "document.querySelector('workspace-graph').dataset.layoutMs");
            int nodes = (int) number(page, "document.querySelector('workspace-graph').dataset.renderedNodes");
            return new Run(collapsed, drawn - clicked, layout, 0, nodes, layoutOn(page));
        }
    }

    private void storeMaps() {
        ShippedEssay.ensureStored(catalog);
        if (catalog.find(SYNTHETIC).isEmpty()) catalog.create(SyntheticMaps.generate(SYNTHETIC.value(), 5000));
    }

    private static String layoutOn(Page page) {
        return String.valueOf(page.evaluate("() => document.querySelector('workspace-graph').dataset.layoutOn"));
    }

    private static double number(Page page, String expression) {
        return Double.parseDouble(String.valueOf(page.evaluate("() => " + expression)));
    }

    private static String row(String map, List<Run> runs) {
        return String.format(
                Locale.ROOT,
                "| %s | %d | %d | %s | %s | %s | %s |%n",
                map,
                runs.getFirst().spans(),
                runs.getFirst().nodes(),
                stats(runs.stream().mapToDouble(Run::readerMs).toArray()),
                stats(runs.stream().mapToDouble(Run::graphMs).toArray()),
                stats(runs.stream().mapToDouble(Run::layoutMs).toArray()),
                String.join(", ", runs.stream().map(Run::layoutOn).distinct().toList()));
    }

    /** Median [min–max] in ms. */
    private static String stats(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return String.format(Locale.ROOT, "%.0f ms [%.0f–%.0f]", v[v.length / 2], v[0], v[v.length - 1]);
    }
}
