package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import org.disputatio.IntegrationTest;
import org.disputatio.authoring.RevisionMaps;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claim revision in Debian's headless Chromium: words selected in the reader become the author's claim in
 * two actions (select, Alt+Shift+N), which is then edited (Alt+Shift+E), deleted and brought back with the
 * notification's Undo. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class ClaimActionsBrowserIT {

    static final String MAP = "revise-voices";

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    @Autowired
    MapCatalog catalog;

    Page page;

    @BeforeEach
    void openPage() {
        catalog.create(RevisionMaps.withPeople(MAP));
        page = chromium.newPage(1400, 900, "en-US");
    }

    Optional<MapContent.Claim> claimWithText(String text) {
        return catalog.content(new MapId(MAP)).orElseThrow().claims().stream()
                .filter(c -> c.text().equals(text))
                .findFirst();
    }

    /** Waits for what the server stores, which the browser shows only after its round trip. */
    static <T> T eventually(Supplier<Optional<T>> probe) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(until)) {
            var found = probe.get();
            if (found.isPresent()) return found.get();
            Thread.sleep(200);
        }
        throw new AssertionError("not seen within 60 s");
    }

    @Test
    void selectedWords_becomeTheAuthorsClaimInTwoActions_thenAreEditedDeletedAndRestored() throws Exception {
        chromium.signIn(page, "admin", IntegrationTest.ADMIN_PASSWORD);
        chromium.openWorkspace(page, MAP, 2);

        // Action 1: select "Beta replies" (31 to 43). Action 2: Alt+Shift+N.
        Chromium.selectInReader(page, 31, 43);
        page.locator("#claim-new:not([disabled])").waitFor();
        assertThat(tooltip("#claim-new")).contains("Alt+Shift+N");
        page.keyboard().press("Alt+Shift+N");

        var created = eventually(() -> claimWithText("Beta replies"));
        assertThat(created.proponent()).isEqualTo("Alpha");
        assertThat(created.proponentId()).isEqualTo("alpha");
        assertThat(created.kind()).isEqualTo("premise");
        assertThat(created.anchors())
                .extracting(MapContent.Anchor::start, MapContent.Anchor::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(31, 43));
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 3");
        page.locator("#claim-panel[data-claim='" + created.id() + "']").waitFor();
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("claim-actions-created.png")));

        // Edit by keyboard: Alt+Shift+E opens the dialog on the claim shown.
        page.locator("#claim-edit:not([disabled])").waitFor();
        page.keyboard().press("Alt+Shift+E");
        page.locator("#claim-edit-text textarea").fill("Beta answers Alpha");
        page.locator("#claim-edit-save").click();
        var edited = eventually(() -> claimWithText("Beta answers Alpha"));
        assertThat(edited.id()).isEqualTo(created.id());
        assertThat(edited.proponent()).isEqualTo("Alpha");

        // Delete, then Undo in the notification: the claim is back as it was.
        page.locator("#claim-delete:not([disabled])").waitFor();
        page.locator("#claim-delete").click();
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 2");
        assertThat(claimWithText("Beta answers Alpha")).isEmpty();
        page.locator("#claim-undo").click();
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) === 3");
        var restored = eventually(() -> claimWithText("Beta answers Alpha"));
        assertThat(restored).isEqualTo(edited);
        page.screenshot(
                new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("claim-actions-restored.png")));
    }

    /** Vaadin 25 keeps a button's tooltip in a vaadin-tooltip child. */
    private String tooltip(String selector) {
        return String.valueOf(
                page.evaluate("s => document.querySelector(s)?.querySelector('vaadin-tooltip')?.text ?? ''", selector));
    }
}
