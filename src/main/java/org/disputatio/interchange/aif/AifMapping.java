package org.disputatio.interchange.aif;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.disputatio.interchange.ImportReport;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.InconsistentFileException;
import org.disputatio.maps.Anchoring;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The mapping of an AIF graph, read by {@link AifReader}, to a map's content (ADR 041, "AIF"): the nodes in file
 * order, the edges between them, who spoke each locution, the text if the file has one, and what Disputatio wrote
 * under {@value AifWriter#EXTENSION} (claim kinds, anchors, sources… of its own exports), which wins where present.
 */
final class AifMapping {

    record Node(
            String id, String type, String text, @Nullable String scheme) {}

    record Edge(String id, String from, String to) {}

    private final String format;
    private final Map<String, Node> nodes;
    private final List<Edge> edges;
    private final Map<String, String> locutionSpeakers;
    private final Map<String, String> participants;
    private final @Nullable String text;
    private final @Nullable JsonNode extension;
    private final List<Unmapped> unmapped;

    private final Map<String, List<Integer>> incoming = new HashMap<>();
    private final Map<String, List<Integer>> outgoing = new HashMap<>();
    private final boolean[] used;
    private final Set<String> reported = new HashSet<>();

    AifMapping(
            String format,
            Map<String, Node> nodes,
            List<Edge> edges,
            Map<String, String> locutionSpeakers,
            Map<String, String> participants,
            @Nullable String text,
            @Nullable JsonNode extension,
            List<Unmapped> unmapped) {
        this.format = format;
        this.nodes = nodes;
        this.edges = edges;
        this.locutionSpeakers = locutionSpeakers;
        this.participants = participants;
        this.text = text;
        this.extension = extension;
        this.unmapped = new ArrayList<>(unmapped);
        this.used = new boolean[edges.size()];
        for (int i = 0; i < edges.size(); i++) {
            incoming.computeIfAbsent(edges.get(i).to(), k -> new ArrayList<>()).add(i);
            outgoing.computeIfAbsent(edges.get(i).from(), k -> new ArrayList<>())
                    .add(i);
        }
    }

    ImportedMap map() {
        var ext = new Extension(extension);
        // I-nodes: claims, in file order.
        var claimIds = new LinkedHashMap<String, String>();
        for (var n : nodes.values()) {
            if (n.type().equals("I")) {
                var own = ext.claims.get(n.id());
                claimIds.put(n.id(), own != null ? Extension.text(own, "id") : "n" + safe(n.id()));
            }
        }
        // RA-nodes: arguments with their linked premises and one conclusion.
        var arguments = new ArrayList<MapContent.Argument>();
        var argumentIds = new HashMap<String, String>();
        var premises = new HashSet<String>();
        var conclusions = new HashSet<String>();
        for (var n : nodes.values()) {
            if (!n.type().equals("RA")) continue;
            var from = ends(n, incoming, Edge::from, Set.of("I"), Map.of());
            var to = ends(n, outgoing, Edge::to, Set.of("I"), Map.of());
            if (from.isEmpty() || to.size() != 1) {
                skip(
                        n,
                        from.isEmpty()
                                ? "an inference without a premise (I-node) leading to it"
                                : "an inference to " + to.size() + " conclusions; an argument has exactly one");
                continue;
            }
            String id = ext.id(ext.arguments, n.id(), "n" + safe(n.id()));
            var premiseIds = new ArrayList<String>();
            for (int e : from) {
                String claim = claimIds.get(edges.get(e).from());
                if (!premiseIds.contains(claim)) premiseIds.add(claim);
                used[e] = true;
            }
            used[to.getFirst()] = true;
            String conclusion = claimIds.get(edges.get(to.getFirst()).to());
            arguments.add(new MapContent.Argument(id, premiseIds, conclusion, scheme(n, AifWriter.DEFAULT_INFERENCE)));
            argumentIds.put(n.id(), id);
            premises.addAll(premiseIds);
            conclusions.add(conclusion);
        }
        // CA-nodes: attacks, one per attacking I-node.
        var attacks = new ArrayList<MapContent.Attack>();
        var attackers = new HashSet<String>();
        for (var n : nodes.values()) {
            if (!n.type().equals("CA")) continue;
            var from = ends(n, incoming, Edge::from, Set.of("I"), Map.of());
            var to = ends(n, outgoing, Edge::to, Set.of("I"), argumentIds);
            if (from.isEmpty() || to.size() != 1) {
                skip(
                        n,
                        from.isEmpty()
                                ? "a conflict without an attacking proposition (I-node)"
                                : "a conflict with " + to.size() + " targets; an attack has exactly one");
                continue;
            }
            String target = edges.get(to.getFirst()).to();
            boolean onArgument = argumentIds.containsKey(target);
            String targetId = onArgument ? argumentIds.get(target) : claimIds.get(target);
            String kind = onArgument ? "undercut" : premises.contains(targetId) ? "undermine" : "rebut";
            var own = ext.attacks.get(n.id());
            used[to.getFirst()] = true;
            for (int i = 0; i < from.size(); i++) {
                int e = from.get(i);
                used[e] = true;
                String fromId = claimIds.get(edges.get(e).from());
                String id = own != null && i == 0
                        ? Extension.text(own, "id")
                        : "n" + safe(n.id()) + (i == 0 ? "" : "-" + (i + 1));
                String ownKind = own != null && i == 0 ? Extension.text(own, "kind") : "";
                // A kind the file's own extension gives wins only where it fits the target (undercut: an argument).
                boolean fits = !ownKind.isEmpty() && ownKind.equals("undercut") == onArgument;
                attacks.add(new MapContent.Attack(id, fromId, targetId, fits ? ownKind : kind));
                attackers.add(fromId);
            }
        }
        // MA-nodes: rephrasings; PA-nodes: preferences.
        var rephrases = new ArrayList<MapContent.Rephrase>();
        var preferences = new ArrayList<MapContent.Preference>();
        for (var n : nodes.values()) {
            boolean ma = n.type().equals("MA");
            if (!ma && !n.type().equals("PA")) continue;
            var targets = ma ? Map.<String, String>of() : argumentIds;
            var from = ends(n, incoming, Edge::from, Set.of("I"), targets);
            var to = ends(n, outgoing, Edge::to, Set.of("I"), targets);
            if (from.size() != 1 || to.size() != 1) {
                skip(
                        n,
                        (ma ? "a rephrasing" : "a preference") + " needs exactly one node on each side, not "
                                + from.size() + " and " + to.size());
                continue;
            }
            used[from.getFirst()] = true;
            used[to.getFirst()] = true;
            String a = edges.get(from.getFirst()).from();
            String b = edges.get(to.getFirst()).to();
            String aId = claimIds.containsKey(a) ? claimIds.get(a) : argumentIds.get(a);
            String bId = claimIds.containsKey(b) ? claimIds.get(b) : argumentIds.get(b);
            if (ma) {
                String id = ext.id(ext.rephrases, n.id(), "n" + safe(n.id()));
                rephrases.add(new MapContent.Rephrase(id, aId, bId, scheme(n, AifWriter.DEFAULT_REPHRASE)));
            } else {
                String id = ext.id(ext.preferences, n.id(), "n" + safe(n.id()));
                preferences.add(new MapContent.Preference(id, aId, bId, scheme(n, AifWriter.DEFAULT_PREFERENCE)));
            }
        }
        // YA-nodes from an L-node to an I-node: who asserted the claim, and where (the locution's words).
        var asserted = new HashMap<String, Node>();
        var usedLocutions = new HashSet<String>();
        for (var n : nodes.values()) {
            if (!n.type().equals("YA")) continue;
            var from = ends(n, incoming, Edge::from, Set.of("L"), Map.of());
            var to = ends(n, outgoing, Edge::to, Set.of("I"), Map.of());
            if (from.size() != 1 || to.isEmpty()) {
                skip(
                        n,
                        "an illocution (" + n.text() + ") that links no locution to a proposition; Disputatio keeps"
                                + " the claims, arguments and attacks themselves, not the dialogue's moves");
                continue;
            }
            used[from.getFirst()] = true;
            var locution = nodes.get(edges.get(from.getFirst()).from());
            usedLocutions.add(locution.id());
            for (int e : to) {
                used[e] = true;
                asserted.putIfAbsent(edges.get(e).to(), locution);
            }
        }
        for (var n : nodes.values()) {
            switch (n.type()) {
                case "I", "RA", "CA", "MA", "PA", "YA" -> {}
                case "L" -> {
                    if (!usedLocutions.contains(n.id())) {
                        skip(n, "a locution that asserts no proposition (no YA-node to an I-node)");
                    }
                }
                case "TA" -> skip(n, "a transition between locutions (the order of a dialogue) has no counterpart");
                default -> skip(n, "a node of the type '" + n.type() + "', which AIF's mapping does not know");
            }
        }
        for (int i = 0; i < edges.size(); i++) {
            var e = edges.get(i);
            if (!used[i] && !reported.contains(e.from()) && !reported.contains(e.to())) {
                unmapped.add(new Unmapped(
                        "edge " + e.id(),
                        "edge from " + describe(e.from()) + " to " + describe(e.to()),
                        nodes.containsKey(e.from()) && nodes.containsKey(e.to())
                                ? "no mapped relation uses it"
                                : "it points to a node the file does not have"));
            }
        }
        // Claims, with their speakers and anchors.
        String documentText = ext.document != null ? Extension.text(ext.document, "text") : text == null ? "" : text;
        var people = new ArrayList<>(ext.people());
        var personIds = new HashSet<String>();
        people.forEach(p -> personIds.add(p.id()));
        var claims = new ArrayList<MapContent.Claim>();
        int cursor = 0;
        int anchors = 0;
        int speakers = 0;
        for (var entry : claimIds.entrySet()) {
            var n = nodes.get(entry.getKey());
            var own = ext.claims.get(n.id());
            if (own != null) {
                var claim = ext.claim(own, n.text());
                anchors += claim.anchors().size();
                claims.add(claim);
                continue;
            }
            String id = entry.getValue();
            String kind = conclusions.contains(id) && !premises.contains(id)
                    ? "conclusion"
                    : attackers.contains(id) && !premises.contains(id) && !conclusions.contains(id)
                            ? "counter-claim"
                            : "premise";
            String proponent = "";
            String proponentId = null;
            var claimAnchors = new ArrayList<MapContent.Anchor>();
            var locution = asserted.get(n.id());
            String words = n.text();
            if (locution != null) {
                String said = locution.text();
                int colon = said.indexOf(" : ");
                String name = colon > 0 ? said.substring(0, colon).strip() : "";
                if (colon > 0) said = said.substring(colon + 3);
                String person = locutionSpeakers.get(locution.id());
                if (person != null
                        && participants.containsKey(person)
                        && !participants.get(person).isEmpty()) {
                    name = participants.get(person);
                }
                if (!name.isEmpty()) {
                    proponent = name;
                    proponentId = "p-" + safe(person != null ? person : name);
                    if (personIds.add(proponentId)) {
                        people.add(new MapContent.Person(proponentId, "person", name, List.of(), ""));
                        speakers++;
                    }
                }
                if (!said.isBlank()) words = said;
            }
            if (!documentText.isEmpty() && !words.isBlank()) {
                String quote = words.strip();
                int at = documentText.indexOf(quote, cursor);
                if (at < 0) at = documentText.indexOf(quote);
                if (at >= 0) {
                    int end = at + quote.length();
                    claimAnchors.add(new MapContent.Anchor(
                            quote,
                            documentText.substring(Math.max(0, at - Anchoring.CONTEXT_LENGTH), at),
                            documentText.substring(
                                    end, Math.min(documentText.length(), end + Anchoring.CONTEXT_LENGTH)),
                            at,
                            end));
                    cursor = end;
                    anchors++;
                }
            }
            claims.add(new MapContent.Claim(
                    id, kind, n.text(), proponent, "", claimAnchors, List.of(), proponentId, List.of(), List.of()));
        }
        var content = ext.content(claims, arguments, attacks, people, rephrases, preferences, documentText);
        var kept = new LinkedHashMap<String, Integer>();
        kept.put("claims", claims.size());
        kept.put("arguments", arguments.size());
        kept.put("attacks", attacks.size());
        kept.put("rephrases", rephrases.size());
        kept.put("preferences", preferences.size());
        kept.put("speakers", speakers);
        kept.put("anchors", anchors);
        kept.put("sources", content.sources().size());
        kept.put(
                "citations", claims.stream().mapToInt(c -> c.citations().size()).sum());
        kept.put("people", content.people().size());
        kept.put("qualifications", content.qualifications().size());
        kept.put("notes", content.notes().size());
        return new ImportedMap(content, new ImportReport(format, kept, unmapped));
    }

    /** The edges of node {@code n} (in or out) whose other end is of one of {@code types} or a key of {@code also}. */
    private List<Integer> ends(
            Node n,
            Map<String, List<Integer>> index,
            Function<Edge, String> otherEnd,
            Set<String> types,
            Map<String, String> also) {
        var found = new ArrayList<Integer>();
        for (int e : index.getOrDefault(n.id(), List.of())) {
            String other = otherEnd.apply(edges.get(e));
            var node = nodes.get(other);
            if (node != null && (types.contains(node.type()) || also.containsKey(other))) {
                found.add(e);
            }
        }
        return found;
    }

    private void skip(Node n, String reason) {
        reported.add(n.id());
        unmapped.add(new Unmapped("node " + n.id(), n.type() + " node '" + shortened(n.text()) + "'", reason));
    }

    private String describe(String id) {
        var n = nodes.get(id);
        return n == null ? "node " + id + " (missing)" : n.type() + " node " + id;
    }

    /** The scheme an S-node names: its {@code scheme}, or its text unless that is AIF's default for the kind. */
    private static @Nullable String scheme(Node n, String defaultName) {
        if (n.scheme() != null && !n.scheme().isBlank()) return n.scheme();
        String named = n.text().strip();
        return named.isEmpty() || named.equals(defaultName) ? null : named;
    }

    private static String shortened(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }

    /** An AIF id as a Disputatio id: letters, digits, dashes, dots and underscores; anything else a dash. */
    static String safe(String id) {
        String s = id.replaceAll("[^A-Za-z0-9._-]", "-");
        return s.length() > 80 ? s.substring(0, 80) : s;
    }

    /** What Disputatio wrote under {@value AifWriter#EXTENSION}, by the AIF node it belongs to. */
    private static final class Extension {

        final Map<String, JsonNode> claims = new HashMap<>();
        final Map<String, JsonNode> arguments = new HashMap<>();
        final Map<String, JsonNode> attacks = new HashMap<>();
        final Map<String, JsonNode> rephrases = new HashMap<>();
        final Map<String, JsonNode> preferences = new HashMap<>();
        final @Nullable JsonNode root;
        final @Nullable JsonNode document;

        Extension(@Nullable JsonNode root) {
            this.root = root != null && root.isObject() ? root : null;
            this.document =
                    this.root != null && this.root.path("document").isObject() ? this.root.get("document") : null;
            if (this.root == null) return;
            index("claims", claims);
            index("arguments", arguments);
            index("attacks", attacks);
            index("rephrases", rephrases);
            index("preferences", preferences);
        }

        private void index(String name, Map<String, JsonNode> byNode) {
            for (var item : array(root, name)) {
                if (item.isObject()
                        && item.path("node").isString()
                        && item.path("id").isString()) {
                    byNode.putIfAbsent(item.get("node").asString(), item);
                }
            }
        }

        String id(Map<String, JsonNode> byNode, String node, String otherwise) {
            var own = byNode.get(node);
            return own != null ? text(own, "id") : otherwise;
        }

        MapContent.Claim claim(JsonNode c, String text) {
            return new MapContent.Claim(
                    text(c, "id"),
                    text(c, "kind"),
                    text,
                    text(c, "proponent"),
                    text(c, "section"),
                    list(c, "anchors", Extension::anchor),
                    list(
                            c,
                            "citations",
                            x -> new MapContent.Citation(text(x, "sourceId"), nullable(x, "locator"), text(x, "raw"))),
                    nullable(c, "proponentId"),
                    list(c, "mentions", JsonNode::asString),
                    list(
                            c,
                            "dates",
                            x -> new MapContent.ClaimDate(text(x, "event"), text(x, "date"), text(x, "precision"))));
        }

        List<MapContent.Person> people() {
            return list(
                    root,
                    "people",
                    p -> new MapContent.Person(
                            text(p, "id"),
                            text(p, "kind"),
                            text(p, "name"),
                            list(p, "variants", JsonNode::asString),
                            text(p, "description")));
        }

        MapContent content(
                List<MapContent.Claim> claims,
                List<MapContent.Argument> arguments,
                List<MapContent.Attack> attacks,
                List<MapContent.Person> people,
                List<MapContent.Rephrase> rephrases,
                List<MapContent.Preference> preferences,
                String documentText) {
            var d = document;
            String title = root == null ? "" : text(root, "title");
            String language = root == null ? "" : text(root, "language");
            var doc = d == null
                    ? new MapContent.Document(title, language, documentText, documentText, List.of(), "")
                    : new MapContent.Document(
                            text(d, "title"),
                            text(d, "language"),
                            text(d, "text"),
                            text(d, "original"),
                            list(d, "authors", JsonNode::asString),
                            text(d, "provenance"));
            return new MapContent(
                    "import",
                    title,
                    language,
                    doc,
                    claims,
                    arguments,
                    attacks,
                    list(
                            root,
                            "sources",
                            s -> new MapContent.Source(
                                    text(s, "id"),
                                    list(s, "authors", JsonNode::asString),
                                    nullable(s, "title"),
                                    s.path("year").isIntegralNumber()
                                                    && s.get("year").canConvertToInt()
                                            ? s.get("year").asInt()
                                            : null,
                                    text(s, "kind"),
                                    text(s, "accessibility"),
                                    list(
                                            s,
                                            "reportedBy",
                                            r -> new MapContent.ReportedBy(
                                                    text(r, "sourceId"), nullable(r, "locator"))))),
                    list(
                            root,
                            "contestations",
                            x -> new MapContent.Contestation(
                                    text(x, "id"), text(x, "sourceId"), text(x, "by"), text(x, "reason"))),
                    people,
                    list(
                            root,
                            "notes",
                            x -> new MapContent.Note(
                                    text(x, "id"), text(x, "kind"), anchor(x.path("anchor")), text(x, "text"))),
                    list(
                            root,
                            "events",
                            x -> new MapContent.Event(
                                    text(x, "id"),
                                    text(x, "label"),
                                    x.path("contradictory").asBoolean(false))),
                    list(
                            root,
                            "qualifications",
                            x -> new MapContent.Qualification(text(x, "id"), text(x, "from"), text(x, "to"))),
                    rephrases,
                    preferences);
        }

        private static MapContent.Anchor anchor(JsonNode a) {
            if (!a.isObject()
                    || !a.path("start").canConvertToInt()
                    || !a.path("end").canConvertToInt()
                    || !a.path("start").isIntegralNumber()
                    || !a.path("end").isIntegralNumber()) {
                throw new InconsistentFileException(
                        AifWriter.EXTENSION, "An anchor under \"" + AifWriter.EXTENSION + "\" lacks its start or end.");
            }
            return new MapContent.Anchor(
                    text(a, "exact"),
                    text(a, "prefix"),
                    text(a, "suffix"),
                    a.get("start").asInt(),
                    a.get("end").asInt());
        }

        static String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v != null && v.isString() ? v.asString() : "";
        }

        static @Nullable String nullable(JsonNode n, String field) {
            JsonNode v = n.get(field);
            return v != null && v.isString() ? v.asString() : null;
        }

        private static List<JsonNode> array(@Nullable JsonNode n, String field) {
            if (n == null || !n.path(field).isArray()) return List.of();
            var items = new ArrayList<JsonNode>();
            n.get(field).forEach(items::add);
            return items;
        }

        private static <T> List<T> list(@Nullable JsonNode n, String field, Function<JsonNode, T> item) {
            var items = new ArrayList<T>();
            for (var x : array(n, field)) {
                if (x.isObject() || x.isString()) {
                    items.add(item.apply(x));
                }
            }
            return items;
        }
    }
}
