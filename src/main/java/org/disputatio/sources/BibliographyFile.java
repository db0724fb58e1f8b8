package org.disputatio.sources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a bibliography file ({@code sources.yaml}): a YAML list of entries with {@code id},
 * {@code authors}, {@code title}, {@code year}, {@code kind}, {@code accessibility},
 * {@code aliases}, an optional {@code note} and an optional {@code reportedBy} (the provenance chain:
 * {@code [{source: <id>, locator: "..."}]}). Every problem is reported with its line, rather
 * than stopping at the first, so a reviewer can fix a file in one pass.
 */
public final class BibliographyFile {

    private static final Set<String> FIELDS =
            Set.of("id", "authors", "title", "year", "kind", "accessibility", "aliases", "note", "reportedBy");

    private static final Set<String> REPORTED_BY_FIELDS = Set.of("source", "locator");

    /** The bibliography read, the line of each entry, and every problem found. */
    public record Result(Bibliography bibliography, Map<SourceId, Integer> lines, List<BibliographyProblem> problems) {}

    private BibliographyFile() {}

    public static Result read(String yaml) {
        List<BibliographyProblem> problems = new ArrayList<>();
        Optional<Node> root;
        try {
            root = new Compose(LoadSettings.builder().setLabel("sources.yaml").build()).composeString(yaml);
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark()
                    .or(e::getContextMark)
                    .map(m -> m.getLine() + 1)
                    .orElse(1);
            problems.add(new BibliographyProblem(line, "", "Malformed YAML: " + e.getProblem()));
            return new Result(new Bibliography(List.of(), Map.of()), Map.of(), problems);
        } catch (YamlEngineException e) {
            problems.add(new BibliographyProblem(1, "", "Malformed YAML: " + e.getMessage()));
            return new Result(new Bibliography(List.of(), Map.of()), Map.of(), problems);
        }
        List<Source> sources = new ArrayList<>();
        Map<SourceId, List<String>> aliases = new LinkedHashMap<>();
        Map<SourceId, Integer> lines = new LinkedHashMap<>();
        Map<String, SourceId> aliasOwners = new HashMap<>();
        Map<SourceId, List<ReportedBy>> chains = new LinkedHashMap<>();
        Map<SourceId, List<Integer>> chainLines = new HashMap<>();
        Node list = root.orElse(null);
        if (list instanceof MappingNode top && field(top, "sources") != null) {
            list = field(top, "sources"); // accepts both a bare list and {sources: [...]}
        }
        if (!(list instanceof SequenceNode entries)) {
            problems.add(new BibliographyProblem(line(root.orElse(null)), "", "Expected a list of sources"));
            return new Result(new Bibliography(List.of(), Map.of()), Map.of(), problems);
        }
        for (Node node : entries.getValue()) {
            int line = line(node);
            if (!(node instanceof MappingNode entry)) {
                problems.add(new BibliographyProblem(line, "", "Expected a source entry (a mapping)"));
                continue;
            }
            String id = text(entry, "id");
            String label = id == null ? "" : id;
            for (NodeTuple tuple : entry.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (!FIELDS.contains(name)) {
                    problems.add(
                            new BibliographyProblem(line(tuple.getKeyNode()), label, "Unknown field '" + name + "'"));
                }
            }
            if (id == null || !SourceId.isValid(id)) {
                problems.add(new BibliographyProblem(line, label, "A source needs a kebab-case id"));
                continue;
            }
            SourceId sourceId = new SourceId(id);
            if (lines.containsKey(sourceId)) {
                problems.add(new BibliographyProblem(
                        line, id, "Repeated source id (first on line " + lines.get(sourceId) + ")"));
                continue;
            }
            lines.put(sourceId, line);
            String kindText = text(entry, "kind");
            Optional<SourceKind> kind = kindText == null ? Optional.empty() : SourceKind.fromSpelling(kindText);
            if (kind.isEmpty()) {
                problems.add(
                        new BibliographyProblem(
                                lineOf(entry, "kind", line),
                                id,
                                "Unknown or missing kind '" + kindText
                                        + "' (archival-document, published-primary-source, scholarship, memoir, press, interview)"));
            }
            String accessText = text(entry, "accessibility");
            Optional<Accessibility> access =
                    accessText == null ? Optional.empty() : Accessibility.fromSpelling(accessText);
            if (access.isEmpty()) {
                problems.add(new BibliographyProblem(
                        lineOf(entry, "accessibility", line),
                        id,
                        "Unknown or missing accessibility '" + accessText
                                + "' (published, unpublished, classified, via-intermediary)"));
            }
            Integer year = null;
            String yearText = text(entry, "year");
            if (yearText != null) {
                try {
                    year = Integer.valueOf(yearText);
                } catch (NumberFormatException e) {
                    problems.add(new BibliographyProblem(
                            lineOf(entry, "year", line), id, "The year is not a number: " + yearText));
                }
            }
            List<String> entryAliases = texts(entry, "aliases");
            for (String alias : entryAliases) {
                String normalised = CitationKey.of(alias).toString();
                SourceId owner = aliasOwners.putIfAbsent(normalised, sourceId);
                if (owner != null && !owner.equals(sourceId)) {
                    problems.add(new BibliographyProblem(
                            lineOf(entry, "aliases", line), id, "Alias '" + alias + "' already names " + owner));
                }
            }
            List<ReportedBy> reportedBy = new ArrayList<>();
            List<Integer> reportedByLines = new ArrayList<>();
            reportedBy(entry, id, line, reportedBy, reportedByLines, problems);
            chains.put(sourceId, reportedBy);
            chainLines.put(sourceId, reportedByLines);
            if (kind.isPresent() && access.isPresent()) {
                sources.add(new Source(
                        sourceId,
                        texts(entry, "authors"),
                        text(entry, "title"),
                        year,
                        kind.get(),
                        access.get(),
                        text(entry, "note"),
                        reportedBy));
                aliases.put(
                        sourceId,
                        entryAliases.stream()
                                .filter(a -> aliasOwners
                                        .get(CitationKey.of(a).toString())
                                        .equals(sourceId))
                                .toList());
            }
        }
        checkChains(chains, chainLines, lines, problems);
        return new Result(new Bibliography(sources, aliases), lines, problems);
    }

    /** Reads {@code reportedBy}: a list of {@code {source, locator}} mappings. */
    private static void reportedBy(
            MappingNode entry,
            String id,
            int line,
            List<ReportedBy> reportedBy,
            List<Integer> lines,
            List<BibliographyProblem> problems) {
        Node node = field(entry, "reportedBy");
        if (node == null) {
            return;
        }
        if (!(node instanceof SequenceNode links)) {
            problems.add(new BibliographyProblem(line(node), id, "'reportedBy' must be a list of {source, locator}"));
            return;
        }
        for (Node link : links.getValue()) {
            if (!(link instanceof MappingNode mapping)) {
                problems.add(new BibliographyProblem(
                        line(link), id, "Each 'reportedBy' must be a mapping {source, locator}"));
                continue;
            }
            for (NodeTuple tuple : mapping.getValue()) {
                String name = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
                if (!REPORTED_BY_FIELDS.contains(name)) {
                    problems.add(new BibliographyProblem(
                            line(tuple.getKeyNode()), id, "Unknown field '" + name + "' in 'reportedBy'"));
                }
            }
            String source = text(mapping, "source");
            if (source == null || !SourceId.isValid(source)) {
                problems.add(new BibliographyProblem(line(link), id, "A 'reportedBy' needs the id of a source"));
                continue;
            }
            reportedBy.add(new ReportedBy(new SourceId(source), text(mapping, "locator")));
            lines.add(line(link));
        }
    }

    /**
     * Every link of a provenance chain names a source of the file, and no chain comes back to where
     * it started: a source cannot be known only through itself.
     */
    private static void checkChains(
            Map<SourceId, List<ReportedBy>> chains,
            Map<SourceId, List<Integer>> chainLines,
            Map<SourceId, Integer> lines,
            List<BibliographyProblem> problems) {
        for (var entry : chains.entrySet()) {
            List<ReportedBy> links = entry.getValue();
            for (int i = 0; i < links.size(); i++) {
                SourceId target = links.get(i).source();
                if (!lines.containsKey(target)) {
                    problems.add(new BibliographyProblem(
                            chainLines.get(entry.getKey()).get(i),
                            entry.getKey().value(),
                            "reportedBy '" + target.value() + "' is not the id of any source"));
                }
            }
        }
        Set<SourceId> done = new HashSet<>();
        Set<SourceId> reported = new HashSet<>();
        for (SourceId start : chains.keySet()) {
            List<SourceId> path = new ArrayList<>();
            List<SourceId> cycle = cycleFrom(start, chains, done, path);
            if (cycle != null && reported.addAll(cycle)) {
                SourceId first = cycle.getFirst();
                problems.add(new BibliographyProblem(
                        lines.get(first),
                        first.value(),
                        "Provenance cycle: "
                                + String.join(
                                        " -> ",
                                        cycle.stream().map(SourceId::value).toList())
                                + " -> " + first.value()));
            }
        }
    }

    /** Depth-first search; answers the sources of a cycle reachable from {@code node}, or null. */
    private static @Nullable List<SourceId> cycleFrom(
            SourceId node, Map<SourceId, List<ReportedBy>> chains, Set<SourceId> done, List<SourceId> path) {
        int onPath = path.indexOf(node);
        if (onPath >= 0) {
            return List.copyOf(path.subList(onPath, path.size()));
        }
        if (done.contains(node)) {
            return null;
        }
        path.add(node);
        for (ReportedBy link : chains.getOrDefault(node, List.of())) {
            List<SourceId> cycle = cycleFrom(link.source(), chains, done, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.removeLast();
        done.add(node);
        return null;
    }

    private static @Nullable Node field(MappingNode mapping, String name) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(name)) {
                return tuple.getValueNode();
            }
        }
        return null;
    }

    private static @Nullable String text(MappingNode mapping, String name) {
        Node node = field(mapping, name);
        if (node instanceof ScalarNode scalar
                && !(scalar.isPlain() && scalar.getValue().equals("null"))
                && !(scalar.isPlain() && scalar.getValue().equals("~"))
                && !(scalar.isPlain() && scalar.getValue().isEmpty())) {
            return scalar.getValue();
        }
        return null;
    }

    private static List<String> texts(MappingNode mapping, String name) {
        Node node = field(mapping, name);
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream()
                    .filter(ScalarNode.class::isInstance)
                    .map(n -> ((ScalarNode) n).getValue())
                    .toList();
        }
        if (node instanceof ScalarNode scalar
                && !scalar.getValue().isEmpty()
                && !scalar.getValue().equals("null")) {
            return List.of(scalar.getValue());
        }
        return List.of();
    }

    private static int lineOf(MappingNode mapping, String name, int fallback) {
        Node node = field(mapping, name);
        return node == null ? fallback : line(node);
    }

    private static int line(@Nullable Node node) {
        return node == null ? 1 : node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }
}
