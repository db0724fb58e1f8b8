package org.disputatio.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** JSON bodies above disputatio.api.max-body-size (1 MB by default) get 413, announced or chunked, and write nothing. */
@IntegrationTest
class RequestSizeLimitIT {

    static final String MAP = "/api/maps/size-two-voices";
    static final int LIMIT = 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;
    String ada;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("size-two-voices"));
        TestUsers.ensure(accounts, "ada");
        api = new ApiCalls(port);
        ada = ApiCalls.basic("ada", TestUsers.PASSWORD);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    /** A claim whose JSON is exactly {@code bytes} long. */
    static String claimOfSize(int bytes) {
        String head = "{\"kind\":\"premise\",\"text\":\"";
        String tail = "\"}";
        return head + "x".repeat(bytes - head.length() - tail.length()) + tail;
    }

    @Test
    void oneByteOverTheLimit_is413_beforeTheBodyIsRead_andNothingIsWritten() throws Exception {
        long before = claims();
        var answer = api.send("POST", MAP + "/claims", ada, claimOfSize(LIMIT + 1));
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("detail").asString())
                .isEqualTo("The request body is larger than the limit of 1048576 bytes.");
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void aChunkedBodyOfTwoMegabytes_is413_andNothingIsWritten() throws Exception {
        long before = claims();
        byte[] body = claimOfSize(2 * LIMIT).getBytes(StandardCharsets.UTF_8);
        // A publisher of unknown length makes HttpClient send the body chunked, without Content-Length.
        var chunked = HttpRequest.BodyPublishers.fromPublisher(
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(body)));
        var answer = api.sendBody("POST", MAP + "/claims", ada, chunked);
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("status").asInt()).isEqualTo(413);
        assertThat(claims()).isEqualTo(before);
    }

    @Test
    void aValidBodyOf900Kilobytes_isRead() throws Exception {
        // 900 KB of valid JSON reaches the service, which then refuses the text for its own length limit.
        var answer = api.send("POST", MAP + "/claims", ada, claimOfSize(900 * 1024));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("field").asString()).isEqualTo("text");
        assertThat(answer.json().get("errors").get(0).get("message").asString()).isEqualTo("At most 2000 characters.");
        String source = "{\"authors\":["
                + String.join(
                        ",",
                        Stream.generate(() -> "\"" + "a".repeat(150) + "\"")
                                .limit(50)
                                .toList())
                + "],\"title\":\"" + "t".repeat(400) + "\",\"kind\":\"scholarship\",\"accessibility\":\"published\"}";
        assertThat(api.send("POST", MAP + "/sources", ada, source + " ".repeat(900 * 1024))
                        .status())
                .isEqualTo(201);
    }

    private long claims() {
        try (var session = driver.session()) {
            return session.run("MATCH (c:Claim) RETURN count(c) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }
}
