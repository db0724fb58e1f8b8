package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The new-map form in Chromium: paste a text or upload a PDF, see its reading text, create, land in the workspace. */
@IntegrationTest
class NewMapBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    Page page;

    @BeforeEach
    void openPage() {
        page = chromium.signIn(chromium.newPage(1280, 900, "en-US"), "admin", IntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void pastedText_previewedThenCreated_opensTheWorkspaceWithTheText() {
        page.navigate(chromium.url("/maps/new"));
        page.locator("#new-map-text textarea")
                .fill("The world is like a machine.\nSo it has a maker.\n\nBut the analogy is weak.");
        page.locator("#new-map-title input").click(); // leaving the text area reads it
        page.locator("#new-map-reading-text").waitFor();
        assertThat(page.locator("#new-map-reading-text").textContent())
                .isEqualTo("The world is like a machine. So it has a maker.\n\nBut the analogy is weak.");
        assertThat(page.locator("#new-map-language input").inputValue()).isEqualTo("en");
        page.locator("#new-map-title input").fill("The design argument");

        page.locator("#new-map-create").click();

        page.waitForURL("**/workspace/the-design-argument");
        page.locator("text=But the analogy is weak.").first().waitFor();
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("new-map-workspace.png")));
    }

    @Test
    void uploadedPdf_showsItsSectionsAndJoinedWords() {
        page.navigate(chromium.url("/maps/new"));
        page.locator("#new-map-upload input[type=file]")
                .setInputFiles(new FilePayload("essay.pdf", "application/pdf", TestDocuments.essayPdf()));

        page.locator("#new-map-sections").waitFor();

        assertThat(page.locator("#new-map-sections li").allTextContents())
                .containsExactly("1. The question", "2. The reply");
        assertThat(page.locator("#new-map-reading-text").textContent()).isEqualTo(TestDocuments.ESSAY_READING_TEXT);
        assertThat(page.locator("#new-map-title input").inputValue()).isEqualTo("essay");
        page.screenshot(new Page.ScreenshotOptions().setPath(Chromium.SCREENSHOTS.resolve("new-map-pdf.png")));
    }
}
