package org.disputatio.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

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
}
