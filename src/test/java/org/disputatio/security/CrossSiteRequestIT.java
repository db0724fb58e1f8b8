package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.e2e.Chromium;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.evidence.UserContestation;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Cross-site request forgery in Debian's headless Chromium. A user signs in through the real form,
 * then opens a page served from another origin (another port on 127.0.0.1, which browsers count
 * as the same site, so even a SameSite=Lax cookie goes along) that tries to write as them: an
 * auto-submitting form, a body-less withdrawal, and fetch with credentials. Nothing may change.
 * The same page also tries to sign the visitor into the attacker's account.
 */
@IntegrationTest
class CrossSiteRequestIT {

    static final String MAP = "xsite-two-voices";

    static Playwright playwright;
    static Browser browser;
    static HttpServer attacker;
    static final AtomicInteger pages = new AtomicInteger();

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    ContestationService contestations;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;
    String contestationId;

    @BeforeAll
    static void launch() throws Exception {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
        attacker = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        attacker.start();
    }

    @AfterAll
    static void close() {
        if (attacker != null) attacker.stop(0);
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }

    @BeforeEach
    void setUp() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP));
        TestUsers.ensure(accounts, "ada", "mallory");
        contestationId = contestations
                .contest(new MapId(MAP), "s1", "ada", "The page numbers do not match.")
                .id();
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-US"));
        context.setDefaultTimeout(60_000);
        page = context.newPage();
    }

    @AfterEach
    void tearDown() {
        context.close();
        TestGraphs.clear(driver);
    }

    private String app(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    /** Serves {@code html} from the attacker's origin and returns its address. */
    private String attackerPage(String name, String html) {
        String path = "/" + name + "-" + pages.incrementAndGet();
        attacker.createContext(path, exchange -> {
            byte[] body = html.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (var out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        return "http://127.0.0.1:" + attacker.getAddress().getPort() + path;
    }

    private static String autoSubmittingForm(String action, String enctype, Map<String, String> fields) {
        var inputs = new StringBuilder();
        fields.forEach((name, value) -> inputs.append("<input type='hidden' name='%s' value='%s'>"
                .formatted(name.replace("'", "&#39;"), value.replace("'", "&#39;"))));
        return """
                <!doctype html><html><body>
                <form id='f' method='POST' action='%s' enctype='%s'>%s</form>
                <script>document.getElementById('f').submit();</script>
                </body></html>
                """.formatted(action, enctype, inputs);
    }

    private void signInAs(String username) {
        Chromium.signIn(page, app(""), username, TestUsers.PASSWORD);
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo(username);
    }

    /** Opens the attacker's page and returns the response to the POST it makes the browser send. */
    private Response formPostFrom(String attackerUrl, String targetPath) {
        return page.waitForResponse(
                r -> r.url().endsWith(targetPath) && r.request().method().equals("POST"),
                () -> page.navigate(attackerUrl));
    }

    private long claimCount() {
        return WebSecurityIT.claimCount(driver, MAP);
    }

    private UserContestation contestation() {
        return contestations.forSource(new MapId(MAP), "s1").stream()
                .filter(c -> c.id().equals(contestationId))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anotherSitesPage_cannotWriteAsTheSignedInUser() {
        signInAs("ada");
        long claimsBefore = claimCount();
        String claims = "/api/maps/" + MAP + "/claims";
        String withdrawal = "/api/maps/" + MAP + "/sources/s1/contestations/" + contestationId + "/withdrawal";

        // (a) A form posting JSON-looking text/plain, the classic way to forge a JSON request.
        var formClaim = formPostFrom(
                attackerPage(
                        "form-claim",
                        autoSubmittingForm(
                                app(claims),
                                "text/plain",
                                Map.of("{\"kind\":\"premise\",\"text\":\"Planted by another site\",\"x\":\"", "\"}"))),
                claims);
        assertThat(formClaim.status()).isEqualTo(403);
        assertThat(formClaim.headerValue("content-type")).isEqualTo("application/problem+json");

        // (b) A body-less form POST, which is all a withdrawal needs.
        var formWithdrawal = formPostFrom(
                attackerPage(
                        "form-withdrawal",
                        autoSubmittingForm(app(withdrawal), "application/x-www-form-urlencoded", Map.of())),
                withdrawal);
        assertThat(formWithdrawal.status()).isEqualTo(403);

        // (c) fetch with credentials: a JSON one needs a preflight, which fails; a "simple" one is sent
        // blind (no-cors) and refused by the server.
        page.navigate(attackerPage("fetch", """
                <!doctype html><html><body><script>
                window.results = [];
                const json = JSON.stringify({kind: 'premise', text: 'Planted by fetch'});
                Promise.allSettled([
                  fetch('%1$s', {method: 'POST', credentials: 'include',
                                 headers: {'Content-Type': 'application/json'}, body: json}),
                  fetch('%1$s', {method: 'POST', credentials: 'include', mode: 'no-cors',
                                 headers: {'Content-Type': 'text/plain'}, body: json}),
                  fetch('%2$s', {method: 'POST', credentials: 'include', mode: 'no-cors'})
                ]).then(settled => { window.results = settled.map(s => s.status); window.done = true; });
                </script></body></html>
                """.formatted(app(claims), app(withdrawal))));
        page.waitForFunction("() => window.done === true");
        assertThat(page.evaluate("() => window.results[0]"))
                .as("the JSON fetch fails its CORS preflight")
                .isEqualTo("rejected");

        assertThat(claimCount()).as("no claim was added").isEqualTo(claimsBefore);
        assertThat(contestation().open()).as("the contestation is still open").isTrue();
        assertThat(contestation().withdrawnAt()).isNull();

        // The user is still signed in and can withdraw it from the application itself.
        page.navigate(app("/maps"));
        assertThat(page.locator("#signed-in-user").textContent()).isEqualTo("ada");
    }

    @Test
    void anotherSitesPage_cannotSignTheVisitorIntoTheAttackersAccount() {
        // The visitor has been on the site before, so they hold a session and its CSRF token.
        page.navigate(app("/maps"));
        page.locator("#sign-in").waitFor();

        var signIn = formPostFrom(
                attackerPage(
                        "login",
                        autoSubmittingForm(
                                app("/login"),
                                "application/x-www-form-urlencoded",
                                Map.of("username", "mallory", "password", TestUsers.PASSWORD))),
                "/login");
        assertThat(signIn.status()).isEqualTo(403);

        page.navigate(app("/maps"));
        page.locator("#sign-in").waitFor();
        assertThat(page.locator("#signed-in-user").count())
                .as("nobody is signed in")
                .isZero();
    }
}
