package org.disputatio.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium for a browser test class, and fresh browser sessions (contexts: own cookies, own
 * storage) for its tests, each closed as soon as its test method has run, before the class's {@code @AfterEach}
 * clears the database. Register it as a static field:
 * {@code @RegisterExtension static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(60));}
 */
public final class ChromiumSessions
        implements BeforeAllCallback, BeforeEachCallback, AfterTestExecutionCallback, AfterAllCallback {

    private final Duration timeout;
    private final List<BrowserContext> open = new ArrayList<>();
    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private int port;

    /** @param timeout how long Playwright waits for anything in these sessions: generous, the machine is shared */
    public ChromiumSessions(Duration timeout) {
        this.timeout = timeout;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        playwright = Playwright.create();
        browser = Chromium.launch(playwright);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        // The app's random port, from the Spring context the test instance was injected from.
        port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getRequiredProperty("local.server.port", Integer.class);
    }

    /**
     * A new browser session with the window size and language given; it accepts downloads (Playwright's
     * default, said here because tests save them).
     */
    public BrowserContext newContext(int width, int height, String locale) {
        if (browser == null) throw new IllegalStateException("Chromium is launched before the test class runs");
        BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(width, height)
                .setLocale(locale)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(timeout.toMillis());
        open.add(context);
        context.onClose(open::remove);
        return context;
    }

    /** A page in a new browser session. */
    public Page newPage(int width, int height, String locale) {
        return newContext(width, height, locale).newPage();
    }

    /** Signs the page's session in through the app's real sign-in form, as the user given; returns the page. */
    public Page signIn(Page page, String username, String password) {
        Chromium.signIn(page, url(""), username, password);
        return page;
    }

    /** Opens the workspace of a map and waits until its reader has drawn this many claim spans; returns the page. */
    public Page openWorkspace(Page page, String mapId, int spans) {
        page.navigate(url("/workspace/" + mapId));
        page.waitForFunction("spans => Number(document.querySelector('claim-reader')?.dataset.spans) === spans", spans);
        return page;
    }

    /** The address of a path of the app under test, on 127.0.0.1. */
    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    @Override
    public void afterTestExecution(ExtensionContext context) {
        for (BrowserContext session : List.copyOf(open)) session.close();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
    }
}
