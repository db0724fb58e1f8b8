package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import org.disputatio.IntegrationTest;
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
 * Building the argument around a claim in the workspace, by keyboard, in Debian's headless Chromium (ADR 032):
 * a pro and a con in two actions each (the shortcut, then Enter), an argument with two linked premises picked by
 * search, and a deletion undone from its notification.
 */
@IntegrationTest
class AuthoringBrowserIT {

    static final MapId MAP = new MapId("authoring-browser");

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers("ada");

    @Autowired
    MapCatalog catalog;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        page = chromium.newPage(1400, 900, "en-US");
    }

    MapContent map() {
        return catalog.content(MAP).orElseThrow();
    }

    String claimWithText(String text) {
        return map().claims().stream()
                .filter(c -> c.text().equals(text))
                .findFirst()
                .orElseThrow()
                .id();
    }

    @Test
    void proAndConInTwoActionsEach_anArgumentWithTwoPremisesByKeyboard_andADeletionUndone() {
        String base = chromium.url("");
        chromium.signIn(page, "ada", TestUsers.PASSWORD);
        page.navigate(base + "/workspace/" + MAP.value());
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 2");
        page.locator("claim-reader mark[data-claim='c1']").first().click();
        page.locator("#claim-text:has-text('The sky is green')").waitFor();
        assertThat(page.evaluate("() => document.querySelector('#claim-pro vaadin-tooltip')?.text"))
                .isEqualTo("Pro (Alt+Shift+P)");
        assertThat(page.evaluate("() => document.querySelector('#claim-argument vaadin-tooltip')?.text"))
                .isEqualTo("Argument / premise (Alt+Shift+A)");

        // Pro: the shortcut (1), the text, Enter (2).
        page.keyboard().press("Alt+Shift+P");
        page.locator("#side-text input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#side-text') != null"
                + " || document.activeElement?.id === 'side-text'");
        page.keyboard().type("Alpha paints skies");
        page.keyboard().press("Enter");
        page.locator("#claim-panel:has-text('Alpha paints skies')").waitFor();
        String pro = claimWithText("Alpha paints skies");
        assertThat(map().arguments())
                .anyMatch(
                        a -> a.premises().equals(List.of(pro)) && a.conclusion().equals("c1"));

        // Con: the shortcut (1), the text, Enter (2).
        page.locator("#claim-text").click();
        page.keyboard().press("Alt+Shift+O");
        page.locator("#side-text input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#side-text') != null"
                + " || document.activeElement?.id === 'side-text'");
        page.keyboard().type("Alpha is colour-blind");
        page.keyboard().press("Enter");
        page.locator("#claim-panel:has-text('Alpha is colour-blind')").waitFor();
        String con = claimWithText("Alpha is colour-blind");
        assertThat(map().attacks())
                .anyMatch(k ->
                        k.from().equals(con) && k.to().equals("c1") && k.kind().equals("rebut"));

        // An argument for c1 from two linked premises, picked by search, keyboard only.
        page.locator("#claim-text").click();
        page.keyboard().press("Alt+Shift+A");
        page.locator("#argument-premises input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#argument-premises') != null"
                + " || document.activeElement?.id === 'argument-premises'");
        page.keyboard().type("looked");
        page.locator("vaadin-multi-select-combo-box-item:has-text('Alpha looked up')")
                .waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.keyboard().press("Control+a");
        page.keyboard().type("paints");
        page.locator("vaadin-multi-select-combo-box-item:has-text('Alpha paints skies')")
                .waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        page.keyboard().press("Control+Enter");
        page.locator("#argument-dialog")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        page.waitForCondition(() -> map().arguments().stream()
                .anyMatch(a -> a.conclusion().equals("c1") && a.premises().equals(List.of("c2", pro))));
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("authoring-argument.png")));

        // Delete the first argument for c1 (a1 is the essay's: ada may not; her pro's argument is offered too).
        String proArgument = map().arguments().stream()
                .filter(a -> a.premises().equals(List.of(pro)))
                .findFirst()
                .orElseThrow()
                .id();
        page.locator("#claim-unlink").click();
        page.locator("#delete-item").click();
        page.locator("vaadin-select-item:has-text('" + "Alpha paints skies" + "')")
                .first()
                .click();
        page.locator("#delete-save").click();
        page.locator("#authoring-undo").waitFor();
        assertThat(map().arguments()).noneMatch(a -> a.id().equals(proArgument));
        page.locator("#authoring-undo").click();
        page.waitForCondition(() -> map().arguments().stream().anyMatch(a -> a.id().equals(proArgument)));
    }
}
