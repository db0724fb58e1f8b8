package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.security.ApiClient.basic;
import static org.disputatio.security.ApiClient.bearer;

import java.util.regex.Pattern;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Failed sign-ins are limited per account (5 a minute) and per client address (20 a minute), with
 * the default limits. Clients are told apart by their loopback source address (127.0.0.x).
 */
@IntegrationTest
class SignInThrottleIT {

    static final String RIGHT = TestUsers.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    SignInLimits limits;

    @BeforeEach
    void setUp() {
        throttle.reset();
        TestUsers.ensure(accounts, "carla", "dmitri", "emma");
    }

    @AfterEach
    void forget() {
        throttle.reset();
    }

    void assertThrottled(ApiClient.Response response) {
        assertThat(response.status()).isEqualTo(429);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(429);
        long retryAfter = Long.parseLong(response.header("Retry-After"));
        assertThat(retryAfter).isBetween(1L, limits.period().toSeconds());
        assertThat(response.body().get("detail").asString()).contains("retry in " + retryAfter + " s");
    }

    @Test
    void fiveWrongBasicPasswords_lockTheAccount_evenAgainstTheRightOne_butNotOtherAccounts() throws Exception {
        var api = new ApiClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(api.send("GET", "/api/tokens", basic("carla", "wrong-password-" + i), null)
                            .status())
                    .isEqualTo(401);
        }

        assertThrottled(api.send("GET", "/api/tokens", basic("carla", RIGHT), null));
        assertThrottled(api.send("GET", "/api/tokens", basic("carla", "yet-another-guess"), null));
        assertThat(api.send("GET", "/api/tokens", basic("dmitri", RIGHT), null).status())
                .as("another account from the same address")
                .isEqualTo(200);
    }

    @Test
    void successfulSignIns_takeNothingFromTheAllowance() throws Exception {
        var api = new ApiClient(port);
        for (int i = 0; i < 30; i++) {
            assertThat(api.send("GET", "/api/tokens", basic("emma", RIGHT), null)
                            .status())
                    .isEqualTo(200);
        }
        for (int i = 0; i < 4; i++) {
            api.send("GET", "/api/tokens", basic("emma", "wrong-password"), null);
        }
        assertThat(api.send("GET", "/api/tokens", basic("emma", RIGHT), null).status())
                .isEqualTo(200);
    }

    @Test
    void twentyFailuresFromOneAddress_lockThatAddress_forEveryAccount_butNotOtherAddresses() throws Exception {
        var attacker = new ApiClient(port, "127.0.0.2");
        for (int i = 0; i < 20; i++) {
            // four guesses per name stay under the per-account limit: only the address limit trips
            assertThat(attacker.send("GET", "/api/tokens", basic("guess-" + (i / 4), "wrong"), null)
                            .status())
                    .isEqualTo(401);
        }

        assertThrottled(attacker.send("GET", "/api/tokens", basic("dmitri", RIGHT), null));
        assertThat(new ApiClient(port, "127.0.0.3")
                        .send("GET", "/api/tokens", basic("dmitri", RIGHT), null)
                        .status())
                .as("the same account from another address")
                .isEqualTo(200);
    }

    @Test
    void wrongBearerTokens_areThrottledPerAddress() throws Exception {
        String valid = tokens.issue("emma", "script").token();
        var guesser = new ApiClient(port, "127.0.0.4");
        for (int i = 0; i < 20; i++) {
            assertThat(guesser.send("GET", "/api/tokens", bearer("dsp_guess" + i), null)
                            .status())
                    .isEqualTo(401);
        }

        assertThrottled(guesser.send("GET", "/api/tokens", bearer(valid), null));
        assertThat(new ApiClient(port, "127.0.0.5")
                        .send("GET", "/api/tokens", bearer(valid), null)
                        .status())
                .isEqualTo(200);
    }

    /**
     * Posts the sign-in form as the browser does: with the session cookie and, when the page carries
     * one, the CSRF token that Vaadin puts in its meta tags.
     */
    static ApiClient.Response signIn(ApiClient browser, String username, String password) throws Exception {
        var page = browser.page("/login");
        assertThat(page.status()).isEqualTo(200);
        var csrf = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(page.raw().body());
        String form = "username=" + username + "&password=" + password;
        return browser.postForm("/login", csrf.find() ? form + "&_csrf=" + csrf.group(1) : form);
    }

    @Test
    void formSignIn_isThrottled_andTheLoginPageSaysHowLongToWait() throws Exception {
        var browser = ApiClient.browser(port, "127.0.0.6");
        for (int i = 0; i < 5; i++) {
            var failed = signIn(browser, "carla", "wrong-" + i);
            assertThat(failed.status()).isEqualTo(302);
            assertThat(failed.header("Location")).endsWith("/login?error");
        }

        var refused = signIn(browser, "carla", RIGHT);
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.header("Location")).matches(".*/login\\?throttled=\\d+");
        long seconds = Long.parseLong(refused.header("Location").replaceAll(".*=", ""));
        assertThat(seconds).isBetween(1L, limits.period().toSeconds());
        assertThat(new ApiClient(port, "127.0.0.6")
                        .send("GET", "/api/tokens", basic("carla", RIGHT), null)
                        .status())
                .as("the account is locked for every way of signing in")
                .isEqualTo(429);
        assertThat(signIn(ApiClient.browser(port, "127.0.0.7"), "dmitri", RIGHT).header("Location"))
                .as("another account signs in")
                .doesNotContain("error")
                .doesNotContain("throttled");
    }
}
