package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Printing the workspace (issue 14 point 6, the browser's print with a print stylesheet): under the print media the
 * app's chrome (navigation bar, workspace header, tabs, buttons) is not displayed, the reader's text and the open
 * claim panel are, at their full height.
 */
@IntegrationTest
class WorkspacePrintBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withMap(SampleMaps.twoVoices("two-voices"));

    Page page;

    @BeforeEach
    void open() {
        Page admin = chromium.signIn(chromium.newPage(1280, 720, "en-US"), "admin", IntegrationTest.ADMIN_PASSWORD);
        page = chromium.openWorkspace(admin, "two-voices", 2);
        page.locator("claim-reader mark[data-claim='c1']").first().click();
        page.locator("#claim-panel[data-claim='c1'] #claim-text").waitFor();
    }

    /** Whether each element the selector finds takes space on the page (its box is drawn). */
    @SuppressWarnings("unchecked")
    private List<Boolean> shown(String selector) {
        return (List<Boolean>) page.evaluate(
                "s => [...document.querySelectorAll(s)].map(e => e.checkVisibility() && e.getClientRects().length > 0)",
                selector);
    }

    @Test
    void printed_showsTheTextAndTheClaimPanel_withoutTheChrome() throws Exception {
        assertThat(shown(".workspace-header")).containsExactly(true);
        assertThat(shown("vaadin-app-layout > [slot='navbar']")).contains(true);

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));

        assertThat(shown(".workspace-header")).containsExactly(false);
        assertThat(shown("vaadin-app-layout > [slot='navbar']")).containsOnly(false);
        assertThat(shown("vaadin-app-layout > [slot='drawer']")).containsOnly(false);
        assertThat(page.evaluate("() => getComputedStyle(document.querySelector('#workspace-tabs')"
                        + ".shadowRoot.querySelector('[part~=tabs-container]')).display"))
                .isEqualTo("none");
        assertThat(shown(".workspace vaadin-button")).isNotEmpty().containsOnly(false);
        assertThat(shown("claim-reader")).containsExactly(true);
        assertThat(page.locator("claim-reader").innerText()).contains(SampleMaps.TEXT);
        assertThat(shown("#claim-panel")).containsExactly(true);
        assertThat(page.locator("#claim-text").innerText()).isEqualTo("The sky is green");
        // The reader comes first and the claim panel below it, neither cut off by a scroll box.
        @SuppressWarnings("unchecked")
        var boxes = (List<Number>) page.evaluate("() => { const r = document.querySelector('claim-reader')"
                + ".getBoundingClientRect(); const c = document.querySelector('#claim-panel').getBoundingClientRect();"
                + " return [r.bottom, c.top]; }");
        assertThat(boxes.get(1).doubleValue())
                .isGreaterThanOrEqualTo(boxes.get(0).doubleValue());

        Chromium.shot(page, "workspace-print.png");
        byte[] pdf = page.pdf();
        Files.write(Chromium.SCREENSHOTS.resolve("workspace-print.pdf"), pdf);
        assertThat(new String(Arrays.copyOf(pdf, 5))).isEqualTo("%PDF-");
    }
}
