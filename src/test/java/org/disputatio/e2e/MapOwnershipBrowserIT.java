package org.disputatio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: the maps list shows owner, language, claims and last change; Duplicate opens the copy, which its
 * new owner renames with Alt+Shift+R; Delete in the list offers Undo, which brings the map back (issue 12 point 3).
 */
@IntegrationTest
class MapOwnershipBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers("ada", "brigitte");

    @Autowired
    MapCatalog catalog;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(SampleMaps.twoVoices("two-voices"), null, "ada");
        page = chromium.newPage(1440, 900, "en-US");
    }

    private void signIn(String user) {
        chromium.signIn(page, user, TestUsers.PASSWORD);
    }

    @Test
    void mapsList_showsItsColumns_andDuplicateOpensTheCopy_whichItsOwnerRenames() {
        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-grid-cell-content:has-text('Two voices')").waitFor();
        assertThat(page.locator("#maps-new").isVisible())
                .as("anonymous: no New map")
                .isFalse();
        for (String header : new String[] {"Title", "Owner", "Language", "Claims", "Last change"}) {
            assertThat(page.locator("vaadin-grid-cell-content")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(header))
                            .count())
                    .as(header)
                    .isGreaterThan(0);
        }
        assertThat(page.locator("vaadin-grid-cell-content:text-is('ada')").count())
                .isEqualTo(1);
        assertThat(page.locator("vaadin-grid-cell-content:text-is('en')").count())
                .isEqualTo(1);
        assertThat(page.locator("vaadin-grid-cell-content:text-is('3')").count())
                .isEqualTo(1);
        assertThat(page.locator(
                                "vaadin-grid-cell-content:text-matches('^\\\\d{4}-\\\\d{2}-\\\\d{2} \\\\d{2}:\\\\d{2} UTC$')")
                        .count())
                .isEqualTo(1);

        signIn("brigitte");
        page.navigate(chromium.url("/maps"));
        page.locator("#maps-new").waitFor();
        // Brigitte does not own the map: she may duplicate it, not rename or delete it.
        assertThat(page.locator("vaadin-button.maps-rename").count()).isZero();
        assertThat(page.locator("vaadin-button.maps-delete").count()).isZero();
        page.locator("vaadin-button.maps-duplicate[aria-label='Duplicate: Two voices']")
                .click();
        page.waitForURL(u -> u.contains("/workspace/two-voices-copy-"));
        page.locator("h2.workspace-title:has-text('Two voices (copy)')").waitFor();
        assertThat(page.locator("#workspace-map-owner").textContent()).isEqualTo("Owner: brigitte");

        page.locator("#workspace-map-menu").waitFor();
        page.keyboard().press("Alt+Shift+R");
        page.locator("#rename-map-title input").fill("Brigitte's dialogue");
        page.locator("#rename-map-title input").press("Enter");
        page.locator("h2.workspace-title:has-text(\"Brigitte's dialogue\")").waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("map-copy-renamed.png")));

        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-grid-cell-content:has-text(\"Brigitte's dialogue\")")
                .waitFor();
        assertThat(page.locator("vaadin-grid-cell-content:text-is('brigitte')").count())
                .isEqualTo(1);
    }

    @Test
    void deleteInTheList_offersUndo_whichBringsTheMapBack() {
        signIn("ada");
        page.navigate(chromium.url("/maps"));
        page.locator("vaadin-button.maps-delete[aria-label='Delete: Two voices']")
                .click();
        page.locator("#map-deleted-undo").waitFor();
        page.locator("vaadin-grid-cell-content:has-text('Two voices')")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        page.locator("#maps-recently-deleted").waitFor();
        page.locator("#map-deleted-undo").click();
        page.locator("vaadin-grid-cell-content:has-text('Two voices')").waitFor();
        assertThat(catalog.find(new org.disputatio.maps.MapId("two-voices"))).isPresent();
    }
}
