package org.disputatio.security;

import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the app on its random port, as a script would call it, optionally from another
 * loopback address (127.0.0.2, …) so that tests can tell clients apart by address.
 */
public final class ApiClient {

    /** A response with its body read as JSON (an empty object when there is none). */
    public record Response(int status, JsonNode body, HttpResponse<String> raw) {
        public @Nullable String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int port;
    private final HttpClient http;

    public ApiClient(int port) {
        this(port, null);
    }

    public ApiClient(int port, @Nullable String localAddress) {
        this(port, localAddress, false);
    }

    /** A client that keeps cookies like a browser (for the sign-in form and its CSRF token). */
    public static ApiClient browser(int port, String localAddress) {
        return new ApiClient(port, localAddress, true);
    }

    private ApiClient(int port, @Nullable String localAddress, boolean cookies) {
        this.port = port;
        var builder = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER);
        if (cookies) {
            builder.cookieHandler(new CookieManager());
        }
        if (localAddress != null) {
            try {
                builder.localAddress(InetAddress.getByName(localAddress));
            } catch (java.net.UnknownHostException e) {
                throw new IllegalArgumentException(localAddress, e);
            }
        }
        this.http = builder.build();
    }

    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    /** Sends a JSON request; {@code authorization} is the whole header value, or null for anonymous. */
    public Response send(String method, String path, @Nullable String authorization, @Nullable String body)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Gets a page as a browser would. */
    public Response page(String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept", "text/html")
                .GET();
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** Posts an HTML form, as the sign-in page does. */
    public Response postForm(String path, String form, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return read(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    private static Response read(HttpResponse<String> response) {
        String text = response.body();
        boolean json = response.headers()
                .firstValue("Content-Type")
                .map(t -> t.contains("json"))
                .orElse(false);
        return new Response(
                response.statusCode(),
                text == null || text.isBlank() || !json ? JSON.createObjectNode() : JSON.readTree(text),
                response);
    }
}
