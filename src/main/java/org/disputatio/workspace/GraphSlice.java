package org.disputatio.workspace;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;

/**
 * The part of a map the graph draws: filtered by section and kind, or a claim's neighbourhood. A
 * browser lays out a few hundred nodes in a second, but thousands take long enough to freeze the
 * page; so a slice larger than {@link #MAX_DRAWN} nodes is drawn collapsed, one node per section,
 * and the user narrows it by choosing a section or a claim.
 */
public final class GraphSlice {

    /** Above this many nodes, the slice is collapsed to its sections. */
    public static final int MAX_DRAWN = 1200;

    /** Above this many nodes, the browser draws without labels and animation. */
    public static final int LARGE = 400;

    /** Prefix of the ids of section nodes in a collapsed graph. */
    public static final String SECTION_PREFIX = "section:";

    /**
     * What to draw.
     *
     * @param sections the sections to keep; empty keeps all
     * @param kinds the claim kinds to keep; empty keeps all
     * @param focus a claim whose neighbourhood alone is drawn, or null
     * @param hops how many claims away from the focus to go (an argument does not count as a step)
     */
    public record Query(
            Set<String> sections,
            Set<String> kinds,
            @Nullable String focus,
            int hops) {
        public static Query all() {
            return new Query(Set.of(), Set.of(), null, 2);
        }
    }

    /**
     * A node: a claim, an argument, or (collapsed) a section.
     *
     * @param strength null when not converged or not a claim
     * @param contested the claim rests on a contested source (for a section: some claim in it does)
     * @param size the claims a section node stands for; 1 otherwise
     * @param parent for a premise, the argument drawn around it (with its co-premises); otherwise null
     */
    public record Node(
            String id,
            String label,
            String kind,
            String section,
            @Nullable Double strength,
            String status,
            boolean contested,
            int size,
            @Nullable String parent) {}

    /**
     * {@code kind}: premise, conclusion, rebut, undermine, undercut; for collapsed edges: support or attack. A
     * premise drawn inside its argument needs no premise edge: only a premise shared with a further argument
     * has one, to that argument.
     */
    public record Edge(String id, String source, String target, String kind) {}

    /**
     * @param collapsed the nodes are sections, not claims
     * @param large draw without labels or animation
     * @param total the number of claim and argument nodes the query selected before any collapse
     */
    public record Drawing(List<Node> nodes, List<Edge> edges, boolean collapsed, boolean large, int total) {}

    private GraphSlice() {}

    public static Drawing draw(Workspace w, Query q) {
        MapContent map = w.map();
        Set<String> claims = new HashSet<>();
        if (q.focus() != null && w.claim(q.focus()).isPresent()) {
            claims.addAll(neighbourhood(w, q.focus(), Math.max(0, q.hops())));
        } else {
            for (MapContent.Claim c : map.claims()) claims.add(c.id());
        }
        claims.removeIf(id -> {
            MapContent.Claim c = w.claim(id).orElseThrow();
            return (!q.sections().isEmpty() && !q.sections().contains(c.section()))
                    || (!q.kinds().isEmpty() && !q.kinds().contains(c.kind()));
        });
        Set<String> arguments = new HashSet<>();
        for (MapContent.Argument a : map.arguments()) {
            if (claims.contains(a.conclusion()) || a.premises().stream().anyMatch(claims::contains))
                arguments.add(a.id());
        }
        int total = claims.size() + arguments.size();
        if (total > MAX_DRAWN) return collapsed(w, claims, total);

        // A premise is drawn inside the first argument it belongs to; a box has one parent, so a premise of
        // several arguments joins the others by an edge.
        Map<String, String> parentOf = new HashMap<>();
        for (MapContent.Argument a : map.arguments()) {
            if (!arguments.contains(a.id())) continue;
            for (String p : a.premises()) {
                if (claims.contains(p)) parentOf.putIfAbsent(p, a.id());
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (MapContent.Claim c : map.claims()) {
            if (claims.contains(c.id())) nodes.add(claimNode(w, c, parentOf.get(c.id())));
        }
        List<Edge> edges = new ArrayList<>();
        for (MapContent.Argument a : map.arguments()) {
            if (!arguments.contains(a.id())) continue;
            var assessment = w.argumentAssessment(a.id());
            nodes.add(new Node(
                    a.id(),
                    "",
                    "argument",
                    w.claim(a.conclusion()).map(MapContent.Claim::section).orElse(""),
                    assessment
                            .filter(x -> x.strength().isPresent())
                            .map(x -> x.strength().getAsDouble())
                            .orElse(null),
                    assessment.map(x -> x.label().name()).orElse(""),
                    false,
                    1,
                    null));
            for (String p : a.premises()) {
                if (claims.contains(p) && !a.id().equals(parentOf.get(p)))
                    edges.add(new Edge(a.id() + ":" + p, p, a.id(), "premise"));
            }
            if (claims.contains(a.conclusion()))
                edges.add(new Edge(a.id() + ">" + a.conclusion(), a.id(), a.conclusion(), "conclusion"));
        }
        for (MapContent.Attack k : map.attacks()) {
            if (claims.contains(k.from()) && (claims.contains(k.to()) || arguments.contains(k.to()))) {
                edges.add(new Edge(k.id(), k.from(), k.to(), k.kind()));
            }
        }
        return new Drawing(nodes, edges, false, nodes.size() > LARGE, total);
    }

    private static Node claimNode(Workspace w, MapContent.Claim c, @Nullable String parent) {
        boolean contested = w.dependsOnContested(c.id());
        return new Node(
                c.id(),
                (contested ? "⚠ " : "") + c.text(),
                c.kind(),
                c.section(),
                w.strength(c.id()),
                w.assessment(c.id()).map(a -> a.label().name()).orElse(""),
                contested,
                1,
                parent);
    }

    /** Claims within {@code hops} steps of the focus, over support (through arguments) and attacks, both ways. */
    static Set<String> neighbourhood(Workspace w, String focus, int hops) {
        Map<String, Integer> distance = new HashMap<>();
        distance.put(focus, 0);
        ArrayDeque<String> todo = new ArrayDeque<>();
        todo.add(focus);
        while (!todo.isEmpty()) {
            String c = todo.poll();
            int d = distance.get(c);
            if (d == hops) continue;
            List<String> next = new ArrayList<>();
            for (MapContent.Argument a : w.argumentsFor(c)) {
                next.addAll(a.premises());
                w.attacksOn(a.id()).forEach(k -> next.add(k.from()));
            }
            for (MapContent.Argument a : w.premiseOf(c)) next.add(a.conclusion());
            w.attacksOn(c).forEach(k -> next.add(k.from()));
            for (MapContent.Attack k : w.map().attacks()) {
                if (k.from().equals(c)) {
                    if (w.claim(k.to()).isPresent()) next.add(k.to());
                    else w.argument(k.to()).ifPresent(a -> next.add(a.conclusion()));
                }
            }
            for (String n : next) {
                if (distance.putIfAbsent(n, d + 1) == null) todo.add(n);
            }
        }
        return distance.keySet();
    }

    private static Drawing collapsed(Workspace w, Set<String> claims, int total) {
        Map<String, int[]> sections = new LinkedHashMap<>(); // claims, contested
        Map<String, String> sectionOf = new HashMap<>();
        for (MapContent.Claim c : w.map().claims()) {
            if (!claims.contains(c.id())) continue;
            String s = c.section().isBlank() ? "—" : c.section();
            sectionOf.put(c.id(), s);
            int[] counts = sections.computeIfAbsent(s, k -> new int[2]);
            counts[0]++;
            if (w.dependsOnContested(c.id())) counts[1]++;
        }
        List<Node> nodes = new ArrayList<>();
        sections.forEach((s, counts) -> nodes.add(new Node(
                SECTION_PREFIX + s,
                "§ " + s + " · " + counts[0] + (counts[1] > 0 ? " · ⚠ " + counts[1] : ""),
                "section",
                s,
                null,
                "",
                counts[1] > 0,
                counts[0],
                null)));
        Set<String> seen = new HashSet<>();
        List<Edge> edges = new ArrayList<>();
        for (MapContent.Argument a : w.map().arguments()) {
            String to = sectionOf.get(a.conclusion());
            for (String p : a.premises()) link(sectionOf.get(p), to, "support", seen, edges);
        }
        for (MapContent.Attack k : w.map().attacks()) {
            String to = sectionOf.get(k.to());
            if (to == null)
                to = w.argument(k.to()).map(a -> sectionOf.get(a.conclusion())).orElse(null);
            link(sectionOf.get(k.from()), to, "attack", seen, edges);
        }
        return new Drawing(nodes, edges, true, false, total);
    }

    private static void link(
            @Nullable String from, @Nullable String to, String kind, Set<String> seen, List<Edge> edges) {
        if (from == null || to == null || from.equals(to)) return;
        String id = kind + ":" + from + ">" + to;
        if (seen.add(id)) edges.add(new Edge(id, SECTION_PREFIX + from, SECTION_PREFIX + to, kind));
    }
}
