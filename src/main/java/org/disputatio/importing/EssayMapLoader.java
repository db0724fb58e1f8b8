package org.disputatio.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.disputatio.maps.Anchor;
import org.disputatio.maps.Anchoring;
import org.disputatio.maps.AnchoringException;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Outline;
import org.disputatio.maps.ReadingText;
import org.disputatio.maps.Section;
import org.disputatio.maps.SectionId;
import org.disputatio.sources.Bibliography;
import org.disputatio.sources.BibliographyFile;
import org.disputatio.sources.Citation;
import org.disputatio.sources.CitationParser;
import org.disputatio.sources.Parenthetical;
import org.disputatio.sources.ReferenceSegment;
import org.disputatio.sources.SourceId;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads an essay map from its folder ({@code map.yaml}, {@code sources.yaml} and the document file
 * that map.yaml names) and validates it. The format and its rules are in
 * {@code docs/essay-map-format.md}.
 *
 * <p>Validation reports every problem at once, each with its file, line and id, in one
 * {@link MapFileException}; a map is returned only when there is none, so an importer that
 * writes what it gets never writes half a map.
 */
public final class EssayMapLoader {

    /** The classpath folder of the essay map that ships with the product. */
    public static final String SHIPPED_ESSAY = "maps/furr-staline-democratie";

    public static final String MAP_FILE = "map.yaml";

    public static final String SOURCES_FILE = "sources.yaml";

    private static final Set<String> TOP_FIELDS = Set.of(
            "id",
            "title",
            "language",
            "document",
            "proponents",
            "claims",
            "arguments",
            "attacks",
            "qualifications",
            "contestations",
            "note");

    private static final Set<String> DOCUMENT_FIELDS = Set.of("file", "title", "authors", "provenance", "note");

    private static final Set<String> PROPONENT_FIELDS = Set.of("id", "name", "role", "note");

    private static final Set<String> CLAIM_FIELDS =
            Set.of("id", "kind", "proponent", "section", "text", "quote", "prefix", "suffix", "citations", "note");

    private static final Set<String> DIRECT_CITATION_FIELDS = Set.of("source", "locator");

    private static final Set<String> ARGUMENT_FIELDS = Set.of("id", "conclusion", "premises", "note");

    private static final Set<String> ATTACK_FIELDS = Set.of("id", "from", "to", "kind", "note");

    private static final Set<String> QUALIFICATION_FIELDS = Set.of("id", "from", "to", "note");

    private static final Set<String> CONTESTATION_FIELDS =
            Set.of("id", "source", "by", "reason", "quote", "prefix", "suffix", "note");

    private EssayMapLoader() {}

    /** Loads the essay map that ships with the product, from the classpath. */
    public static EssayMap loadShippedEssay() {
        return load(MapFolder.classpath(SHIPPED_ESSAY));
    }

    /**
     * Loads and validates the map of a folder.
     *
     * @throws MapFileException listing every problem, if there is any
     */
    public static EssayMap load(MapFolder folder) {
        return new Loading(folder).run();
    }

    /** One load: collects problems while it builds the records. */
    private static final class Loading {

        private final MapFolder folder;

        private final List<MapProblem> problems = new ArrayList<>();

        /**
         * Every id of the map file and the line where it was first given, across all kinds of item.
         * Source ids live in their own file and namespace: a proponent and the source that is their
         * work may share a name.
         */
        private final Map<String, Integer> ids = new HashMap<>();

        /** The essay's references that some claim cites, by the offset of their parenthesis and their index in it. */
        private final Set<String> attached = new HashSet<>();

        /** The bibliography read, for citations that name a source by its id. */
        private Bibliography sources = new Bibliography(List.of(), Map.of());

        Loading(MapFolder folder) {
            this.folder = folder;
        }

        EssayMap run() {
            Optional<YamlItem> root = parseMapFile();
            BibliographyFile.Result bibliography = readBibliography();
            sources = bibliography.bibliography();
            if (root.isEmpty()) {
                throw new MapFileException(problems);
            }
            YamlItem map = root.get();
            checkFields(map, TOP_FIELDS, "");
            String mapId = required(map, "id", "");
            if (mapId != null && !MapId.isValid(mapId)) {
                problem(MAP_FILE, map.lineOf("id"), mapId, "A map id is lower-case words joined by dashes");
            }
            String title = required(map, "title", mapId);
            String language = required(map, "language", mapId);

            EssayMap.Document document = document(map);
            ReadingText reading = document == null ? ReadingText.normalise("") : document.reading();
            Outline outline = Outline.of(reading);
            Anchoring anchoring = new Anchoring(reading);
            CitationParser parser = new CitationParser(bibliography.bibliography());
            List<Parenthetical> essayCitations = parser.parentheticals(reading.text());

            List<EssayMap.Proponent> proponents = proponents(map);
            Set<String> proponentIds = new HashSet<>();
            proponents.forEach(p -> proponentIds.add(p.id().value()));

            List<YamlItem> claimItems = new ArrayList<>();
            List<YamlItem> argumentItems = new ArrayList<>();
            List<YamlItem> attackItems = new ArrayList<>();
            List<YamlItem> qualificationItems = new ArrayList<>();
            List<YamlItem> contestationItems = new ArrayList<>();
            collect(map, "claims", claimItems);
            collect(map, "arguments", argumentItems);
            collect(map, "attacks", attackItems);
            collect(map, "qualifications", qualificationItems);
            collect(map, "contestations", contestationItems);
            // Ids first, so that a reference to an item further down the file is not dangling.
            Map<String, Kind> kinds = new HashMap<>();
            registerIds(claimItems, Kind.CLAIM, kinds);
            registerIds(argumentItems, Kind.ARGUMENT, kinds);
            registerIds(attackItems, Kind.ATTACK, kinds);
            registerIds(qualificationItems, Kind.QUALIFICATION, kinds);
            registerIds(contestationItems, Kind.CONTESTATION, kinds);

            List<EssayMap.Claim> claims = new ArrayList<>();
            for (YamlItem item : claimItems) {
                EssayMap.Claim claim =
                        claim(item, proponentIds, outline, anchoring, parser, essayCitations, document != null);
                if (claim != null) {
                    claims.add(claim);
                }
            }
            List<EssayMap.Argument> arguments = new ArrayList<>();
            for (YamlItem item : argumentItems) {
                EssayMap.Argument argument = argument(item, kinds);
                if (argument != null) {
                    arguments.add(argument);
                }
            }
            List<EssayMap.Attack> attacks = new ArrayList<>();
            for (YamlItem item : attackItems) {
                EssayMap.Attack attack = attack(item, kinds);
                if (attack != null) {
                    attacks.add(attack);
                }
            }
            List<EssayMap.Qualification> qualifications = new ArrayList<>();
            for (YamlItem item : qualificationItems) {
                EssayMap.Qualification qualification = qualification(item, kinds, claims, arguments);
                if (qualification != null) {
                    qualifications.add(qualification);
                }
            }
            List<EssayMap.Contestation> contestations = new ArrayList<>();
            for (YamlItem item : contestationItems) {
                EssayMap.Contestation contestation =
                        contestation(item, proponentIds, bibliography.bibliography(), anchoring, document != null);
                if (contestation != null) {
                    contestations.add(contestation);
                }
            }
            List<YamlItem> links = new ArrayList<>(attackItems);
            links.addAll(qualificationItems);
            checkConnected(claimItems, argumentItems, links, kinds);
            // people.yaml, notes.yaml, dates.yaml: optional files that annotate the claims.
            Set<String> claimIds = new HashSet<>();
            kinds.forEach((id, kind) -> {
                if (kind == Kind.CLAIM) {
                    claimIds.add(id);
                }
            });
            PeopleNotesAndDates.Result annotations = new PeopleNotesAndDates(
                            folder, reading.text(), claims, claimIds, proponentIds, problems::add)
                    .read();

            if (!problems.isEmpty() || document == null) {
                throw new MapFileException(problems);
            }
            List<EssayMap.EssayReference> unattached = new ArrayList<>();
            for (Parenthetical parenthetical : essayCitations) {
                for (int i = 0; i < parenthetical.citations().size(); i++) {
                    if (!attached.contains(parenthetical.start() + "#" + i)) {
                        unattached.add(new EssayMap.EssayReference(
                                parenthetical.citations().get(i),
                                parenthetical.start(),
                                reading.originalLine(parenthetical.start())));
                    }
                }
            }
            return new EssayMap(
                    new MapId(mapId),
                    title,
                    language,
                    document,
                    proponents,
                    claims,
                    arguments,
                    attacks,
                    bibliography.bibliography(),
                    contestations,
                    unattached,
                    annotations.people(),
                    annotations.notes(),
                    annotations.events(),
                    annotations.dates(),
                    qualifications);
        }

        private enum Kind {
            CLAIM,
            ARGUMENT,
            ATTACK,
            QUALIFICATION,
            CONTESTATION
        }

        private Optional<YamlItem> parseMapFile() {
            Optional<byte[]> bytes = folder.read(MAP_FILE);
            if (bytes.isEmpty()) {
                problem(MAP_FILE, 1, "", "The map file is missing");
                return Optional.empty();
            }
            Optional<Node> root;
            try {
                root = new Compose(LoadSettings.builder().setLabel(MAP_FILE).build())
                        .composeString(new String(bytes.get(), StandardCharsets.UTF_8));
            } catch (MarkedYamlEngineException e) {
                int line = e.getProblemMark()
                        .or(e::getContextMark)
                        .map(m -> m.getLine() + 1)
                        .orElse(1);
                problem(
                        MAP_FILE,
                        line,
                        "",
                        "Malformed YAML: " + e.getProblem()
                                + (e.getContext() == null ? "" : " (" + e.getContext() + ")"));
                return Optional.empty();
            } catch (YamlEngineException e) {
                problem(MAP_FILE, 1, "", "Malformed YAML: " + e.getMessage());
                return Optional.empty();
            }
            if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
                problem(
                        MAP_FILE,
                        YamlItem.line(root.orElse(null)),
                        "",
                        "The map file must be a YAML mapping (id, title, ...)");
                return Optional.empty();
            }
            return Optional.of(new YamlItem(mapping));
        }

        private BibliographyFile.Result readBibliography() {
            Optional<byte[]> bytes = folder.read(SOURCES_FILE);
            if (bytes.isEmpty()) {
                problem(SOURCES_FILE, 1, "", "The bibliography file is missing");
                return BibliographyFile.read("[]");
            }
            BibliographyFile.Result result = BibliographyFile.read(new String(bytes.get(), StandardCharsets.UTF_8));
            result.problems().forEach(p -> problem(SOURCES_FILE, p.line(), p.id(), p.message()));
            return result;
        }

        private EssayMap.@Nullable Document document(YamlItem map) {
            YamlItem document = map.item("document");
            if (document == null) {
                problem(
                        MAP_FILE,
                        map.lineOf("document"),
                        "document",
                        "A map needs a document (file, title, authors, provenance)");
                return null;
            }
            checkFields(document, DOCUMENT_FIELDS, "document");
            String file = required(document, "file", "document");
            String title = required(document, "title", "document");
            String provenance = required(document, "provenance", "document");
            List<String> authors = document.texts("authors");
            if (authors.isEmpty()) {
                problem(MAP_FILE, document.lineOf("authors"), "document", "The document needs its authors");
            }
            if (file == null) {
                return null;
            }
            Optional<byte[]> bytes = folder.read(file);
            if (bytes.isEmpty()) {
                problem(
                        MAP_FILE,
                        document.lineOf("file"),
                        "document",
                        "The document file '" + file + "' is not in the map's folder");
                return null;
            }
            String original;
            try {
                // Strict decoding: a text that is not valid UTF-8 could not be kept byte-exact.
                original = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes.get()))
                        .toString();
            } catch (CharacterCodingException e) {
                problem(
                        MAP_FILE,
                        document.lineOf("file"),
                        "document",
                        "The document file '" + file + "' is not valid UTF-8");
                return null;
            }
            ReadingText reading = ReadingText.normalise(original);
            return new EssayMap.Document(
                    file,
                    title == null ? "" : title,
                    authors,
                    provenance == null ? "" : provenance,
                    reading,
                    Outline.of(reading),
                    sha256(bytes.get()));
        }

        private List<EssayMap.Proponent> proponents(YamlItem map) {
            List<EssayMap.Proponent> proponents = new ArrayList<>();
            for (YamlItem.Element element : map.items("proponents")) {
                YamlItem item = element.item();
                if (item == null) {
                    problem(MAP_FILE, element.line(), "", "A proponent must be a mapping {id, name, role}");
                    continue;
                }
                checkFields(item, PROPONENT_FIELDS, item.text("id"));
                String id = required(item, "id", "");
                String name = required(item, "name", id);
                String role = required(item, "role", id);
                if (id != null && register(id, item.line()) && name != null && role != null) {
                    proponents.add(new EssayMap.Proponent(new ProponentId(id), name, role, item.line()));
                }
            }
            if (proponents.isEmpty()) {
                problem(MAP_FILE, map.lineOf("proponents"), "", "A map needs at least one proponent");
            }
            return proponents;
        }

        private void collect(YamlItem map, String field, List<YamlItem> items) {
            for (YamlItem.Element element : map.items(field)) {
                if (element.item() == null) {
                    problem(MAP_FILE, element.line(), "", "Each of '" + field + "' must be a mapping");
                } else {
                    items.add(element.item());
                }
            }
            if (map.field(field) instanceof MappingNode || map.text(field) != null) {
                problem(MAP_FILE, map.lineOf(field), "", "'" + field + "' must be a list");
            }
        }

        private void registerIds(List<YamlItem> items, Kind kind, Map<String, Kind> kinds) {
            for (YamlItem item : items) {
                String id = item.text("id");
                if (id == null) {
                    problem(MAP_FILE, item.line(), "", "Every " + kind.name().toLowerCase() + " needs an id");
                } else if (register(id, item.line())) {
                    kinds.put(id, kind);
                }
            }
        }

        /** Records an id; reports it and answers false when it was already taken. */
        private boolean register(String id, int line) {
            Integer first = ids.putIfAbsent(id, line);
            if (first == null) {
                return true;
            }
            problem(MAP_FILE, line, id, "Repeated id (first used on line " + first + ")");
            return false;
        }

        private EssayMap.@Nullable Claim claim(
                YamlItem item,
                Set<String> proponentIds,
                Outline outline,
                Anchoring anchoring,
                CitationParser parser,
                List<Parenthetical> essayCitations,
                boolean haveText) {
            String id = item.text("id");
            if (id == null) {
                return null;
            }
            int problemsBefore = problems.size();
            checkFields(item, CLAIM_FIELDS, id);
            String kindText = required(item, "kind", id);
            Optional<ClaimKind> kind = kindText == null ? Optional.empty() : ClaimKind.fromSpelling(kindText);
            if (kindText != null && kind.isEmpty()) {
                problem(
                        MAP_FILE,
                        item.lineOf("kind"),
                        id,
                        "Unknown claim kind '" + kindText
                                + "' (thesis, conclusion, premise, counter-claim, rebuttal, concession)");
            }
            String proponent = required(item, "proponent", id);
            if (proponent != null && !proponentIds.contains(proponent)) {
                problem(MAP_FILE, item.lineOf("proponent"), id, "Unknown proponent '" + proponent + "'");
            }
            String sectionText = required(item, "section", id);
            Section section = null;
            if (sectionText != null) {
                section = SectionId.isValid(sectionText)
                        ? outline.section(new SectionId(sectionText)).orElse(null)
                        : null;
                if (section == null) {
                    problem(
                            MAP_FILE,
                            item.lineOf("section"),
                            id,
                            "Unknown section '" + sectionText + "' (sections of the document: "
                                    + outline.sections().stream()
                                            .map(s -> s.id().value())
                                            .toList() + ")");
                }
            }
            String text = required(item, "text", id);
            String quote = required(item, "quote", id);
            Anchor anchor = null;
            if (quote != null && haveText) {
                anchor = anchor(item, id, quote, anchoring, section);
                if (anchor != null && section != null && !section.range().contains(anchor.start())) {
                    problem(
                            MAP_FILE,
                            item.lineOf("quote"),
                            id,
                            "The quote is in section '"
                                    + outline.sectionAt(anchor.start())
                                            .map(s -> s.id().value())
                                            .orElse("?") + "', not in section '"
                                    + sectionText + "'");
                }
            }
            List<Citation> citations = citations(item, id, anchor, parser, essayCitations);
            if (problems.size() > problemsBefore
                    || kind.isEmpty()
                    || anchor == null
                    || section == null
                    || text == null
                    || proponent == null) {
                return null;
            }
            return new EssayMap.Claim(
                    new ClaimId(id),
                    kind.get(),
                    new ProponentId(proponent),
                    section.id(),
                    text,
                    anchor,
                    citations,
                    item.text("note"),
                    item.line());
        }

        private @Nullable Anchor anchor(
                YamlItem item, String id, String quote, Anchoring anchoring, @Nullable Section section) {
            try {
                return anchoring.anchor(
                        quote, item.text("prefix"), item.text("suffix"), section == null ? null : section.range());
            } catch (AnchoringException e) {
                String hint = e.reason() == AnchoringException.Reason.NOT_FOUND ? nearMiss(anchoring, quote) : "";
                problem(MAP_FILE, item.lineOf("quote"), id, e.getMessage() + hint);
                return null;
            }
        }

        /** Helps fix a quote copied from the PDF rather than from the reading text. */
        private static String nearMiss(Anchoring anchoring, String quote) {
            String collapsed = quote.replaceAll("\\s+", " ").strip();
            if (!collapsed.equals(quote) && !anchoring.occurrences(collapsed).isEmpty()) {
                return " (it is found once line breaks and repeated spaces are collapsed: copy it from the reading text)";
            }
            String apostrophes = collapsed.replace('’', '\'');
            if (!apostrophes.equals(collapsed)
                    && !anchoring.occurrences(apostrophes).isEmpty()) {
                return " (it is found with straight apostrophes ')";
            }
            return "";
        }

        private List<Citation> citations(
                YamlItem item,
                String id,
                @Nullable Anchor anchor,
                CitationParser parser,
                List<Parenthetical> essayCitations) {
            List<Citation> citations = new ArrayList<>();
            List<YamlItem.Element> elements = item.items("citations");
            List<String> written = item.texts("citations");
            int scalar = 0;
            for (int i = 0; i < Math.max(elements.size(), written.size()); i++) {
                YamlItem.Element element = i < elements.size() ? elements.get(i) : null;
                if (element != null && element.item() != null) {
                    Citation direct = directCitation(element.item(), id);
                    if (direct != null) {
                        citations.add(direct);
                    }
                    continue;
                }
                int line = element != null ? element.line() : item.lineOf("citations");
                if (scalar >= written.size()) {
                    problem(MAP_FILE, line, id, "A citation is a reference as written, or {source, locator}");
                    continue;
                }
                String raw = written.get(scalar++);
                Optional<List<Citation>> inEssay = findInEssay(raw, anchor, essayCitations);
                if (inEssay.isPresent()) {
                    citations.addAll(inEssay.get());
                    continue;
                }
                String content = raw.strip().replaceAll("^\\(|\\)$", "");
                Parenthetical parsed = parser.parse(content, 0, 0, null);
                for (ReferenceSegment segment : parsed.segments()) {
                    switch (segment) {
                        case ReferenceSegment.Cited cited -> citations.add(cited.citation());
                        case ReferenceSegment.LocatorOnly locator ->
                            problem(
                                    MAP_FILE,
                                    line,
                                    id,
                                    "Citation '" + raw
                                            + "' gives only a locator, and no citation of the essay near the quote reads so; name the source");
                        case ReferenceSegment.Unresolved unresolved ->
                            problem(
                                    MAP_FILE,
                                    line,
                                    id,
                                    "Citation '" + raw
                                            + "' does not resolve to a bibliography entry (no alias of sources.yaml matches '"
                                            + unresolved.raw() + "')");
                        case ReferenceSegment.Remark remark ->
                            problem(MAP_FILE, line, id, "Citation '" + raw + "' names no source");
                    }
                }
                if (parsed.segments().isEmpty()) {
                    problem(MAP_FILE, line, id, "Empty citation");
                }
            }
            return citations;
        }

        /**
         * A citation written {@code {source: <id>, locator: "..."}}: for a document the essay never
         * cites in parentheses (an unpublished file it knows through a historian), so it has no alias.
         */
        private @Nullable Citation directCitation(YamlItem citation, String id) {
            checkFields(citation, DIRECT_CITATION_FIELDS, id);
            String source = citation.text("source");
            if (source == null) {
                problem(MAP_FILE, citation.line(), id, "A citation written as a mapping needs a 'source'");
                return null;
            }
            if (!(SourceId.isValid(source) && sources.contains(new SourceId(source)))) {
                problem(
                        MAP_FILE,
                        citation.lineOf("source"),
                        id,
                        "Citation of unknown source '" + source + "' (not an id of sources.yaml)");
                return null;
            }
            String locator = citation.text("locator");
            return new Citation(new SourceId(source), locator, locator == null ? source : source + " " + locator, null);
        }

        /**
         * The essay's own reading of a reference written as in the essay: the same words (or, for
         * {@code "Rigby, 167-8; 184; 199"}, the same run of parts) in a parenthesis of the essay, the
         * first one after the claim's quote, or else the nearest before it, since the essay puts its
         * references at the end of paragraphs. This resolves references whose source the essay
         * gives only by context, such as the bare page {@code 15} after a quotation.
         */
        private Optional<List<Citation>> findInEssay(
                String raw, @Nullable Anchor anchor, List<Parenthetical> essayCitations) {
            List<String> wanted = new ArrayList<>();
            for (String part : raw.strip().replaceAll("^\\(|\\)$", "").split(";")) {
                if (!part.isBlank()) {
                    wanted.add(part.replaceAll("\\s+", " ").strip());
                }
            }
            if (wanted.isEmpty()) {
                return Optional.empty();
            }
            int near = anchor == null ? 0 : anchor.end();
            Parenthetical best = null;
            int bestIndex = -1;
            long bestCost = Long.MAX_VALUE;
            for (Parenthetical parenthetical : essayCitations) {
                List<Citation> citations = parenthetical.citations();
                for (int i = 0; i + wanted.size() <= citations.size(); i++) {
                    boolean same = true;
                    for (int k = 0; k < wanted.size() && same; k++) {
                        same = citations
                                .get(i + k)
                                .raw()
                                .replaceAll("\\s+", " ")
                                .strip()
                                .equals(wanted.get(k));
                    }
                    if (same) {
                        // Following parentheses first, nearest first; preceding ones only after all of them.
                        long cost = parenthetical.start() >= near
                                ? parenthetical.start() - near
                                : Integer.MAX_VALUE + (long) (near - parenthetical.start());
                        if (cost < bestCost) {
                            best = parenthetical;
                            bestIndex = i;
                            bestCost = cost;
                        }
                    }
                }
            }
            if (best == null) {
                return Optional.empty();
            }
            for (int k = 0; k < wanted.size(); k++) {
                attached.add(best.start() + "#" + (bestIndex + k));
            }
            return Optional.of(best.citations().subList(bestIndex, bestIndex + wanted.size()));
        }

        private EssayMap.@Nullable Argument argument(YamlItem item, Map<String, Kind> kinds) {
            String id = item.text("id");
            if (id == null) {
                return null;
            }
            int problemsBefore = problems.size();
            checkFields(item, ARGUMENT_FIELDS, id);
            String conclusion = item.text("conclusion");
            if (conclusion == null) {
                problem(MAP_FILE, item.line(), id, "The argument has no conclusion");
            } else {
                expect(kinds, conclusion, Kind.CLAIM, item.lineOf("conclusion"), id, "conclusion");
            }
            List<String> premises = item.texts("premises");
            List<Integer> lines = item.lines("premises");
            if (premises.isEmpty()) {
                problem(MAP_FILE, item.lineOf("premises"), id, "The argument has no premises");
            }
            for (int i = 0; i < premises.size(); i++) {
                expect(
                        kinds,
                        premises.get(i),
                        Kind.CLAIM,
                        i < lines.size() ? lines.get(i) : item.line(),
                        id,
                        "premise");
                if (premises.get(i).equals(conclusion)) {
                    problem(
                            MAP_FILE,
                            item.lineOf("premises"),
                            id,
                            "The conclusion '" + conclusion + "' is also a premise");
                }
            }
            if (new HashSet<>(premises).size() < premises.size()) {
                problem(MAP_FILE, item.lineOf("premises"), id, "A premise is listed twice");
            }
            if (problems.size() > problemsBefore || conclusion == null) {
                return null;
            }
            return new EssayMap.Argument(
                    new ArgumentId(id),
                    new ClaimId(conclusion),
                    premises.stream().map(ClaimId::new).toList(),
                    item.text("note"),
                    item.line());
        }

        private EssayMap.@Nullable Attack attack(YamlItem item, Map<String, Kind> kinds) {
            String id = item.text("id");
            if (id == null) {
                return null;
            }
            int problemsBefore = problems.size();
            checkFields(item, ATTACK_FIELDS, id);
            String from = required(item, "from", id);
            String to = required(item, "to", id);
            String kindText = required(item, "kind", id);
            Optional<AttackKind> kind = kindText == null ? Optional.empty() : AttackKind.fromSpelling(kindText);
            if (kindText != null && kind.isEmpty()) {
                problem(
                        MAP_FILE,
                        item.lineOf("kind"),
                        id,
                        "Unknown attack kind '" + kindText + "' (rebut, undermine, undercut)");
            }
            if (from != null) {
                expect(kinds, from, Kind.CLAIM, item.lineOf("from"), id, "attacking claim");
            }
            if (to != null && kind.isPresent()) {
                Kind target = kind.get().targetsArgument() ? Kind.ARGUMENT : Kind.CLAIM;
                expect(kinds, to, target, item.lineOf("to"), id, kind.get().spelling() + " target");
            }
            if (problems.size() > problemsBefore || from == null || to == null || kind.isEmpty()) {
                return null;
            }
            return new EssayMap.Attack(
                    new AttackId(id), new ClaimId(from), to, kind.get(), item.text("note"), item.line());
        }

        /**
         * A qualification is the proponent's own concession on one of their claims or inferences: raised
         * by anyone else, or by a claim that is no concession, it is an objection and belongs in attacks.
         */
        private EssayMap.@Nullable Qualification qualification(
                YamlItem item,
                Map<String, Kind> kinds,
                List<EssayMap.Claim> claims,
                List<EssayMap.Argument> arguments) {
            String id = item.text("id");
            if (id == null) {
                return null;
            }
            int problemsBefore = problems.size();
            checkFields(item, QUALIFICATION_FIELDS, id);
            String from = required(item, "from", id);
            String to = required(item, "to", id);
            if (from != null) {
                expect(kinds, from, Kind.CLAIM, item.lineOf("from"), id, "qualifying claim");
            }
            if (to != null && kinds.get(to) != Kind.CLAIM) {
                expect(kinds, to, Kind.ARGUMENT, item.lineOf("to"), id, "qualified claim or argument");
            }
            if (problems.size() > problemsBefore || from == null || to == null) {
                return null;
            }
            Map<ClaimId, EssayMap.Claim> byId = new HashMap<>();
            claims.forEach(c -> byId.put(c.id(), c));
            EssayMap.Claim concession = byId.get(new ClaimId(from));
            EssayMap.Claim qualified = kinds.get(to) == Kind.CLAIM
                    ? byId.get(new ClaimId(to))
                    : arguments.stream()
                            .filter(a -> a.id().value().equals(to))
                            .findFirst()
                            .map(a -> byId.get(a.conclusion()))
                            .orElse(null);
            if (concession == null || qualified == null) {
                return null; // the claim itself was refused, and its problem reported
            }
            if (concession.kind() != ClaimKind.CONCESSION) {
                problem(
                        MAP_FILE,
                        item.lineOf("from"),
                        id,
                        "A qualification comes from a concession, not a "
                                + concession.kind().spelling() + " (an objection is an attack)");
                return null;
            }
            if (!concession.proponent().equals(qualified.proponent())) {
                problem(
                        MAP_FILE,
                        item.lineOf("to"),
                        id,
                        "A qualification limits its proponent's own claim: '" + from + "' is "
                                + concession.proponent().value() + "'s, '" + to + "' "
                                + qualified.proponent().value()
                                + "'s (a concession against another voice is an attack)");
                return null;
            }
            return new EssayMap.Qualification(id, new ClaimId(from), to, item.text("note"), item.line());
        }

        private EssayMap.@Nullable Contestation contestation(
                YamlItem item,
                Set<String> proponentIds,
                Bibliography bibliography,
                Anchoring anchoring,
                boolean haveText) {
            String id = item.text("id");
            if (id == null) {
                return null;
            }
            int problemsBefore = problems.size();
            checkFields(item, CONTESTATION_FIELDS, id);
            String source = required(item, "source", id);
            if (source != null && !(SourceId.isValid(source) && bibliography.contains(new SourceId(source)))) {
                problem(
                        MAP_FILE,
                        item.lineOf("source"),
                        id,
                        "Unknown source '" + source + "' (not an id of sources.yaml)");
            }
            String by = required(item, "by", id);
            if (by != null && !proponentIds.contains(by)) {
                problem(MAP_FILE, item.lineOf("by"), id, "Unknown proponent '" + by + "'");
            }
            String reason = required(item, "reason", id);
            String quote = item.text("quote");
            Anchor anchor = quote != null && haveText ? anchor(item, id, quote, anchoring, null) : null;
            if (problems.size() > problemsBefore || source == null || by == null || reason == null) {
                return null;
            }
            return new EssayMap.Contestation(
                    new ContestationId(id), new SourceId(source), new ProponentId(by), reason, anchor, item.line());
        }

        private void expect(
                Map<String, Kind> kinds, String reference, Kind expected, int line, String id, String role) {
            Kind actual = kinds.get(reference);
            if (actual == null) {
                problem(
                        MAP_FILE,
                        line,
                        id,
                        "Dangling reference: " + role + " '" + reference + "' is not the id of any "
                                + expected.name().toLowerCase());
            } else if (actual != expected) {
                problem(
                        MAP_FILE,
                        line,
                        id,
                        "The " + role + " '" + reference + "' is a "
                                + actual.name().toLowerCase() + ", not a "
                                + expected.name().toLowerCase());
            }
        }

        /**
         * Every claim must be reachable, through arguments and attacks taken in either direction,
         * from a thesis or a counter-claim: a claim that is not is analysis left unfinished.
         */
        private void checkConnected(
                List<YamlItem> claims, List<YamlItem> arguments, List<YamlItem> attacks, Map<String, Kind> kinds) {
            Map<String, Set<String>> edges = new HashMap<>();
            for (YamlItem argument : arguments) {
                String id = argument.text("id");
                if (id == null) {
                    continue;
                }
                String conclusion = argument.text("conclusion");
                if (conclusion != null) {
                    link(edges, id, conclusion);
                }
                argument.texts("premises").forEach(premise -> link(edges, id, premise));
            }
            for (YamlItem attack : attacks) {
                String from = attack.text("from");
                String to = attack.text("to");
                if (from != null && to != null) {
                    link(edges, from, to);
                }
            }
            Map<String, YamlItem> byId = new LinkedHashMap<>();
            Deque<String> frontier = new ArrayDeque<>();
            Set<String> reached = new HashSet<>();
            for (YamlItem claim : claims) {
                String id = claim.text("id");
                String kind = claim.text("kind");
                if (id == null || kinds.get(id) != Kind.CLAIM) {
                    continue;
                }
                byId.putIfAbsent(id, claim);
                if ("thesis".equals(kind) || "counter-claim".equals(kind)) {
                    frontier.add(id);
                    reached.add(id);
                }
            }
            if (!byId.isEmpty() && claims.stream().noneMatch(c -> "thesis".equals(c.text("kind")))) {
                problem(MAP_FILE, 1, "", "The map has no thesis");
            }
            while (!frontier.isEmpty()) {
                for (String next : edges.getOrDefault(frontier.poll(), Set.of())) {
                    if (reached.add(next)) {
                        frontier.add(next);
                    }
                }
            }
            byId.forEach((id, claim) -> {
                if (!reached.contains(id)) {
                    problem(
                            MAP_FILE,
                            claim.line(),
                            id,
                            "The claim is connected neither to the thesis nor to a counter-position (through arguments and attacks)");
                }
            });
        }

        private static void link(Map<String, Set<String>> edges, String a, String b) {
            edges.computeIfAbsent(a, k -> new HashSet<>()).add(b);
            edges.computeIfAbsent(b, k -> new HashSet<>()).add(a);
        }

        private void checkFields(YamlItem item, Set<String> allowed, @Nullable String id) {
            for (String name : item.fieldNames()) {
                if (!allowed.contains(name)) {
                    problem(
                            MAP_FILE,
                            item.lineOf(name),
                            id == null ? "" : id,
                            "Unknown field '" + name + "' (expected one of "
                                    + allowed.stream().sorted().toList() + ")");
                }
            }
        }

        private @Nullable String required(YamlItem item, String field, @Nullable String id) {
            String value = item.text(field);
            if (value == null || value.isBlank()) {
                problem(MAP_FILE, item.lineOf(field), id == null ? "" : id, "Missing '" + field + "'");
                return null;
            }
            return value;
        }

        private void problem(String file, int line, String id, String message) {
            problems.add(new MapProblem(file, line, id, message));
        }

        private static String sha256(byte[] bytes) {
            try {
                return HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-256", e);
            }
        }
    }
}
