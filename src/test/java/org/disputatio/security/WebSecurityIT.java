package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP: the hardening headers on every kind of response, the session cookie's attributes,
 * CSRF on sign-in, and that the UI's session cookie authenticates nothing on the REST API.
 */
@IntegrationTest
class WebSecurityIT {

    static final String MAP = "websec-two-voices";
    static final String CLAIM = "{\"kind\":\"premise\",\"text\":\"Written through the API\"}";
    static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    static final Pattern SESSION_COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP));
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .reduce((a, b) -> a + "&" + b)
                .orElse("");
    }

    private long claimCount() {
        return claimCount(driver, MAP);
    }

    /** Claims of a map, straight from the database: what a forged write would have added to. */
    static long claimCount(Driver driver, String map) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run("MATCH (c:Claim {mapId: $map}) RETURN count(c) AS n", Map.of("map", map))
                            .single()
                            .get("n")
                            .asLong());
        }
    }

    private static void assertHardened(HttpResponse<String> response, String policy, String frameOptions) {
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy"))
                .as("CSP of %s", response.uri())
                .hasValue(policy);
        assertThat(headers.firstValue("X-Frame-Options"))
                .as("X-Frame-Options of %s", response.uri())
                .hasValue(frameOptions);
        assertThat(headers.allValues("X-Content-Type-Options"))
                .as("nosniff on %s", response.uri())
                .containsExactly("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow())
                .as("Permissions-Policy of %s", response.uri())
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()");
    }

    private static void assertUiHardened(HttpResponse<String> response) {
        assertHardened(response, SecurityHeaders.UI_POLICY, "SAMEORIGIN");
    }

    private static void assertApiHardened(HttpResponse<String> response) {
        assertHardened(response, SecurityHeaders.API_POLICY, "DENY");
    }

    /** A session of ada's signed in through the real form post, CSRF token included. */
    private String signedInSession() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/login")));
        String session = sessionCookie(page);
        var token = CSRF_META.matcher(page.body());
        assertThat(token.find())
                .as("the sign-in page carries Spring's CSRF token")
                .isTrue();
        var signIn = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(
                        form(Map.of("username", "ada", "password", TestUsers.PASSWORD, "_csrf", token.group(1))))));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        // Signing in changes the session id, against session fixation.
        String signedIn = sessionCookie(signIn);
        assertThat(signedIn).isNotEqualTo(session);
        assertThat(send(HttpRequest.newBuilder(uri("/account")).header("Cookie", "JSESSIONID=" + signedIn))
                        .statusCode())
                .as("the session is signed in")
                .isEqualTo(200);
        return signedIn;
    }

    private static String sessionCookie(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
        var matcher = SESSION_COOKIE.matcher(header);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void everyKindOfResponse_carriesTheHardeningHeaders() throws Exception {
        var uiPage = send(HttpRequest.newBuilder(uri("/maps")));
        assertThat(uiPage.statusCode()).isEqualTo(200);
        assertUiHardened(uiPage);

        var loginPage = send(HttpRequest.newBuilder(uri("/login")));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertUiHardened(loginPage);

        var stylesheet = send(HttpRequest.newBuilder(uri("/styles/disputatio.css")));
        assertThat(stylesheet.statusCode()).isEqualTo(200);
        assertThat(stylesheet.headers().firstValue("Content-Type").orElseThrow())
                .startsWith("text/css");
        assertUiHardened(stylesheet);

        var apiRead = send(HttpRequest.newBuilder(uri("/api/maps")));
        assertThat(apiRead.statusCode()).isEqualTo(200);
        assertApiHardened(apiRead);

        var apiNotFound = send(HttpRequest.newBuilder(uri("/api/maps/no-such-map")));
        assertThat(apiNotFound.statusCode()).isEqualTo(404);
        assertThat(apiNotFound.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertApiHardened(apiNotFound);

        var apiUnauthorized = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(apiUnauthorized.statusCode()).isEqualTo(401);
        assertApiHardened(apiUnauthorized);

        // Raised by Spring MVC before any controller runs, rendered on the error dispatch.
        var apiWrongMethod = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Authorization", basic("ada", TestUsers.PASSWORD))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(apiWrongMethod.statusCode())
                .as("the error dispatch is not refused as a 403 any more")
                .isEqualTo(405);
        assertApiHardened(apiWrongMethod);
    }

    @Test
    void sessionCookie_isHttpOnlyAndSameSiteLax() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/login")));
        String cookie = page.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID="))
                .findFirst()
                .orElseThrow();
        List<String> attributes =
                List.of(cookie.split(";")).stream().map(String::trim).toList();
        assertThat(attributes).contains("HttpOnly", "SameSite=Lax");
    }

    @Test
    void signInWithoutTheCsrfToken_isRefused_andSignsNobodyIn() throws Exception {
        var page = send(HttpRequest.newBuilder(uri("/login")));
        String session = sessionCookie(page);
        for (String path : List.of("/login", "/login?v-r=uidl")) {
            var signIn = send(HttpRequest.newBuilder(uri(path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Cookie", "JSESSIONID=" + session)
                    .POST(HttpRequest.BodyPublishers.ofString(
                            form(Map.of("username", "ada", "password", TestUsers.PASSWORD)))));
            assertThat(signIn.statusCode()).as("POST %s without a token", path).isEqualTo(403);
            assertUiHardened(signIn);
            assertThat(signIn.headers().allValues("Set-Cookie"))
                    .as("no new session")
                    .isEmpty();
        }
        var account = send(HttpRequest.newBuilder(uri("/account")).header("Cookie", "JSESSIONID=" + session));
        assertThat(account.statusCode())
                .as("still anonymous: sent to the sign-in page")
                .isEqualTo(302);
        assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void theUiSessionCookie_authenticatesNothingOnTheApi() throws Exception {
        String session = signedInSession();
        long before = claimCount();

        var withCookie = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Content-Type", "application/json")
                .header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(withCookie.statusCode()).isEqualTo(401);
        assertThat(withCookie.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(withCookie.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"disputatio\"");
        assertThat(withCookie.body()).contains("\"status\":401", "Authorization: Bearer");
        assertThat(withCookie.headers().allValues("Set-Cookie"))
                .as("the API neither reads nor creates a session")
                .isEmpty();

        var withdrawal =
                send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/sources/s1/contestations/x1/withdrawal"))
                        .header("Cookie", "JSESSIONID=" + session)
                        .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(withdrawal.statusCode()).isEqualTo(401);
        assertThat(claimCount()).as("nothing written").isEqualTo(before);

        var withBasic = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("ada", TestUsers.PASSWORD))
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(withBasic.statusCode()).isEqualTo(201);
        assertThat(withBasic.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(claimCount()).isEqualTo(before + 1);
    }

    @Test
    void aWriteFromAnotherOrigin_isRefusedEvenWithCredentials() throws Exception {
        long before = claimCount();
        for (var foreign : List.of(
                Map.of("Origin", "http://127.0.0.1:" + (port + 1)),
                Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "same-site"),
                Map.of("Sec-Fetch-Site", "cross-site"))) {
            var request = HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                    .header("Content-Type", "application/json")
                    .header("Authorization", basic("ada", TestUsers.PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString(CLAIM));
            foreign.forEach(request::header);
            var response = send(request);
            assertThat(response.statusCode()).as("a write with %s", foreign).isEqualTo(403);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(response.body()).contains("\"status\":403", "another site");
        }
        assertThat(claimCount()).isEqualTo(before);

        var sameOriginPage = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("ada", TestUsers.PASSWORD))
                .header("Sec-Fetch-Site", "same-origin")
                .header("Origin", origin())
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(sameOriginPage.statusCode()).isEqualTo(201);

        var foreignRead = send(HttpRequest.newBuilder(uri("/api/maps"))
                .header("Origin", "http://elsewhere.example")
                .header("Sec-Fetch-Site", "cross-site"));
        assertThat(foreignRead.statusCode()).as("reads stay open").isEqualTo(200);
    }

    @Test
    void wrongBasicCredentials_get401ProblemWithABearerChallenge() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/maps/" + MAP + "/claims"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic("ada", "not-the-password"))
                .POST(HttpRequest.BodyPublishers.ofString(CLAIM)));
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).containsExactly("Bearer realm=\"disputatio\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("Wrong username or password.");
    }
}
