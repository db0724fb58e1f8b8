package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every view renders under the Content-Security-Policy in Debian's headless Chromium, with no
 * violation reported: neither a {@code securitypolicyviolation} event nor a console message about
 * the policy or the Permissions-Policy header. Each view is also checked to have really rendered,
 * since a too strict policy can leave Vaadin on its loading bar without reporting anything.
 */
@IntegrationTest
class CspIT {

    static final String MAP = "csp-two-voices";

    /** Installed before any page script runs, in every document the browser loads. */
    static final String LISTEN_FOR_VIOLATIONS = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation',
                e => window.__violations.push(e.effectiveDirective + ' blocked ' + e.blockedURI));
            """;

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @LocalServerPort
    int port;

    Page page;
    final List<String> reported = new ArrayList<>();
    final List<String> webSockets = new CopyOnWriteArrayList<>();

    @BeforeEach
    void open() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP));
        BrowserContext context = chromium.newContext(1400, 900, "en-US");
        context.addInitScript(LISTEN_FOR_VIOLATIONS);
        page = context.newPage();
        page.onWebSocket(socket -> webSockets.add(socket.url()));
        page.onConsoleMessage(message -> {
            String text = message.text();
            if (text.contains("Content Security Policy") || text.contains("Permissions-Policy")) {
                reported.add("console: " + text);
            }
        });
    }

    @AfterEach
    void clear() {
        TestGraphs.clear(driver);
    }

    /** Collects the violations the current document saw; call before leaving it. */
    private void collect(String view) {
        Object seen = page.evaluate("() => window.__violations");
        for (Object violation : (List<?>) seen) {
            reported.add(view + ": " + violation);
        }
    }

    private void visit(String path, String renderedWhen) {
        page.navigate(chromium.url(path));
        try {
            page.waitForFunction(renderedWhen);
        } catch (TimeoutError e) {
            // A policy that is too strict shows as a view that never renders; say what it blocked.
            collect(path);
            throw new AssertionError(path + " did not render; policy reports: " + reported, e);
        }
        // Let late scripts, styles, fonts and push settle.
        page.waitForLoadState();
        page.waitForTimeout(500);
        collect(path);
    }

    private void signIn(String username, String password) {
        chromium.signIn(page, username, password);
        collect("/login, signing in");
    }

    private void tab(String name, String renderedWhen) {
        page.locator("vaadin-tab:has-text('" + name + "')").click();
        page.waitForFunction(renderedWhen);
        page.waitForTimeout(300);
    }

    private static String cell(String grid, String text) {
        return "() => [...document.querySelectorAll('" + grid + " vaadin-grid-cell-content')]"
                + ".some(c => c.textContent.includes('" + text + "'))";
    }

    @Test
    void everyView_rendersWithoutAnyPolicyViolation() {
        visit("/login", "() => !!document.querySelector('vaadin-login-form input[name=\"username\"]')");
        visit("/maps", cell("vaadin-grid", "Two voices"));
        visit("/map/" + MAP, cell("#claims-grid", "The sky is green"));

        visit("/workspace/" + MAP, "() => Number(document.querySelector('claim-reader')?.dataset.spans) === 2");
        assertThat(page.locator("claim-reader").textContent()).contains("Alpha claims the sky is green.");
        tab("Graph", "() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
        tab("Outline", cell("#outline-tree", "The sky is green"));
        tab("Sources", cell("#sources-grid", "On the sky"));
        tab("Contested", "() => !!document.querySelector('#contested-grid')?.offsetParent");
        collect("/workspace/" + MAP + " tabs");

        signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        visit("/account", "() => !!document.querySelector('#change-password')");
        visit("/accounts", cell("#accounts-grid", "admin"));
        visit("/workspace/" + MAP, "() => Number(document.querySelector('claim-reader')?.dataset.spans) === 2");
        tab("Graph", "() => !!document.querySelector('workspace-graph')?.dataset.renderedAt");
        collect("/workspace/" + MAP + " signed in");

        assertThat(reported).as("CSP and Permissions-Policy reports").isEmpty();
        // Push opened its WebSocket under connect-src 'self', without listing ws: in the policy.
        assertThat(webSockets).anyMatch(socket -> socket.startsWith("ws://127.0.0.1:" + port + "/VAADIN/push"));
    }
}
