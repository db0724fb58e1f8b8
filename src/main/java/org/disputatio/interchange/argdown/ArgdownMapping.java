package org.disputatio.interchange.argdown;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disputatio.interchange.ImportReport;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.ImportedMap;
import org.disputatio.interchange.argdown.ArgdownData.Fields;
import org.disputatio.interchange.argdown.ArgdownSyntax.Argument;
import org.disputatio.interchange.argdown.ArgdownSyntax.Ref;
import org.disputatio.interchange.argdown.ArgdownSyntax.Relation;
import org.disputatio.interchange.argdown.ArgdownSyntax.Statement;
import org.disputatio.interchange.argdown.ArgdownSyntax.Step;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.SectionId;
import org.jspecify.annotations.Nullable;

/**
 * Turns the elements of an Argdown file into a map (the mapping table is in ADR 042): statements become
 * claims, each inference step of a premise–conclusion structure an argument, {@code +>} between
 * statements a one-premise argument, {@code ->} an attack (undermine when it hits a premise, else rebut),
 * {@code _>} an undercut, {@code ><} two rebuts. An argument without a structure that supports or attacks
 * is represented by a claim of its description (its gist). What has no counterpart goes to the report.
 */
final class ArgdownMapping {

    private static final Set<String> CLAIM_KEYS = Set.of(
            "id",
            "text",
            "kind",
            "proponent",
            "proponentId",
            "section",
            "citations",
            "anchors",
            "mentions",
            "dates",
            "attacks");

    private final ArgdownSyntax syntax;
    private final Fields front;
    private final List<Unmapped> unmapped;
    private final Map<String, String> claimIds = new LinkedHashMap<>();
    private final Map<String, MapContent.Claim> claims = new LinkedHashMap<>();
    private final Map<String, String> gists = new LinkedHashMap<>();
    private final Map<String, String> argumentIds = new LinkedHashMap<>();
    private final Map<String, String> conclusions = new LinkedHashMap<>();
    /** The values of {@link #conclusions}, looked up once per claim. */
    private final Set<String> concluded = new HashSet<>();

    private final List<MapContent.Argument> arguments = new ArrayList<>();
    private final List<MapContent.Attack> attacks = new ArrayList<>();
    private final Set<List<String>> attackKeys = new HashSet<>();
    private final Set<String> ids = new HashSet<>();
    private final Set<String> usedAttackIds = new HashSet<>();
    private final Set<String> premises = new HashSet<>();
    private String documentText = "";
    private int citations;
    private int anchors;

    private ArgdownMapping(ArgdownSyntax syntax) {
        this.syntax = syntax;
        this.front = Fields.of(syntax.frontMatter, 1, "The front matter");
        this.unmapped = new ArrayList<>(syntax.unmapped);
    }

    static ImportedMap map(ArgdownSyntax syntax) {
        return new ArgdownMapping(syntax).map();
    }

    private ImportedMap map() {
        Fields disputatio = front.fields("disputatio");
        Fields doc = front.fields("document");
        documentText = doc.text("text", "");
        String title = front.text("title", doc.text("title", "Argdown map"));
        String language = disputatio.text("language", doc.text("language", "en"));
        var document = new MapContent.Document(
                doc.text("title", title),
                doc.text("language", language),
                documentText,
                doc.text("original", documentText),
                doc.texts("authors"),
                doc.text("provenance", "Imported from an Argdown file."));
        List<MapContent.Source> sources = sources();
        Set<String> sourceIds = new HashSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));

        List<Statement> statements = new ArrayList<>(syntax.statements.values());
        statements.sort(Comparator.comparingInt(s -> s.order));
        List<Argument> inOrder = new ArrayList<>(syntax.arguments.values());
        inOrder.sort(Comparator.comparingInt(a -> a.order));
        for (Statement s : statements) claimIds.put(s.title, unique(wantedId(s.data.get("id"), s.title)));
        for (Argument a : inOrder) argumentIds.put(a.title, unique(wantedId(a.data.get("id"), a.title)));
        for (Argument a : inOrder) steps(a);
        concluded.addAll(conclusions.values());
        for (Statement s : statements) claims.put(claimIds.get(s.title), claim(s, sourceIds));
        for (Relation r : syntax.relations) if (r.type().equals("support")) support(r);
        for (Relation r : syntax.relations) if (!r.type().equals("support")) attack(r);
        for (Argument a : inOrder) argumentLeftovers(a);
        // Grouped by attacker in claim order, as the writer writes them, so that a file read, written and
        // read again gives the attacks in the same order.
        Map<String, Integer> claimOrder = new HashMap<>();
        for (String id : claims.keySet()) claimOrder.put(id, claimOrder.size());
        attacks.sort(Comparator.comparingInt(k -> claimOrder.getOrDefault(k.from(), -1)));

        Set<String> claimAndArgumentIds = new HashSet<>(claims.keySet());
        arguments.forEach(a -> claimAndArgumentIds.add(a.id()));
        var content = new MapContent(
                disputatio.text("id", slug(title)),
                title,
                language,
                document,
                List.copyOf(claims.values()),
                List.copyOf(arguments),
                List.copyOf(attacks),
                sources,
                contestations(sourceIds),
                people(),
                notes(),
                events(),
                qualifications(claimAndArgumentIds),
                rephrases(claimAndArgumentIds),
                preferences(claimAndArgumentIds));
        Map<String, Integer> kept = new LinkedHashMap<>();
        kept.put("claims", content.claims().size());
        kept.put("arguments", content.arguments().size());
        kept.put("attacks", content.attacks().size());
        kept.put("sources", content.sources().size());
        kept.put("citations", citations);
        kept.put("anchors", anchors);
        kept.put("contestations", content.contestations().size());
        kept.put("qualifications", content.qualifications().size());
        kept.put("people", content.people().size());
        kept.put("notes", content.notes().size());
        kept.put("events", content.events().size());
        kept.put("rephrases", content.rephrases().size());
        kept.put("preferences", content.preferences().size());
        // The report lists the unmapped parts in file order.
        unmapped.sort(Comparator.comparingInt(u -> lineNumber(u.where())));
        return new ImportedMap(content, new ImportReport("argdown", kept, unmapped));
    }

    // ---- claims ---------------------------------------------------------------------------------------

    private MapContent.Claim claim(Statement s, Set<String> sourceIds) {
        Fields data = Fields.of(s.data, s.line, "The data of [" + s.title + "]");
        String id = claimIds.get(s.title);
        String text = data.text("text", s.text != null ? s.text : s.title);
        String section = data.text("section", s.section);
        if (!SectionId.isValid(section)) {
            unmapped.add(new Unmapped(
                    "line " + s.line, "section '" + section + "'", "not a section of Disputatio; section 1 used"));
            section = "1";
        }
        List<MapContent.Citation> cites = new ArrayList<>();
        for (Fields c : data.list("citations")) {
            String source = c.text("source", "");
            if (!sourceIds.contains(source)) {
                unmapped.add(new Unmapped(
                        "line " + s.line,
                        "citation of source '" + source + "'",
                        "no such source in the front matter's sources"));
                continue;
            }
            cites.add(new MapContent.Citation(source, c.text("locator"), c.text("raw", "")));
            citations++;
        }
        List<MapContent.Anchor> kept = new ArrayList<>();
        for (Fields a : data.list("anchors")) {
            var anchor = anchor(a);
            if (anchor != null) {
                kept.add(anchor);
                anchors++;
            }
        }
        List<MapContent.ClaimDate> dates = data.list("dates").stream()
                .map(d -> new MapContent.ClaimDate(d.text("event", ""), d.text("date", ""), d.text("precision", "")))
                .toList();
        for (String tag : s.tags) {
            if (ClaimKind.fromSpelling(tag).isEmpty()) {
                unmapped.add(new Unmapped(
                        "line " + s.line, "tag #" + tag + " of [" + s.title + "]", "Disputatio has no tags"));
            }
        }
        for (String key : data.values().keySet()) {
            if (!CLAIM_KEYS.contains(key)) {
                unmapped.add(new Unmapped(
                        "line " + s.line, "data '" + key + "' of [" + s.title + "]", "no field of a claim holds it"));
            }
        }
        return new MapContent.Claim(
                id,
                kind(s, data, id),
                text,
                data.text("proponent", ""),
                section,
                kept,
                cites,
                data.text("proponentId"),
                data.texts("mentions"),
                dates);
    }

    private String kind(Statement s, Fields data, String id) {
        String wanted = data.text("kind");
        if (wanted != null) {
            if (ClaimKind.fromSpelling(wanted).isPresent()) return wanted;
            unmapped.add(new Unmapped(
                    "line " + s.line, "kind '" + wanted + "'", "not a kind of claim; derived from its place instead"));
        }
        for (String tag : s.tags) if (ClaimKind.fromSpelling(tag).isPresent()) return tag;
        if (concluded.contains(id) && !premises.contains(id)) return ClaimKind.CONCLUSION.spelling();
        return ClaimKind.PREMISE.spelling();
    }

    private MapContent.@Nullable Anchor anchor(Fields a) {
        String exact = a.text("exact", "");
        int start = a.integer("start", -1);
        int end = a.integer("end", -1);
        if (start < 0
                || end < start
                || end > documentText.length()
                || !documentText.substring(start, end).equals(exact)) {
            unmapped.add(new Unmapped(
                    "line " + a.line(),
                    "anchor '" + exact + "'",
                    "it does not match the document's text at " + start + "–" + end));
            return null;
        }
        return new MapContent.Anchor(exact, a.text("prefix", ""), a.text("suffix", ""), start, end);
    }

    /** The claim standing for an argument without a premise–conclusion structure: its description. */
    private String gist(Argument a) {
        return gists.computeIfAbsent(a.title, t -> {
            String id = unique(argumentIds.get(t) + "-gist");
            String text = a.description != null ? a.description : a.title;
            claims.put(
                    id,
                    new MapContent.Claim(
                            id, ClaimKind.PREMISE.spelling(), text, "", validSection(a.section), List.of(), List.of()));
            return id;
        });
    }

    private static String validSection(String section) {
        return SectionId.isValid(section) ? section : "1";
    }

    // ---- arguments --------------------------------------------------------------------------------------

    private void steps(Argument a) {
        String id = argumentIds.get(a.title);
        for (int k = 0; k < a.steps.size(); k++) {
            Step step = a.steps.get(k);
            List<String> used = new ArrayList<>();
            Fields data = Fields.of(step.data(), step.line(), "The inference's data");
            if (data.has("uses")) {
                for (String n : data.texts("uses")) {
                    String title = a.numbered.get(parse(n));
                    if (title == null) {
                        unmapped.add(new Unmapped("line " + step.line(), "uses " + n, "no statement of that number"));
                    } else {
                        used.add(title);
                    }
                }
            } else {
                step.premises().forEach(p -> used.add(p.title()));
            }
            // Argdown's inference rules name the scheme the step instantiates.
            String scheme = data.text("scheme", step.rules().isEmpty() ? null : String.join(", ", step.rules()));
            for (String key : data.values().keySet()) {
                if (!key.equals("uses") && !key.equals("scheme")) {
                    unmapped.add(new Unmapped(
                            "line " + step.line(), "inference data '" + key + "'", "no field of an argument holds it"));
                }
            }
            List<String> premiseIds =
                    used.stream().map(claimIds::get).distinct().toList();
            String conclusion = claimIds.get(step.conclusion().title());
            String stepId = k == a.steps.size() - 1 ? id : unique(id + "-step-" + (k + 1));
            premises.addAll(premiseIds);
            arguments.add(new MapContent.Argument(stepId, premiseIds, conclusion, scheme));
            conclusions.put(a.title, conclusion);
        }
    }

    private static int lineNumber(String where) {
        return where.startsWith("line ") ? parse(where.substring(5)) : 0;
    }

    private static int parse(String n) {
        try {
            return Integer.parseInt(n.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void argumentLeftovers(Argument a) {
        for (String key : a.data.keySet()) {
            if (!key.equals("id") && !key.equals("attacks")) {
                unmapped.add(new Unmapped(
                        "line " + a.line,
                        "data '" + key + "' of <" + a.title + ">",
                        "no field of an argument holds it"));
            }
        }
        for (String tag : a.tags) {
            unmapped.add(
                    new Unmapped("line " + a.line, "tag #" + tag + " of <" + a.title + ">", "Disputatio has no tags"));
        }
        if (a.steps.isEmpty()
                && !gists.containsKey(a.title)
                && !argumentIds.get(a.title).equals(madeArgument(a))) {
            unmapped.add(new Unmapped(
                    "line " + a.line,
                    "argument <" + a.title + ">",
                    "no premise–conclusion structure and no relation: nothing to map"));
        }
    }

    private @Nullable String madeArgument(Argument a) {
        String id = argumentIds.get(a.title);
        return arguments.stream().anyMatch(x -> x.id().equals(id)) ? id : null;
    }

    // ---- relations --------------------------------------------------------------------------------------

    /** The claim that speaks for an element in a relation: the statement, or an argument's conclusion or gist. */
    private String speaker(Ref ref) {
        if (!ref.argument()) return claimIds.get(ref.title());
        Argument a = syntax.arguments.get(ref.title());
        String conclusion = conclusions.get(ref.title());
        return conclusion != null ? conclusion : gist(a);
    }

    private void support(Relation r) {
        String to;
        if (r.to().argument()) {
            Argument target = syntax.arguments.get(r.to().title());
            if (!target.steps.isEmpty()) {
                unmapped.add(new Unmapped(
                        "line " + r.line(),
                        "support of <" + target.title + ">",
                        "Argdown leaves open which premise it supports"));
                return;
            }
            to = gist(target);
        } else {
            to = claimIds.get(r.to().title());
        }
        if (r.from().argument()) {
            Argument from = syntax.arguments.get(r.from().title());
            if (!from.steps.isEmpty() && to.equals(conclusions.get(from.title))) return;
            if (from.steps.isEmpty() && madeArgument(from) == null) {
                // An argument given only by its description: it becomes a one-premise argument, its gist the premise.
                arguments.add(new MapContent.Argument(argumentIds.get(from.title), List.of(gist(from)), to));
                premises.add(gist(from));
                return;
            }
        }
        String premise = speaker(r.from());
        if (premise.equals(to)) return;
        if (arguments.stream()
                .anyMatch(a ->
                        a.premises().equals(List.of(premise)) && a.conclusion().equals(to))) return;
        premises.add(premise);
        arguments.add(new MapContent.Argument(unique(premise + "-supports-" + to), List.of(premise), to));
    }

    private void attack(Relation r) {
        String from = speaker(r.from());
        switch (r.type()) {
            case "undercut" -> {
                if (!r.to().argument()) {
                    unmapped.add(new Unmapped(
                            "line " + r.line(),
                            "undercut of [" + r.to().title() + "]",
                            "only an argument can be undercut"));
                    return;
                }
                String target = madeArgument(syntax.arguments.get(r.to().title()));
                if (target == null) {
                    unmapped.add(new Unmapped(
                            "line " + r.line(),
                            "undercut of <" + r.to().title() + ">",
                            "the argument has no inference to undercut"));
                    return;
                }
                add(r.from(), from, target, AttackKind.UNDERCUT.spelling());
            }
            case "contradiction" -> {
                String other = speaker(r.to());
                add(r.from(), from, other, AttackKind.REBUT.spelling());
                add(r.to(), other, from, AttackKind.REBUT.spelling());
            }
            default -> {
                String target;
                if (r.to().argument()) {
                    Argument a = syntax.arguments.get(r.to().title());
                    if (!a.steps.isEmpty()) {
                        unmapped.add(new Unmapped(
                                "line " + r.line(),
                                "attack on <" + a.title + ">",
                                "Argdown leaves open which premise it attacks"));
                        return;
                    }
                    target = gist(a);
                } else {
                    target = claimIds.get(r.to().title());
                }
                add(
                        r.from(),
                        from,
                        target,
                        premises.contains(target) ? AttackKind.UNDERMINE.spelling() : AttackKind.REBUT.spelling());
            }
        }
    }

    /** Adds an attack, with the id and kind the attacker's data gives it when it lists it. */
    private void add(Ref attacker, String from, String to, String derivedKind) {
        Map<String, Object> data = attacker.argument()
                ? syntax.arguments.get(attacker.title()).data
                : syntax.statements.get(attacker.title()).data;
        String id = null;
        String kind = derivedKind;
        for (Fields listed : Fields.of(data, 0, "The data").list("attacks")) {
            String listedId = listed.text("id");
            if (to.equals(listed.text("to")) && listedId != null && !usedAttackIds.contains(listedId)) {
                String listedKind = listed.text("kind", derivedKind);
                boolean undercut = derivedKind.equals(AttackKind.UNDERCUT.spelling());
                if (undercut != listedKind.equals(AttackKind.UNDERCUT.spelling())) continue;
                id = listedId;
                if (AttackKind.fromSpelling(listedKind).isPresent()) kind = listedKind;
                break;
            }
        }
        String finalKind = kind;
        // A set, not a search of the list: a large file has tens of thousands of attacks.
        if (!attackKeys.add(List.of(from, to, finalKind))) return;
        if (id == null || ids.contains(id)) id = unique("attack-" + (attacks.size() + 1));
        usedAttackIds.add(id);
        ids.add(id);
        attacks.add(new MapContent.Attack(id, from, to, kind));
    }

    // ---- front matter lists ---------------------------------------------------------------------------

    private List<MapContent.Source> sources() {
        List<MapContent.Source> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields s : front.list("sources")) {
            String id = s.text("id");
            if (id == null || id.isBlank() || !seen.add(id)) {
                unmapped.add(new Unmapped("line 1", "source " + s.values(), "a source needs an id of its own"));
                continue;
            }
            out.add(new MapContent.Source(
                    id,
                    s.texts("authors"),
                    s.text("title"),
                    s.integer("year"),
                    s.text("kind", "other"),
                    s.text("accessibility", "unknown"),
                    s.list("reportedBy").stream()
                            .map(r -> new MapContent.ReportedBy(r.text("source", ""), r.text("locator")))
                            .toList()));
        }
        List<MapContent.Source> checked = new ArrayList<>();
        for (var s : out) {
            var reported = s.reportedBy().stream()
                    .filter(r -> seen.contains(r.sourceId()))
                    .toList();
            if (reported.size() != s.reportedBy().size()) {
                unmapped.add(new Unmapped(
                        "line 1", "reportedBy of source '" + s.id() + "'", "names a source the file does not list"));
            }
            checked.add(new MapContent.Source(
                    s.id(), s.authors(), s.title(), s.year(), s.kind(), s.accessibility(), reported));
        }
        return checked;
    }

    private List<MapContent.Contestation> contestations(Set<String> sourceIds) {
        List<MapContent.Contestation> out = new ArrayList<>();
        for (Fields c : front.list("contestations")) {
            String source = c.text("source", "");
            if (!sourceIds.contains(source)) {
                unmapped.add(new Unmapped("line 1", "contestation of source '" + source + "'", "no such source"));
                continue;
            }
            out.add(new MapContent.Contestation(
                    unique(c.text("id", "contestation")), source, c.text("by", ""), c.text("reason", "")));
        }
        return out;
    }

    private List<MapContent.Qualification> qualifications(Set<String> known) {
        List<MapContent.Qualification> out = new ArrayList<>();
        for (Fields q : front.list("qualifications")) {
            String from = q.text("from", "");
            String to = q.text("to", "");
            if (!known.contains(from) || !known.contains(to)) {
                unmapped.add(new Unmapped(
                        "line 1",
                        "qualification " + from + " → " + to,
                        "names a claim or argument the file does not hold"));
                continue;
            }
            out.add(new MapContent.Qualification(unique(q.text("id", "qualification")), from, to));
        }
        return out;
    }

    private List<MapContent.Rephrase> rephrases(Set<String> known) {
        List<MapContent.Rephrase> out = new ArrayList<>();
        for (Fields r : front.list("rephrases")) {
            String from = r.text("from", "");
            String to = r.text("to", "");
            if (!known.contains(from) || !known.contains(to)) {
                unmapped.add(new Unmapped(
                        "line 1", "rephrase " + from + " → " + to, "names a claim the file does not hold"));
                continue;
            }
            out.add(new MapContent.Rephrase(unique(r.text("id", "rephrase")), from, to, r.text("scheme")));
        }
        return out;
    }

    private List<MapContent.Preference> preferences(Set<String> known) {
        List<MapContent.Preference> out = new ArrayList<>();
        for (Fields p : front.list("preferences")) {
            String preferred = p.text("preferred", "");
            String over = p.text("over", "");
            if (!known.contains(preferred) || !known.contains(over)) {
                unmapped.add(new Unmapped(
                        "line 1",
                        "preference " + preferred + " over " + over,
                        "names a claim or argument the file does not hold"));
                continue;
            }
            out.add(new MapContent.Preference(unique(p.text("id", "preference")), preferred, over, p.text("scheme")));
        }
        return out;
    }

    private List<MapContent.Person> people() {
        return front.list("people").stream()
                .map(p -> new MapContent.Person(
                        p.text("id", ""),
                        p.text("kind", "person"),
                        p.text("name", ""),
                        p.texts("variants"),
                        p.text("description", "")))
                .filter(p -> !p.id().isBlank())
                .toList();
    }

    private List<MapContent.Note> notes() {
        List<MapContent.Note> out = new ArrayList<>();
        for (Fields n : front.list("notes")) {
            var anchor = anchor(n.fields("anchor"));
            if (anchor != null)
                out.add(new MapContent.Note(n.text("id", ""), n.text("kind", "other"), anchor, n.text("text", "")));
        }
        return out;
    }

    private List<MapContent.Event> events() {
        return front.list("events").stream()
                .map(e -> new MapContent.Event(
                        e.text("id", ""), e.text("label", ""), Boolean.parseBoolean(e.text("contradictory", "false"))))
                .toList();
    }

    // ---- ids --------------------------------------------------------------------------------------------

    private static String wantedId(@Nullable Object wanted, String title) {
        if (wanted != null && !(wanted instanceof Map<?, ?>) && !(wanted instanceof List<?>)) {
            String id = String.valueOf(wanted).strip();
            if (!id.isEmpty()) return id;
        }
        return ArgdownWriter.SAFE_TITLE.matcher(title).matches() ? title : slug(title);
    }

    private String unique(String wanted) {
        String id = wanted;
        for (int n = 2; !ids.add(id); n++) id = wanted + "-" + n;
        return id;
    }

    static String slug(String title) {
        String plain = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug =
                plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) slug = slug.substring(0, 60).replaceAll("-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
