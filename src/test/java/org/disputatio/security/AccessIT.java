package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.disputatio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Anonymous visitors read; writing needs an account. */
@IntegrationTest
class AccessIT {

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Test
    void anonymousVisitor_seesTheMapsPage() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/maps")));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anonymousWrite_toTheApi_isRefused() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/maps"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")));
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void loginPage_isServedToAnonymousVisitors() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/login")));
        assertThat(response.statusCode()).isEqualTo(200);
    }
}
