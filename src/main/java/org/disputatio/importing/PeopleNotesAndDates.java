package org.disputatio.importing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.disputatio.maps.Anchor;
import org.disputatio.maps.Anchoring;
import org.disputatio.maps.AnchoringException;
import org.disputatio.maps.DatePrecision;
import org.disputatio.maps.PersonSearch;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads and checks the three optional files that annotate a map's claims: people.yaml (who the
 * proponents are and whom the claims name), notes.yaml (notes on the text itself) and dates.yaml
 * (the events claims date). The rules are in {@code docs/essay-map-format.md}; every problem goes to
 * the loader's list, so that one load reports them all.
 */
final class PeopleNotesAndDates {

    static final String PEOPLE_FILE = "people.yaml";
    static final String NOTES_FILE = "notes.yaml";
    static final String DATES_FILE = "dates.yaml";

    private static final Set<String> PERSON_FIELDS =
            Set.of("id", "kind", "name", "variants", "added", "description", "mentionedIn", "notes", "note");
    private static final Set<String> PERSON_KINDS = Set.of("person", "collective", "document");
    private static final Set<String> NOTE_FIELDS = Set.of("id", "kind", "quote", "prefix", "suffix", "text", "note");
    private static final Set<String> EVENT_FIELDS = Set.of("id", "label", "note");
    private static final Set<String> DATING_FIELDS = Set.of("claim", "date", "precision", "event", "note");
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    record Result(
            List<EssayMap.Person> people,
            List<EssayMap.TextNote> notes,
            List<EssayMap.Event> events,
            List<EssayMap.Dating> dates) {}

    private final MapFolder folder;
    private final String text;
    private final Anchoring anchoring;
    private final Map<String, EssayMap.Claim> claims = new HashMap<>();
    private final Set<String> claimIds;
    private final Set<String> proponentIds;
    private final Consumer<MapProblem> problems;

    /**
     * @param claimIds every claim id of map.yaml, including those of claims with problems, so that a
     * reference to one is not reported a second time
     */
    PeopleNotesAndDates(
            MapFolder folder,
            String text,
            List<EssayMap.Claim> claims,
            Set<String> claimIds,
            Set<String> proponentIds,
            Consumer<MapProblem> problems) {
        this.folder = folder;
        this.text = text;
        this.anchoring = new Anchoring(text);
        claims.forEach(c -> this.claims.put(c.id().value(), c));
        this.claimIds = claimIds;
        this.proponentIds = proponentIds;
        this.problems = problems;
    }

    Result read() {
        List<EssayMap.TextNote> notes = notes();
        List<EssayMap.Person> people = people(notes);
        List<EssayMap.Event> events = new ArrayList<>();
        List<EssayMap.Dating> dates = dates(events);
        return new Result(people, notes, events, dates);
    }

    private List<EssayMap.Person> people(List<EssayMap.TextNote> notes) {
        Optional<Node> root = compose(PEOPLE_FILE);
        if (root.isEmpty()) {
            return List.of();
        }
        Map<String, EssayMap.TextNote> notesById = new HashMap<>();
        notes.forEach(n -> notesById.put(n.id(), n));
        List<EssayMap.Person> people = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlItem item : items(PEOPLE_FILE, root.get())) {
            String id = newId(PEOPLE_FILE, item, PERSON_FIELDS, seen, "A person");
            if (id == null) {
                continue;
            }
            String kind = item.text("kind");
            if (kind == null || !PERSON_KINDS.contains(kind)) {
                problem(
                        PEOPLE_FILE,
                        item.lineOf("kind"),
                        id,
                        "Unknown or missing kind '" + kind + "' (person, collective, document)");
            }
            String name = required(PEOPLE_FILE, item, "name", id);
            String description = required(PEOPLE_FILE, item, "description", id);
            List<String> variants = item.texts("variants");
            List<Integer> variantLines = item.lines("variants");
            for (int i = 0; i < variants.size(); i++) {
                if (!occursAsWords(text, variants.get(i))) {
                    problem(
                            PEOPLE_FILE,
                            i < variantLines.size() ? variantLines.get(i) : item.line(),
                            id,
                            "The variant '" + variants.get(i)
                                    + "' does not occur in the reading text (list it under 'added' if it is a transliteration the text does not use)");
                }
            }
            List<String> added = item.texts("added");
            List<String> spellings = new ArrayList<>(variants);
            spellings.addAll(added);
            List<String> mentionedIn = item.texts("mentionedIn");
            List<Integer> mentionLines = item.lines("mentionedIn");
            for (int i = 0; i < mentionedIn.size(); i++) {
                String claimId = mentionedIn.get(i);
                int line = i < mentionLines.size() ? mentionLines.get(i) : item.line();
                EssayMap.Claim claim = claims.get(claimId);
                if (!claimIds.contains(claimId)) {
                    problem(PEOPLE_FILE, line, id, "Mention of an unknown claim '" + claimId + "'");
                } else if (claim != null
                        && !names(claim.anchor().exact(), spellings)
                        && !names(claim.text(), spellings)) {
                    problem(
                            PEOPLE_FILE,
                            line,
                            id,
                            "The claim '" + claimId + "' names the person by none of its variants");
                }
            }
            List<String> noteIds = item.texts("notes");
            for (String noteId : noteIds) {
                EssayMap.TextNote note = notesById.get(noteId);
                if (note == null) {
                    problem(PEOPLE_FILE, item.lineOf("notes"), id, "Unknown note '" + noteId + "'");
                } else if (!names(note.anchor().exact(), spellings)) {
                    problem(
                            PEOPLE_FILE,
                            item.lineOf("notes"),
                            id,
                            "The quote of note '" + noteId + "' names the person by none of its variants");
                }
            }
            if (!proponentIds.contains(id) && mentionedIn.isEmpty() && noteIds.isEmpty()) {
                problem(
                        PEOPLE_FILE,
                        item.line(),
                        id,
                        "The person is neither a proponent nor mentioned by a claim or a note");
            }
            if (kind != null && name != null && description != null) {
                people.add(new EssayMap.Person(
                        id,
                        kind,
                        name,
                        variants,
                        added,
                        description,
                        mentionedIn.stream().map(ClaimId::new).toList(),
                        noteIds,
                        item.line()));
            }
        }
        for (String proponent : proponentIds) {
            if (!seen.containsKey(proponent)) {
                problem(
                        PEOPLE_FILE,
                        1,
                        proponent,
                        "The proponent '" + proponent + "' of map.yaml has no entry (same id) in people.yaml");
            }
        }
        return people;
    }

    private List<EssayMap.TextNote> notes() {
        Optional<Node> root = compose(NOTES_FILE);
        if (root.isEmpty()) {
            return List.of();
        }
        List<EssayMap.TextNote> notes = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (YamlItem item : items(NOTES_FILE, root.get())) {
            String id = newId(NOTES_FILE, item, NOTE_FIELDS, seen, "A note");
            if (id == null) {
                continue;
            }
            String kindText = required(NOTES_FILE, item, "kind", id);
            Optional<NoteKind> kind = kindText == null ? Optional.empty() : NoteKind.fromSpelling(kindText);
            if (kindText != null && kind.isEmpty()) {
                problem(
                        NOTES_FILE,
                        item.lineOf("kind"),
                        id,
                        "Unknown note kind '" + kindText + "' (translation, date-conflict, insertion, other)");
            }
            String noteText = required(NOTES_FILE, item, "text", id);
            String quote = required(NOTES_FILE, item, "quote", id);
            Anchor anchor = null;
            if (quote != null) {
                try {
                    anchor = anchoring.anchor(quote, item.text("prefix"), item.text("suffix"));
                } catch (AnchoringException e) {
                    problem(NOTES_FILE, item.lineOf("quote"), id, e.getMessage());
                }
            }
            if (kind.isPresent() && anchor != null && noteText != null) {
                notes.add(new EssayMap.TextNote(id, kind.get(), anchor, noteText, item.line()));
            }
        }
        return notes;
    }

    private List<EssayMap.Dating> dates(List<EssayMap.Event> events) {
        Optional<Node> root = compose(DATES_FILE);
        if (root.isEmpty()) {
            return List.of();
        }
        if (!(root.get() instanceof MappingNode mapping)) {
            problem(DATES_FILE, YamlItem.line(root.get()), "", "dates.yaml must be a mapping {events, dates}");
            return List.of();
        }
        YamlItem file = new YamlItem(mapping);
        checkFields(DATES_FILE, file, Set.of("events", "dates"), "");
        Map<String, Integer> eventLines = new HashMap<>();
        for (YamlItem.Element element : file.items("events")) {
            YamlItem item = element.item();
            if (item == null) {
                problem(DATES_FILE, element.line(), "", "An event must be a mapping {id, label}");
                continue;
            }
            String id = item.text("id");
            checkFields(DATES_FILE, item, EVENT_FIELDS, id == null ? "" : id);
            if (id == null || !KEBAB.matcher(id).matches()) {
                problem(DATES_FILE, item.line(), id == null ? "" : id, "An event needs a kebab-case id");
                continue;
            }
            Integer first = eventLines.putIfAbsent(id, item.line());
            if (first != null) {
                problem(DATES_FILE, item.line(), id, "Repeated event id (first used on line " + first + ")");
                continue;
            }
            String label = required(DATES_FILE, item, "label", id);
            if (label != null) {
                events.add(new EssayMap.Event(id, label, item.line()));
            }
        }
        List<EssayMap.Dating> dates = new ArrayList<>();
        Set<String> dated = new HashSet<>();
        for (YamlItem.Element element : file.items("dates")) {
            YamlItem item = element.item();
            if (item == null) {
                problem(DATES_FILE, element.line(), "", "A dating must be a mapping {claim, date, precision, event}");
                continue;
            }
            String claim = item.text("claim");
            String shown = claim == null ? "" : claim;
            checkFields(DATES_FILE, item, DATING_FIELDS, shown);
            int before = problemCount;
            if (claim == null || !claimIds.contains(claim)) {
                problem(DATES_FILE, item.lineOf("claim"), shown, "A dating of an unknown claim '" + claim + "'");
            }
            String event = required(DATES_FILE, item, "event", shown);
            if (event != null && !eventLines.containsKey(event)) {
                problem(DATES_FILE, item.lineOf("event"), shown, "Unknown event '" + event + "'");
            }
            String precisionText = required(DATES_FILE, item, "precision", shown);
            Optional<DatePrecision> precision =
                    precisionText == null ? Optional.empty() : DatePrecision.fromSpelling(precisionText);
            if (precisionText != null && precision.isEmpty()) {
                problem(
                        DATES_FILE,
                        item.lineOf("precision"),
                        shown,
                        "Unknown precision '" + precisionText + "' (day, month, year, decade)");
            }
            String date = required(DATES_FILE, item, "date", shown);
            if (date != null
                    && precision.isPresent()
                    && precision.get().period(date).isEmpty()) {
                problem(
                        DATES_FILE,
                        item.lineOf("date"),
                        shown,
                        "The date '" + date + "' is not a valid date of precision " + precisionText
                                + " (1936-12-05, 1936-12, 1936, or 1930 for a decade)");
            }
            if (problemCount == before && claim != null && event != null && date != null && precision.isPresent()) {
                if (!dated.add(claim + "#" + event)) {
                    problem(DATES_FILE, item.line(), claim, "The claim dates the event '" + event + "' twice");
                } else {
                    dates.add(new EssayMap.Dating(new ClaimId(claim), date, precision.get(), event, item.line()));
                }
            }
        }
        Set<String> usedEvents = new HashSet<>();
        dates.forEach(d -> usedEvents.add(d.event()));
        for (EssayMap.Event event : events) {
            if (!usedEvents.contains(event.id())) {
                problem(DATES_FILE, event.line(), event.id(), "No claim dates this event");
            }
        }
        return dates;
    }

    /**
     * The item's id, after checking its fields and that the id is kebab-case and new; null (and a
     * problem reported) otherwise.
     */
    private @Nullable String newId(
            String file, YamlItem item, Set<String> fields, Map<String, Integer> seen, String what) {
        String id = item.text("id");
        String shown = id == null ? "" : id;
        checkFields(file, item, fields, shown);
        if (id == null || !KEBAB.matcher(id).matches()) {
            problem(file, item.lineOf("id"), shown, what + " needs a kebab-case id");
            return null;
        }
        Integer first = seen.putIfAbsent(id, item.line());
        if (first != null) {
            problem(file, item.line(), id, "Repeated id (first used on line " + first + ")");
            return null;
        }
        return id;
    }

    /**
     * Whether the text names someone by one of these spellings, as whole words, ignoring case and
     * accents ({@code Beria} names Béria): the same comparison the map page's search makes.
     */
    static boolean names(String text, List<String> spellings) {
        String folded = PersonSearch.fold(text);
        return spellings.stream().anyMatch(s -> occursAsWords(folded, PersonSearch.fold(s)));
    }

    private static boolean occursAsWords(String text, String words) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(words) + "(?![\\p{L}\\p{N}])")
                .matcher(text)
                .find();
    }

    private Optional<Node> compose(String file) {
        Optional<byte[]> bytes = folder.read(file);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Node> root = new Compose(
                            LoadSettings.builder().setLabel(file).build())
                    .composeString(new String(bytes.get(), StandardCharsets.UTF_8));
            if (root.isEmpty()) {
                problem(file, 1, "", "The file is empty");
            }
            return root;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 1)
                    .orElse(1);
            problem(file, line, "", "Malformed YAML: " + e.getProblem());
        } catch (YamlEngineException e) {
            problem(file, 1, "", "Malformed YAML: " + e.getMessage());
        }
        return Optional.empty();
    }

    private List<YamlItem> items(String file, Node root) {
        List<YamlItem> items = new ArrayList<>();
        if (!(root instanceof SequenceNode sequence)) {
            problem(file, YamlItem.line(root), "", file + " must be a YAML list");
            return items;
        }
        for (Node element : sequence.getValue()) {
            if (element instanceof MappingNode mapping) {
                items.add(new YamlItem(mapping));
            } else {
                problem(file, YamlItem.line(element), "", "Each entry must be a mapping");
            }
        }
        return items;
    }

    private void checkFields(String file, YamlItem item, Set<String> allowed, String id) {
        for (String name : item.fieldNames()) {
            if (!allowed.contains(name)) {
                problem(
                        file,
                        item.lineOf(name),
                        id,
                        "Unknown field '" + name + "' (expected one of "
                                + allowed.stream().sorted().toList() + ")");
            }
        }
    }

    private @Nullable String required(String file, YamlItem item, String field, String id) {
        String value = item.text(field);
        if (value == null || value.isBlank()) {
            problem(file, item.lineOf(field), id, "Missing '" + field + "'");
            return null;
        }
        return value;
    }

    private int problemCount;

    private void problem(String file, int line, String id, String message) {
        problemCount++;
        problems.accept(new MapProblem(file, line, id, message));
    }
}
