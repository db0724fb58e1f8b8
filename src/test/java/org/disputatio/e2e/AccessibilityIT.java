package org.disputatio.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Runs axe-core (Deque's accessibility engine, installed from npm into target/axe by the build) on every
 * view of the app, anonymous and signed in, on the shipped essay, and fails on any violation axe rates
 * serious or critical. The message lists each rule with the elements that break it, so a failure says
 * what to fix.
 */
@IntegrationTest
class AccessibilityIT {

    static final Path AXE = Path.of("target", "axe", "node_modules", "axe-core", "axe.min.js");

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    static String axeSource;

    @Autowired
    MapCatalog catalog;

    @BeforeAll
    static void readAxe() throws IOException {
        axeSource = Files.readString(AXE);
    }

    /** The views an anonymous visitor reaches; each waits for something the view draws once it is ready. */
    static final Map<String, String> ANONYMOUS = Map.of(
            "/maps",
            "vaadin-grid",
            "/map/" + ShippedEssay.ID.value(),
            "vaadin-grid",
            "/workspace/" + ShippedEssay.ID.value(),
            "claim-reader mark.claim-span",
            "/timeline/" + ShippedEssay.ID.value(),
            "vaadin-grid",
            "/login",
            "vaadin-login-form input[name='username']",
            "/register",
            "#register-username input");

    /** What only a signed-in user (here the admin) sees besides. */
    static final Map<String, String> SIGNED_IN = Map.of(
            "/account", "#change-password",
            "/accounts", "vaadin-grid",
            "/groups", "#create-group");

    /**
     * Also saves a screenshot of every view at both sizes the issue names (1440×900 and 1280×720) under
     * target/screenshots/views/, named by language, sign-in, view and size.
     */
    @ParameterizedTest
    @CsvSource({"false, en-US", "true, en-US", "false, fr-FR", "true, fr-FR"})
    void everyView_hasNoSeriousOrCriticalViolation(boolean signedIn, String locale) {
        ShippedEssay.ensureStored(catalog);
        try (BrowserContext context = chromium.newContext(1440, 900, locale)) {
            Page page = context.newPage();
            var views = new java.util.TreeMap<>(ANONYMOUS);
            if (signedIn) {
                chromium.signIn(page, "admin", IntegrationTest.ADMIN_PASSWORD);
                views.remove("/login");
                views.putAll(SIGNED_IN);
            }
            List<String> violations = new ArrayList<>();
            views.forEach((path, ready) -> {
                page.navigate(chromium.url(path));
                page.locator(ready).first().waitFor();
                violations.addAll(seriousViolations(page, path));
                String name = locale.substring(0, 2)
                        + (signedIn ? "-signed-in" : "-anonymous")
                        + path.replaceAll("[^a-z0-9]+", "-");
                for (int[] size : new int[][] {{1440, 900}, {1280, 720}}) {
                    page.setViewportSize(size[0], size[1]);
                    // Two animation frames: the resized layout has been drawn.
                    page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))");
                    page.screenshot(new Page.ScreenshotOptions()
                            .setPath(Chromium.SCREENSHOTS.resolve("views").resolve(name + "-" + size[0] + ".png")));
                }
                page.setViewportSize(1440, 900);
            });
            assertThat(violations).as("serious or critical axe violations").isEmpty();
        }
    }

    private List<String> seriousViolations(Page page, String path) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => v.impact + ' ' + v.id + ': ' + v.help + ' — '
                      + v.nodes.slice(0, 5).map(n => n.target.join(' >> ')).join(' | ')
                      + (v.nodes.length > 5 ? ' (+' + (v.nodes.length - 5) + ' more)' : '')
                      + ' — ' + (v.nodes[0].failureSummary || '').replace(/\s+/g, ' '));
                }
                """);
        return found.stream().map(v -> path + " " + v).toList();
    }
}
