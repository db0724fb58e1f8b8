package org.disputatio.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.ChromiumSessions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Swagger UI renders the API's operations in Debian's headless Chromium, anonymously, under the UI's
 * Content-Security-Policy, with no policy violation reported (docs/adr/044-openapi.md).
 */
@IntegrationTest
class SwaggerUiBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @Test
    void swaggerUi_showsTheApisOperations_withoutPolicyViolations() {
        BrowserContext context = chromium.newContext(1400, 900, "en-US");
        context.addInitScript("""
                window.__violations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__violations.push(e.effectiveDirective + ' blocked ' + e.blockedURI));
                """);
        Page page = context.newPage();
        List<String> console = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                console.add(message.text());
            }
        });

        page.navigate(chromium.url("/swagger-ui.html"));
        page.waitForFunction("() => document.querySelectorAll('.opblock').length > 80");

        assertThat(page.locator(".info .title").textContent()).startsWith("Disputatio API");
        assertThat(page.locator(".opblock-summary-path[data-path='/api/maps/{mapId}/claims']")
                        .count())
                .isPositive();
        assertThat(page.locator("button.authorize").isVisible()).isTrue();
        assertThat((List<?>) page.evaluate("() => window.__violations")).isEmpty();
        assertThat(console).isEmpty();
    }
}
