package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The workspace's layout on the essay map in Chromium, at the two screen sizes of issue 11: every tab
 * and panel scrolls to its end with its last line on screen, the reader gets most of the height, the
 * claim panel reads in titled sections without internal ids or sideways overflow, and the keyboard
 * reaches the text through a skip link and walks its claims with the arrow keys from one Tab stop.
 * Screenshots of every tab, in English and French, go to target/screenshots/.
 */
@IntegrationTest
class WorkspaceLayoutBrowserIT {

    /** An internal id as the database writes them: argument, claim, user evidence. */
    static final String INTERNAL_ID = "\\b[acu]-[0-9a-z]{3,}\\b";

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withEssay();

    private Page open(int width, int height, String locale) {
        Page page = chromium.newPage(width, height, locale);
        page.navigate(chromium.url("/workspace/" + ShippedEssay.ID.value()));
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) > 300");
        return page;
    }

    private static Locator tab(Page page, int index) {
        return page.locator("#workspace-tabs vaadin-tab").nth(index);
    }

    /**
     * Scrolls a box to its end, then measures it and its content: the box must lie inside the window, and the
     * bottom of its content (a range over all of it) inside the box, so the last line can be seen.
     */
    private static final String SCROLL_TO_END = """
            async (selector) => {
              const box = document.querySelector(selector);
              if (!box) return { missing: selector };
              box.scrollTop = box.scrollHeight;
              await new Promise((r) => setTimeout(r, 150));
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              const b = box.getBoundingClientRect();
              const range = document.createRange();
              range.selectNodeContents(box);
              const c = range.getBoundingClientRect();
              return {
                boxTop: b.top, boxBottom: b.bottom, boxLeft: b.left, boxRight: b.right,
                contentBottom: c.bottom, contentHeight: c.height,
                scrollHeight: box.scrollHeight, clientHeight: box.clientHeight,
                scrolledToEnd: box.scrollTop + box.clientHeight >= box.scrollHeight - 2,
                sideways: box.scrollWidth - box.clientWidth,
                windowWidth: window.innerWidth, windowHeight: window.innerHeight,
                last: (box.innerText || '').trim().split('\\n').filter((l) => l.trim()).slice(-1)[0] || ''
              };
            }
            """;

    /** The same for a grid, whose rows scroll inside its shadow root. */
    private static final String GRID_TO_END = """
            async (selector) => {
              const grid = document.querySelector(selector);
              if (!grid) return { missing: selector };
              const table = grid.$.table;
              if (grid.size > 0) grid.scrollToIndex(grid.size - 1);
              await new Promise((r) => setTimeout(r, 300));
              // Rows of varying height: the grid learns its real height while it scrolls, so scroll until the end.
              for (let i = 0; i < 40 && table.scrollTop + table.clientHeight < table.scrollHeight - 2; i++) {
                table.scrollTop = table.scrollHeight;
                await new Promise((r) => setTimeout(r, 150));
              }
              await new Promise((r) => setTimeout(r, 300));
              await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
              const b = grid.getBoundingClientRect();
              const t = table.getBoundingClientRect();
              const rows = [...grid.$.items.children].filter((row) => !row.hidden);
              const lowest = rows.map((row) => row.getBoundingClientRect()).filter((r) => r.height > 0 && r.top < t.bottom)
                .reduce((a, r) => (r.bottom > a ? r.bottom : a), 0);
              return {
                boxTop: b.top, boxBottom: b.bottom, boxLeft: b.left, boxRight: b.right,
                contentBottom: Math.min(lowest, t.bottom), contentHeight: lowest - t.top,
                scrollHeight: table.scrollHeight, clientHeight: table.clientHeight,
                // At the end when the grid's last row is drawn inside it (rows of varying height keep the
                // virtual scroll height an estimate), or when the scroll position says so.
                scrolledToEnd: table.scrollTop + table.clientHeight >= table.scrollHeight - 2
                  || rows.some((row) => row.index === grid.size - 1 && row.getBoundingClientRect().bottom <= t.bottom + 1),
                sideways: 0,
                windowWidth: window.innerWidth, windowHeight: window.innerHeight,
                last: rows.length + ' rows drawn'
              };
            }
            """;

    /** Scrolls a panel to its end and checks that the end can be seen: nothing of it is out of reach. */
    @SuppressWarnings("unchecked")
    private static void assertEndVisible(Page page, String what, String script, String selector) {
        var m = (Map<String, Object>) page.evaluate(script, selector);
        assertThat(m).as(what).doesNotContainKey("missing");
        double windowHeight = num(m, "windowHeight");
        double windowWidth = num(m, "windowWidth");
        String state = what + " " + m;
        assertThat(num(m, "boxTop")).as(state).isGreaterThanOrEqualTo(0);
        assertThat(num(m, "boxBottom")).as(state).isLessThanOrEqualTo(windowHeight + 1);
        assertThat(num(m, "boxRight")).as(state).isLessThanOrEqualTo(windowWidth + 1);
        assertThat(num(m, "boxBottom") - num(m, "boxTop")).as(state).isGreaterThan(100);
        assertThat(m.get("scrolledToEnd")).as(state).isEqualTo(true);
        assertThat(num(m, "contentBottom")).as(state).isLessThanOrEqualTo(num(m, "boxBottom") + 1);
        assertThat(num(m, "contentBottom")).as(state).isGreaterThan(num(m, "boxTop"));
        assertThat(num(m, "sideways")).as(state + ": no sideways overflow").isLessThanOrEqualTo(1);
    }

    private static double num(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @ParameterizedTest(name = "{0}×{1} {2}")
    @CsvSource({"1280, 720, en-US", "1440, 900, en-US", "1280, 720, fr-FR", "1440, 900, fr-FR"})
    void everyTabAndPanel_scrollsToItsEnd_andTheReaderGetsMostOfTheHeight(int width, int height, String locale) {
        Page page = open(width, height, locale);
        String size = width + "x" + height + "-" + locale.substring(0, 2);

        // Reader: most of the height is text, with the claim sheet closed until a claim is chosen.
        assertThat(page.locator("#claim-sheet").isVisible()).isFalse();
        double readerHeight = ((Number) page.evaluate(
                        "() => document.querySelector('#reader-scroller').getBoundingClientRect().height"))
                .doubleValue();
        assertThat(readerHeight / height)
                .as("reader text height %s px of %s", readerHeight, height)
                .isGreaterThanOrEqualTo(0.6);
        Chromium.shot(page, "layout-" + size + "-reader.png");
        assertEndVisible(page, "reader", SCROLL_TO_END, "#reader-scroller");
        // Scrolled down, the title folds away and the text gains its height.
        page.waitForFunction("() => document.querySelector('.workspace').hasAttribute('compact')");
        double compactHeight = ((Number) page.evaluate(
                        "() => document.querySelector('#reader-scroller').getBoundingClientRect().height"))
                .doubleValue();
        assertThat(compactHeight).isGreaterThan(readerHeight);
        page.evaluate("() => document.querySelector('#reader-scroller').scrollTop = 0");

        // The claim sheet opens on a claim, and its sections scroll to the end.
        page.locator("claim-reader mark.reader-stop").nth(5).click();
        page.locator("#claim-text").waitFor();
        assertThat(page.locator("#claim-sheet").isVisible()).isTrue();
        Chromium.shot(page, "layout-" + size + "-claim.png");
        assertEndVisible(page, "claim panel", SCROLL_TO_END, "#claim-panel");
        double readerWithSheet = ((Number) page.evaluate(
                        "() => document.querySelector('#reader-scroller').getBoundingClientRect().height"))
                .doubleValue();
        assertThat(readerWithSheet / height).isGreaterThanOrEqualTo(0.6);

        // Graph: the canvas lies whole inside the window.
        tab(page, 1).click();
        page.waitForFunction("() => document.querySelector('workspace-graph')?.cy?.nodes().length > 0");
        @SuppressWarnings("unchecked")
        var graph = (Map<String, Object>) page.evaluate("""
                () => { const r = document.querySelector('workspace-graph').getBoundingClientRect();
                        return { top: r.top, bottom: r.bottom, right: r.right, height: r.height,
                                 windowHeight: window.innerHeight, windowWidth: window.innerWidth }; }
                """);
        assertThat(num(graph, "bottom")).as("graph %s", graph).isLessThanOrEqualTo(num(graph, "windowHeight") + 1);
        assertThat(num(graph, "right")).as("graph %s", graph).isLessThanOrEqualTo(num(graph, "windowWidth") + 1);
        assertThat(num(graph, "height")).as("graph %s", graph).isGreaterThan(200);
        Chromium.shot(page, "layout-" + size + "-graph.png");

        checkTab(page, 2, GRID_TO_END, "#outline-tree", "layout-" + size + "-outline.png");

        // Sources, then a contested source's details with its what-if result: the longest pane of all.
        tab(page, 3).click();
        page.locator("#sources-grid").waitFor();
        assertEndVisible(page, "sources", GRID_TO_END, "#sources-grid");
        page.evaluate("() => document.querySelector('#sources-grid').$.table.scrollTop = 0");
        page.locator("#sources-grid vaadin-grid-cell-content:has-text('⚠')")
                .first()
                .click();
        page.locator("#source-details").waitFor();
        page.locator("#what-if-reject").click();
        page.locator("#what-if-result h4").first().waitFor();
        assertEndVisible(page, "source details", SCROLL_TO_END, "#source-details-scroller");
        Chromium.shot(page, "layout-" + size + "-source-details.png");

        checkTab(page, 4, GRID_TO_END, "#contested-grid", "layout-" + size + "-contested.png");
        checkTab(page, 5, SCROLL_TO_END, "#workspace-history-scroller", "layout-" + size + "-history.png");
    }

    /** Opens a tab, scrolls its panel to the end, checks the end is on screen, and takes a picture. */
    private static void checkTab(Page page, int index, String script, String selector, String screenshot) {
        tab(page, index).click();
        page.locator(selector).waitFor();
        assertEndVisible(page, selector, script, selector);
        Chromium.shot(page, screenshot);
    }

    @Test
    void claimPanel_readsInSections_withPremisesAsLists_attacksByKind_aPicture_andNoInternalIds() {
        Page page = open(1440, 900, "en-US");
        // Several claims across the essay, the thesis (many arguments) first.
        List<String> claims = List.of(
                (String) page.evaluate(
                        "() => document.querySelector(\"claim-reader mark[data-kind='thesis']\").dataset.claim"),
                (String) page.evaluate(
                        "() => document.querySelectorAll('claim-reader mark.reader-stop')[40].dataset.claim"),
                (String) page.evaluate(
                        "() => document.querySelectorAll('claim-reader mark.reader-stop')[150].dataset.claim"),
                (String) page.evaluate(
                        "() => document.querySelectorAll('claim-reader mark.reader-stop')[260].dataset.claim"),
                (String) page.evaluate(
                        "() => [...document.querySelectorAll('claim-reader mark.reader-stop')].at(-1).dataset.claim"));
        int withArguments = 0;
        int withAttacks = 0;
        for (String claim : claims) {
            select(page, claim);
            String visible = page.locator("#claim-panel").innerText();
            assertThat(visible).as("claim %s", claim).doesNotContainPattern(INTERNAL_ID);
            assertThat(visible).as("claim %s", claim).doesNotContain("proponent:");
            // The headings a reader sees, in order: the sections' titles. A help tip's heading is inside its
            // popover, unseen until the tip is opened, and not a section of the panel.
            assertThat(page.locator("#claim-panel h4")
                            .filter(new Locator.FilterOptions().setVisible(true))
                            .allInnerTexts())
                    .as("claim %s", claim)
                    .containsExactly(
                            "Exact words",
                            "Citations",
                            "Arguments for it",
                            "Attacks on it",
                            "Evidence",
                            "Ratings",
                            "Why this strength",
                            "History");
            assertThat(page.locator("#claim-words .show-in-reader").first().innerText())
                    .isEqualTo("Show in text");
            assertThat(((Number)
                                    page.evaluate(
                                            "() => { const p = document.querySelector('#claim-panel'); return p.scrollWidth - p.clientWidth; }"))
                            .intValue())
                    .as("sideways overflow of claim %s", claim)
                    .isLessThanOrEqualTo(0);
            int arguments = page.locator("#claim-arguments li.argument").count();
            if (arguments > 0) {
                withArguments++;
                // Each argument lists its premises, one item each, under "Argument n".
                for (int i = 0; i < arguments; i++) {
                    Locator argument =
                            page.locator("#claim-arguments li.argument").nth(i);
                    assertThat(argument.locator(".argument-head").innerText()).startsWith("Argument " + (i + 1));
                    assertThat(argument.locator("ul.premises > li").count()).isPositive();
                }
            }
            if (page.locator("#claim-attacks .attack-group").count() > 0) {
                withAttacks++;
                assertThat(page.locator("#claim-attacks .attack-group h5").allInnerTexts())
                        .allMatch(h -> h.matches("(Rebut|Undermine|Undercut) \\(\\d+\\)"));
            }
            // "Why this strength" is drawn: a meter from the prior, and a bar per contribution.
            assertThat(page.locator("#claim-why .why-meter-track").count()).isEqualTo(1);
            assertThat(page.locator("#claim-why .why-row").count())
                    .isEqualTo(page.locator("#claim-why .why-bar").count());
        }
        assertThat(withArguments).isPositive();
        assertThat(withAttacks).isPositive();

        // The thesis: its contributions drawn as bars of real width.
        select(page, claims.getFirst());
        assertThat(page.locator("#claim-panel p").first().innerText()).startsWith("Thesis ·");
        page.evaluate("() => document.querySelector('#claim-why').scrollIntoView()");
        double widest = ((Number)
                        page.evaluate(
                                "() => Math.max(...[...document.querySelectorAll('#claim-why .why-fill')].map((f) => f.getBoundingClientRect().width))"))
                .doubleValue();
        assertThat(widest).isGreaterThan(20);
        Chromium.shot(page, "layout-1440x900-en-thesis-panel.png");

        // Closed, the sheet gives the text the whole width; widened, it takes more than half.
        double tabsOpen = width(page, "#workspace-tabs");
        page.locator("#claim-sheet-widen").click();
        page.waitForFunction(
                "w => document.querySelector('#workspace-tabs').getBoundingClientRect().width < w - 100", tabsOpen);
        assertThat(width(page, "#claim-sheet")).isGreaterThan(width(page, "#workspace-tabs"));
        page.locator("#claim-sheet-close").click();
        page.waitForFunction("() => !document.querySelector('#claim-sheet')?.checkVisibility()");
        assertThat(width(page, "#workspace-tabs")).isGreaterThan(1400);
        page.locator("claim-reader mark.reader-stop").nth(3).click();
        page.waitForFunction("() => document.querySelector('#claim-sheet')?.checkVisibility()");
    }

    /** Clicks a claim in the reader and waits for its panel. */
    private static void select(Page page, String claim) {
        page.locator("claim-reader mark[data-claim='" + claim + "']").first().click();
        page.locator("#claim-panel[data-claim='" + claim + "'] #claim-text").waitFor();
    }

    private static double width(Page page, String selector) {
        return ((Number) page.evaluate("s => document.querySelector(s).getBoundingClientRect().width", selector))
                .doubleValue();
    }

    /** Waits until the page's Vaadin client has no round trip to the server in flight. */
    private static void settled(Page page) {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    private static String focused(Page page) {
        return (String) page.evaluate("""
                () => { const a = document.activeElement;
                        if (a.id === 'skip-link') return 'skip:' + a.textContent;
                        if (a.closest && a.closest('claim-reader')) return 'claim:' + a.dataset.claim;
                        return 'other:' + a.tagName; }
                """);
    }

    @Test
    void keyboard_skipLinkFirst_thenTheClaimsAreOneTabStop_walkedWithArrows_andEnterSelects() {
        Page page = open(1280, 720, "en-US");
        int stops = ((Number) page.evaluate("() => document.querySelectorAll('claim-reader mark.reader-stop').length"))
                .intValue();
        assertThat(stops).isGreaterThan(300);
        assertThat(page.locator("claim-reader [tabindex='0']").count()).isEqualTo(1);

        page.keyboard().press("Tab");
        assertThat(focused(page)).isEqualTo("skip:Skip to text");
        Chromium.shot(page, "layout-1280x720-en-skip-link.png");
        page.keyboard().press("Enter");
        String first = focused(page);
        assertThat(first).startsWith("claim:");

        page.keyboard().press("ArrowDown");
        String second = focused(page);
        assertThat(second).startsWith("claim:").isNotEqualTo(first);
        page.keyboard().press("ArrowDown");
        assertThat(focused(page)).isNotEqualTo(second);
        page.keyboard().press("ArrowUp");
        assertThat(focused(page)).isEqualTo(second);
        // Still one Tab stop: the claim the arrows reached.
        assertThat(page.locator("claim-reader [tabindex='0']").count()).isEqualTo(1);
        assertThat("claim:" + page.locator("claim-reader [tabindex='0']").getAttribute("data-claim"))
                .isEqualTo(second);

        String label = (String) page.evaluate("() => document.activeElement.getAttribute('aria-label')");
        page.keyboard().press("Enter");
        page.waitForFunction("l => document.querySelector('#claim-text')?.textContent === l", label);
        // Opening the claim's sheet redraws parts of the page in later round trips: let them end first.
        settled(page);

        // Tab leaves the text at once; Shift+Tab comes back to the same claim.
        page.locator("claim-reader [tabindex='0']").focus();
        page.keyboard().press("Tab");
        assertThat(focused(page)).doesNotStartWith("claim:");
        settled(page);
        page.keyboard().press("Shift+Tab");
        assertThat(focused(page)).isEqualTo(second);
        page.keyboard().press("End");
        assertThat(focused(page))
                .isEqualTo(
                        "claim:"
                                + page.evaluate(
                                        "() => [...document.querySelectorAll('claim-reader mark.reader-stop')].at(-1).dataset.claim"));

        // From another tab, the skip link brings the text back and lands on its claim.
        tab(page, 1).click();
        page.waitForFunction("() => document.querySelector('workspace-graph')?.cy?.nodes().length > 0");
        page.locator("#skip-link").focus();
        page.keyboard().press("Enter");
        page.waitForFunction(
                "() => document.activeElement?.closest && document.activeElement.closest('claim-reader') !== null");
        assertThat(page.locator("claim-reader").isVisible()).isTrue();
    }
}
