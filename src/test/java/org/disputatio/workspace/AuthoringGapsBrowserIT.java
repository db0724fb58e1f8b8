package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.authoring.TextImport;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 12's last workspace gaps (fix12) in Debian's headless Chromium: the Alt+Shift shortcuts work again as soon
 * as a dialog closes, saved or cancelled, by keyboard only; Pro from the argument map's own toolbar; and on a map
 * made from a file, "New claim" of the author's words (their person, the text's section, the selection cleared so
 * a second Alt+Shift+N adds nothing) and "Download original".
 */
@IntegrationTest
class AuthoringGapsBrowserIT {

    static final MapId MAP = new MapId("gaps-browser");
    static final Locator.WaitForOptions GONE = new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED);
    /** A dialog's host element has no box of its own (its content is drawn in the overlay): wait for it opened. */
    static final Locator.WaitForOptions OPENED = new Locator.WaitForOptions().setState(WaitForSelectorState.ATTACHED);

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers("ada");

    @Autowired
    MapCatalog catalog;

    @Autowired
    TextImport textImport;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        page = chromium.signIn(chromium.newPage(1400, 900, "en-US"), "ada", TestUsers.PASSWORD);
    }

    MapContent map(MapId id) {
        return catalog.content(id).orElseThrow();
    }

    /** True once the focus is inside the workspace view (where its shortcuts listen), not on the page or a dialog. */
    boolean focusInWorkspace() {
        return (Boolean) page.evaluate("() => { const a = document.activeElement;"
                + " return !!a && a !== document.body && !!a.closest('vaadin-vertical-layout.workspace'); }");
    }

    @Test
    void afterADialogIsSavedOrCancelled_theNextShortcutWorks_byKeyboardOnly() {
        chromium.openWorkspace(page, MAP.value(), 2);
        // The thesis's words in the reader are a Tab stop: focus them, Enter opens the claim.
        page.locator("claim-reader mark.reader-stop[data-claim='c1']").focus();
        page.keyboard().press("Enter");
        page.locator("#claim-panel[data-claim='c1']").waitFor();

        // Saved: Alt+Shift+P, the text, Enter.
        page.keyboard().press("Alt+Shift+P");
        page.locator("#side-text input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#side-text') != null"
                + " || document.activeElement?.id === 'side-text'");
        page.keyboard().type("Alpha paints skies");
        page.keyboard().press("Enter");
        page.locator("#pro-dialog").waitFor(GONE);
        page.locator("#claim-panel:has-text('Alpha paints skies')").waitFor();
        page.waitForCondition(this::focusInWorkspace);
        assertThat(map(MAP).claims()).extracting(MapContent.Claim::text).contains("Alpha paints skies");

        // No click: the next shortcut opens the con dialog; Escape cancels it.
        page.keyboard().press("Alt+Shift+O");
        page.locator("#con-dialog[opened]").waitFor(OPENED);
        page.waitForFunction("() => document.activeElement?.closest('#side-text') != null"
                + " || document.activeElement?.id === 'side-text'");
        page.keyboard().press("Escape");
        page.locator("#con-dialog").waitFor(GONE);
        page.waitForCondition(this::focusInWorkspace);

        // Still no click: the attack dialog opens with Alt+Shift+K.
        page.keyboard().press("Alt+Shift+K");
        page.locator("#attack-dialog[opened]").waitFor(OPENED);
        Chromium.shot(page, "gaps-keyboard-attack.png");
        page.keyboard().press("Escape");
        page.locator("#attack-dialog").waitFor(GONE);
        assertThat(map(MAP).claims()).hasSize(4);
    }

    @Test
    void aNodeSelectedInTheGraph_getsAProFromTheGraphsToolbar() {
        chromium.openWorkspace(page, MAP.value(), 2);
        page.locator("vaadin-tab:has-text('Graph')").click();
        page.waitForFunction("() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
        assertThat(page.locator("#graph-authoring").isVisible()).isFalse();

        page.evaluate("() => document.querySelector('workspace-graph').cy.getElementById('c1').emit('tap')");
        page.locator("#graph-authoring").waitFor();
        page.locator("#claim-panel[data-claim='c1']").waitFor();
        assertThat(page.evaluate("() => document.querySelector('#graph-pro vaadin-tooltip')?.text"))
                .isEqualTo("Pro (Alt+Shift+P)");
        page.locator("#graph-pro").click();
        page.locator("#side-text input").waitFor();
        page.keyboard().type("Alpha is a painter");
        page.keyboard().press("Enter");
        page.locator("#pro-dialog").waitFor(GONE);
        page.waitForCondition(() -> map(MAP).arguments().stream()
                .anyMatch(a -> a.conclusion().equals("c1")
                        && a.premises().size() == 1
                        && map(MAP).claims().stream()
                                .anyMatch(c -> c.id().equals(a.premises().getFirst())
                                        && c.text().equals("Alpha is a painter"))));
        Chromium.shot(page, "gaps-graph-pro.png");
    }

    @Test
    void onAMapMadeFromAFile_newClaimIsTheAuthors_inItsSection_once_andTheOriginalDownloads() throws Exception {
        byte[] file = "# The question\n\nIs the sky green?\n\n# The answer\n\nAlpha says it is green.\n"
                .getBytes(StandardCharsets.UTF_8);
        MapId id = textImport.create(
                textImport.read(file, "sky.md"), new TextImport.Metadata("Sky", "en", "Alpha", null), "ada");
        page.navigate(chromium.url("/workspace/" + id.value()));
        page.locator("claim-reader").waitFor();
        String text = map(id).document().text();
        int start = text.indexOf("Alpha says");
        int end = start + "Alpha says".length();
        Chromium.selectInReader(page, start, end);
        page.locator("#claim-new:not([disabled])").waitFor();
        page.keyboard().press("Alt+Shift+N");
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 1");
        page.locator(".selection-bar").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        assertThat(page.evaluate("() => window.getSelection().isCollapsed")).isEqualTo(true);
        var claims = map(id).claims();
        assertThat(claims).hasSize(1);
        assertThat(claims.getFirst().text()).isEqualTo("Alpha says");
        assertThat(claims.getFirst().proponent()).isEqualTo("Alpha");
        assertThat(claims.getFirst().section()).isEqualTo("2");

        // A second Alt+Shift+N has no selection to make a claim of.
        page.keyboard().press("Alt+Shift+N");
        // Whatever the key did has been answered once the Vaadin client is idle again.
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
        assertThat(map(id).claims()).hasSize(1);

        Locator original = page.locator("#workspace-original");
        assertThat(original.getAttribute("href")).isEqualTo("/api/maps/" + id.value() + "/original");
        Download download = page.waitForDownload(original::click);
        assertThat(download.suggestedFilename()).isEqualTo("sky.md");
        assertThat(Files.readAllBytes(download.path())).isEqualTo(file);
    }
}
