package org.disputatio.interchange.argdown;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;

/**
 * Writes a map as Argdown (ADR 042): the map's document, sources and other lists in the front matter;
 * each claim as a statement {@code [id]: text #kind {data}} under a heading for its section, with its
 * attacks as outgoing relations ({@code ->}, {@code _>}); each argument as {@code <id>} followed by its
 * premise–conclusion structure. Claim ids are the statement titles, so the file reads back to the same ids.
 */
final class ArgdownWriter {

    /** Titles Argdown reads back unchanged: no brackets, no spaces at the ends. */
    static final Pattern SAFE_TITLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final MapContent map;
    private final StringBuilder out = new StringBuilder();
    private final Map<String, String> claimTitles = new LinkedHashMap<>();
    private final Map<String, String> argumentTitles = new LinkedHashMap<>();

    private ArgdownWriter(MapContent map) {
        this.map = map;
        int n = 0;
        for (var claim : map.claims()) claimTitles.put(claim.id(), title(claim.id(), "claim-", ++n));
        n = 0;
        for (var argument : map.arguments()) argumentTitles.put(argument.id(), title(argument.id(), "argument-", ++n));
    }

    static String write(MapContent map) {
        return new ArgdownWriter(map).file();
    }

    private static String title(String id, String prefix, int n) {
        return SAFE_TITLE.matcher(id).matches() ? id : prefix + n;
    }

    private String file() {
        frontMatter();
        out.append("\n// Exported from Disputatio. Statement titles are claim ids, argument titles argument ids;\n");
        out.append("// the data in braces keeps what Argdown has no syntax for (ADR 042).\n");
        String section = null;
        for (var claim : map.claims()) {
            if (!claim.section().equals(section)) {
                section = claim.section();
                out.append("\n# Section ").append(escape(section)).append(' ');
                out.append(ArgdownData.flow(Map.of("section", section))).append('\n');
            }
            out.append('\n');
            statement(claim);
        }
        for (var argument : map.arguments()) {
            out.append('\n');
            argument(argument);
        }
        return out.toString();
    }

    private void frontMatter() {
        var doc = map.document();
        out.append("===\n");
        line("title", map.title());
        Map<String, Object> disputatio = new LinkedHashMap<>();
        disputatio.put("format", 1);
        disputatio.put("id", map.id());
        disputatio.put("language", map.language());
        line("disputatio", disputatio);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("title", doc.title());
        document.put("language", doc.language());
        document.put("authors", doc.authors());
        document.put("provenance", doc.provenance());
        document.put("text", doc.text());
        if (!Objects.equals(doc.original(), doc.text())) document.put("original", doc.original());
        line("document", document);
        list("sources", map.sources().stream().map(ArgdownWriter::source).toList());
        list(
                "contestations",
                map.contestations().stream()
                        .map(c -> ordered("id", c.id(), "source", c.sourceId(), "by", c.by(), "reason", c.reason()))
                        .toList());
        list(
                "qualifications",
                map.qualifications().stream()
                        .map(q -> ordered("id", q.id(), "from", q.from(), "to", q.to()))
                        .toList());
        list(
                "people",
                map.people().stream()
                        .map(p -> ordered(
                                "id",
                                p.id(),
                                "kind",
                                p.kind(),
                                "name",
                                p.name(),
                                "variants",
                                p.variants(),
                                "description",
                                p.description()))
                        .toList());
        list(
                "notes",
                map.notes().stream()
                        .map(n ->
                                ordered("id", n.id(), "kind", n.kind(), "anchor", anchor(n.anchor()), "text", n.text()))
                        .toList());
        list(
                "rephrases",
                map.rephrases().stream()
                        .map(r -> ordered("id", r.id(), "from", r.from(), "to", r.to(), "scheme", r.scheme()))
                        .toList());
        list(
                "preferences",
                map.preferences().stream()
                        .map(p -> ordered(
                                "id", p.id(), "preferred", p.preferred(), "over", p.over(), "scheme", p.scheme()))
                        .toList());
        list(
                "events",
                map.events().stream()
                        .map(e -> ordered("id", e.id(), "label", e.label(), "contradictory", e.contradictory()))
                        .toList());
        out.append("===\n");
    }

    private static Map<String, Object> source(MapContent.Source s) {
        var m = ordered("id", s.id(), "authors", s.authors(), "title", s.title(), "year", s.year());
        m.put("kind", s.kind());
        m.put("accessibility", s.accessibility());
        if (!s.reportedBy().isEmpty()) {
            m.put(
                    "reportedBy",
                    s.reportedBy().stream()
                            .map(r -> ordered("source", r.sourceId(), "locator", r.locator()))
                            .toList());
        }
        return m;
    }

    private void statement(MapContent.Claim claim) {
        Map<String, Object> data = new LinkedHashMap<>();
        String title = claimTitles.get(claim.id());
        if (!title.equals(claim.id())) data.put("id", claim.id());
        String shown = readable(claim.text());
        if (!shown.equals(claim.text())) data.put("text", claim.text());
        data.put("kind", claim.kind());
        data.put("proponent", claim.proponent());
        if (claim.proponentId() != null) data.put("proponentId", claim.proponentId());
        data.put("section", claim.section());
        if (!claim.citations().isEmpty()) {
            data.put(
                    "citations",
                    claim.citations().stream()
                            .map(c -> ordered("source", c.sourceId(), "locator", c.locator(), "raw", c.raw()))
                            .toList());
        }
        if (!claim.anchors().isEmpty()) {
            data.put(
                    "anchors",
                    claim.anchors().stream().map(ArgdownWriter::anchor).toList());
        }
        if (!claim.mentions().isEmpty()) data.put("mentions", claim.mentions());
        if (!claim.dates().isEmpty()) {
            data.put(
                    "dates",
                    claim.dates().stream()
                            .map(d -> ordered("event", d.event(), "date", d.date(), "precision", d.precision()))
                            .toList());
        }
        List<MapContent.Attack> attacks =
                map.attacks().stream().filter(a -> a.from().equals(claim.id())).toList();
        if (!attacks.isEmpty()) {
            data.put(
                    "attacks",
                    attacks.stream()
                            .map(a -> ordered("id", a.id(), "to", a.to(), "kind", a.kind()))
                            .toList());
        }
        out.append('[').append(title).append("]: ").append(escape(shown)).append(' ');
        if (kindTag(claim.kind())) out.append('#').append(claim.kind()).append(' ');
        out.append(ArgdownData.flow(data)).append('\n');
        relations(attacks);
    }

    private void argument(MapContent.Argument argument) {
        Map<String, Object> data = new LinkedHashMap<>();
        String title = argumentTitles.get(argument.id());
        if (!title.equals(argument.id())) data.put("id", argument.id());
        List<MapContent.Attack> attacks = map.attacks().stream()
                .filter(a -> a.from().equals(argument.id()))
                .toList();
        if (!attacks.isEmpty()) {
            data.put(
                    "attacks",
                    attacks.stream()
                            .map(a -> ordered("id", a.id(), "to", a.to(), "kind", a.kind()))
                            .toList());
        }
        out.append('<').append(title).append('>');
        if (!data.isEmpty()) out.append(' ').append(ArgdownData.flow(data));
        out.append('\n');
        String conclusion = reference(argument.conclusion());
        if (argument.premises().isEmpty()) {
            // A premise–conclusion structure needs a premise; an argument without one still names its conclusion.
            out.append("  +> ").append(conclusion).append('\n');
            relations(attacks);
            return;
        }
        relations(attacks);
        out.append('\n');
        int n = 0;
        for (String premise : argument.premises()) {
            out.append('(').append(++n).append(") ").append(reference(premise)).append('\n');
        }
        out.append(inference(argument.scheme())).append('\n');
        out.append('(').append(++n).append(") ").append(conclusion).append('\n');
    }

    /**
     * The inference line: the scheme as Argdown's inference rule. Inside an inference Argdown knows no
     * escapes, so a scheme its syntax would change is also written exactly in the inference's data.
     */
    static String inference(@Nullable String scheme) {
        if (scheme == null) return "----";
        String rule = scheme.replaceAll("[,{}/\\r\\n\\u2028\\u2029]+", " ")
                .replaceAll("-{2,}", "-")
                .replaceAll("\\s+", " ")
                .strip();
        String data = rule.equals(scheme) && !rule.isEmpty() ? "" : " " + ArgdownData.flow(Map.of("scheme", scheme));
        return "-- " + rule + data + " --";
    }

    private void relations(List<MapContent.Attack> attacks) {
        for (var attack : attacks) {
            out.append(attack.kind().equals("undercut") ? "  _> " : "  -> ")
                    .append(reference(attack.to()))
                    .append('\n');
        }
    }

    /** A claim's or an argument's reference by its title; an id of neither is written as a statement. */
    private String reference(String id) {
        String argument = argumentTitles.get(id);
        if (argument != null && !claimTitles.containsKey(id)) return "<" + argument + ">";
        String claim = claimTitles.get(id);
        return "[" + (claim != null ? claim : escapeTitle(id)) + "]";
    }

    private static String escapeTitle(String id) {
        return id.replace("]", "").replace("[", "").strip();
    }

    private static boolean kindTag(String kind) {
        return kind.matches("[a-z][a-z-]*");
    }

    private static Map<String, Object> anchor(MapContent.Anchor a) {
        return ordered(
                "exact", a.exact(), "prefix", a.prefix(), "suffix", a.suffix(), "start", a.start(), "end", a.end());
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private void line(String key, @Nullable Object value) {
        out.append(key).append(": ").append(ArgdownData.flow(value)).append('\n');
    }

    private void list(String key, List<Map<String, Object>> items) {
        if (items.isEmpty()) {
            out.append(key).append(": []\n");
            return;
        }
        out.append(key).append(":\n");
        for (var item : items) out.append("  - ").append(ArgdownData.flow(item)).append('\n');
    }

    /**
     * The text as it can stand on one Argdown line: line breaks become spaces and the ends are trimmed.
     * When that changes the text, the exact text goes into the statement's data.
     */
    static String readable(String text) {
        String shown = text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]+", " ").strip();
        return shown.isEmpty() ? "(no text)" : shown;
    }

    /** Escapes every character Argdown's lexer gives a meaning to inside a statement's text. */
    static String escape(String text) {
        var sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\[]<>#*_{}/@".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }
}
