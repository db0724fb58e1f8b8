package org.disputatio.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * Debian's Chromium, headless, for every browser test. Playwright never downloads a browser here
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD in Surefire); the flags keep Chromium off the closed network.
 */
public final class Chromium {

    public static final Path EXECUTABLE = Paths.get(System.getProperty("disputatio.chromium", "/usr/bin/chromium"));
    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    private Chromium() {}

    public static BrowserType.LaunchOptions launchOptions() {
        return new BrowserType.LaunchOptions()
                .setExecutablePath(EXECUTABLE)
                .setHeadless(true)
                .setArgs(List.of(
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-background-networking",
                        "--disable-component-update",
                        "--disable-sync",
                        "--no-first-run",
                        "--disable-quic"));
    }

    /**
     * Signs in through the real sign-in form at {@code baseUrl}/login and waits for the signed-in
     * frame.
     */
    public static void signIn(Page page, String baseUrl, String username, String password) {
        page.navigate(baseUrl + "/login");
        signInOnThePage(page, username, password);
    }

    /**
     * Signs in on the sign-in form the page already shows (a link sent it there, with where to go next) and waits
     * for the signed-in frame.
     */
    public static void signInOnThePage(Page page, String username, String password) {
        page.locator("vaadin-login-form input[name='username']").fill(username);
        page.locator("vaadin-login-form input[name='password']").fill(password);
        page.locator("vaadin-login-form vaadin-button[slot='submit']").click();
        page.locator("#signed-in-user").waitFor();
    }

    /**
     * Selects characters [start, end) of the workspace's reading text as a mouse would, and releases the button:
     * the reader then sends the selection to the server.
     */
    public static void selectInReader(Page page, int start, int end) {
        page.evaluate("""
                ([start, end]) => {
                  const body = document.querySelector('claim-reader .reader-text');
                  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
                  let n, count = 0, range = document.createRange(), started = false;
                  while ((n = walker.nextNode())) {
                    const len = n.nodeValue.length;
                    if (!started && start < count + len) { range.setStart(n, start - count); started = true; }
                    if (started && end <= count + len) { range.setEnd(n, end - count); break; }
                    count += len;
                  }
                  const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
                  body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                }
                """, List.of(start, end));
    }

    /** Saves a screenshot of the page under target/screenshots/. */
    public static void shot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name)));
    }

    /** Launches the browser and makes sure the screenshot folder exists. */
    public static Browser launch(Playwright playwright) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return playwright.chromium().launch(launchOptions());
    }
}
