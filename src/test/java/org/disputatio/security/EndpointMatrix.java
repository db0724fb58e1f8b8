package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the authorization matrices share ({@link AuthorizationMatrixIT} for maps outside groups,
 * {@code GroupAuthorizationMatrixIT} for a seminar group's map): the endpoints from Spring's request mappings, and
 * the whole graph before and after a request, to show that a refusal changed nothing.
 */
public final class EndpointMatrix {

    private EndpointMatrix() {}

    /** Every mapping under /api as "METHOD pattern"; a mapping for any method shows as "ANY pattern". */
    public static Set<String> apiEndpoints(RequestMappingHandlerMapping mappings) {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.equals("/api") && !pattern.startsWith("/api/")) {
                    continue;
                }
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
            }
        });
        return endpoints;
    }

    /** Every node and relationship with its labels or type and all properties, in a stable order. */
    /**
     * The endpoints ("POST /api/…", as the request mapping writes them) that answer 201 Created to some caller in
     * {@link GroupAuthorizationMatrixIT}'s table, where every endpoint has a row: what the API description must say
     * they answer.
     */
    public static Set<String> createdEndpoints() {
        Set<String> created = new java.util.TreeSet<>();
        GroupAuthorizationMatrixIT.TABLE
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("\\|"))
                .filter(cells ->
                        java.util.Arrays.asList(cells[3].strip().split("\\s+")).contains("201"))
                .forEach(cells -> created.add(cells[0].strip().replaceAll("\\s+", " ")));
        return created;
    }

    /**
     * Every status some caller gets from each endpoint ("METHOD pattern") in either matrix's table
     * ({@link AuthorizationMatrixIT}, {@link GroupAuthorizationMatrixIT}): what the API description must list at
     * least.
     */
    public static Map<String, Set<Integer>> answeredStatuses() {
        Map<String, Set<Integer>> answered = new TreeMap<>();
        for (String table : List.of(AuthorizationMatrixIT.TABLE, GroupAuthorizationMatrixIT.TABLE)) {
            table.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.split("\\|"))
                    .forEach(cells -> {
                        var statuses = answered.computeIfAbsent(
                                cells[0].strip().replaceAll("\\s+", " "), endpoint -> new TreeSet<>());
                        for (String status : cells[3].strip().split("\\s+")) {
                            statuses.add(Integer.parseInt(status));
                        }
                    });
        }
        return answered;
    }

    public static List<String> snapshot(Driver driver) {
        try (var session = driver.session()) {
            List<String> graph = new ArrayList<>(session.run(
                            "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS properties")
                    .list(r -> r.get("id").asString()
                            + new TreeSet<>(r.get("labels").asList(v -> v.asString()))
                            + new TreeMap<>(r.get("properties").asMap())));
            graph.addAll(session.run("""
                            MATCH (a)-[r]->(b)
                            RETURN elementId(a) AS a, type(r) AS type, properties(r) AS properties, elementId(b) AS b
                            """)
                    .list(r -> r.get("a").asString() + "-[" + r.get("type").asString()
                            + new TreeMap<>(r.get("properties").asMap()) + "]->"
                            + r.get("b").asString()));
            graph.sort(null);
            return graph;
        }
    }

    /** What one snapshot has and the other lacks, shortened for the failure message. */
    public static List<String> difference(@Nullable List<String> before, List<String> after) {
        List<String> changes = new ArrayList<>();
        Set<String> was = before == null ? Set.of() : new TreeSet<>(before);
        Set<String> is = new TreeSet<>(after);
        was.stream().filter(s -> !is.contains(s)).forEach(s -> changes.add("gone: " + shorten(s)));
        is.stream().filter(s -> !was.contains(s)).forEach(s -> changes.add("new: " + shorten(s)));
        return changes;
    }

    private static String shorten(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }

    // What both matrices' dynamic tests do alike: send a row's request on a fixture, and check what it did.

    /** A table's rows, one a line; blank lines and lines starting with # (comments) are not rows. */
    static <R> List<R> rows(String table, Function<String, R> parse) {
        return table.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(parse)
                .toList();
    }

    /** The methods that write; an allowed one must change the graph, everything else must leave it as it was. */
    static final Set<String> WRITE_METHODS = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Sends a request to the app on 127.0.0.1, with Basic {@code credentials} ("name:password") unless null. */
    static HttpResponse<String> send(
            int port, String method, String path, @Nullable String body, @Nullable String credentials)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The {@code id} of what a fixture's request created; the request must have answered 201. */
    static String created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as("fixture: %s", response.body()).isEqualTo(201);
        return JSON.readTree(response.body()).get("id").asString();
    }

    /** A request of the table as sent: its path with the fixture's ids filled in, and the answer. */
    record Sent(String path, HttpResponse<String> response) {}

    /**
     * The table's cases run in order on one fixture, made again only after an allowed write (the next case needs
     * the fixture as it was), with the whole graph before each request to compare with the graph after it.
     */
    static final class Cases<F> {

        interface Fixtures<F> {
            F fresh() throws Exception;
        }

        interface Request<F> {
            Sent send(F fixture) throws Exception;
        }

        private final Driver driver;
        private final Fixtures<F> fixtures;
        private @Nullable F fixture;
        private @Nullable List<String> graph;

        Cases(Driver driver, Fixtures<F> fixtures) {
            this.driver = driver;
            this.fixtures = fixtures;
        }

        /**
         * Sends one row's request as {@code who}: the status must be {@code expected}; an allowed write must change
         * the graph, and a refusal or a read must change nothing. Returns the answer for further checks.
         */
        HttpResponse<String> check(String method, Object who, int expected, Request<F> request) throws Exception {
            if (fixture == null) {
                fixture = fixtures.fresh();
                graph = snapshot(driver);
            }
            List<String> before = graph;
            Sent sent = request.send(fixture);
            HttpResponse<String> response = sent.response();
            List<String> after = snapshot(driver);
            boolean write = WRITE_METHODS.contains(method);
            boolean allowed = response.statusCode() / 100 == 2;
            if (write && allowed) {
                fixture = null;
            }

            assertThat(response.statusCode())
                    .as("%s %s as %s answered %s", method, sent.path(), who, response.body())
                    .isEqualTo(expected);
            if (write && allowed) {
                assertThat(after).as("an allowed write changes the graph").isNotEqualTo(before);
            } else {
                assertThat(difference(before, after))
                        .as("a refused request or a read changes nothing")
                        .isEmpty();
            }
            return response;
        }
    }
}
