package org.disputatio.workspace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.disputatio.evaluation.ArgumentAssessment;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Section;
import org.jspecify.annotations.Nullable;

/**
 * One map as the workspace shows it: the stored content together with its evaluation, and what the
 * views derive from both (reader spans, sources with their dependents, contested conclusions, the
 * outline tree). Immutable: a change to the map gives a new workspace.
 */
public final class Workspace {

    /** A highlighted passage of the reading text, {@code [start, end)}. */
    public record Span(
            String claimId,
            String kind,
            int start,
            int end,
            @Nullable Double strength,
            boolean contested) {}

    /**
     * A source of the bibliography with what the map does with it.
     *
     * @param dependents claims whose support rests on the source (it is in one of their support sets,
     *     among their critical sources, or on a path to a contested source)
     */
    public record SourceRow(
            MapContent.Source source, int citations, List<MapContent.Contestation> contestations, int dependents) {
        public boolean contested() {
            return !contestations.isEmpty();
        }
    }

    /** A claim that rests on a source; {@code critical}: rejecting the source alone removes its grounding. */
    public record Dependent(MapContent.Claim claim, boolean critical) {}

    /**
     * A conclusion resting on contested sources.
     *
     * @param criticalContested the contested sources among its critical ones: reject one and it loses its grounding
     */
    public record ContestedConclusion(
            MapContent.Claim claim,
            ClaimAssessment assessment,
            List<String> contestedSources,
            List<String> criticalContested) {}

    private final MapId id;
    private final MapContent map;
    private final Evaluation evaluation;
    private final long seq;
    private final List<Section> textSections;
    private final Map<String, MapContent.Claim> claims = new LinkedHashMap<>();
    private final Map<String, MapContent.Argument> arguments = new LinkedHashMap<>();
    private final Map<String, MapContent.Source> sources = new LinkedHashMap<>();
    private final Map<String, ClaimAssessment> assessments = new HashMap<>();
    private final Map<String, ArgumentAssessment> argumentAssessments = new HashMap<>();
    private final Map<String, List<MapContent.Argument>> argumentsFor = new HashMap<>();
    private final Map<String, List<MapContent.Attack>> attacksOn = new HashMap<>();
    private final Map<String, List<MapContent.Argument>> premiseOf = new HashMap<>();
    private final Map<String, Set<String>> dependents = new HashMap<>();

    public Workspace(MapContent map, Evaluation evaluation) {
        this(map, evaluation, 0);
    }

    /** @param seq the position in the map's change log that the evaluation reflects (the content is as new or newer) */
    public Workspace(MapContent map, Evaluation evaluation, long seq) {
        this(map, evaluation, seq, List.of());
    }

    /** @param textSections the sections a map made from a text was stored with (its headings); none for others */
    public Workspace(MapContent map, Evaluation evaluation, long seq, List<Section> textSections) {
        this.textSections = List.copyOf(textSections);
        this.id = new MapId(map.id());
        this.map = map;
        this.evaluation = evaluation;
        this.seq = seq;
        map.claims().forEach(c -> claims.put(c.id(), c));
        map.sources().forEach(s -> sources.put(s.id(), s));
        for (MapContent.Argument a : map.arguments()) {
            arguments.put(a.id(), a);
            argumentsFor.computeIfAbsent(a.conclusion(), k -> new ArrayList<>()).add(a);
            for (String p : a.premises())
                premiseOf.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
        }
        for (MapContent.Attack k : map.attacks())
            attacksOn.computeIfAbsent(k.to(), x -> new ArrayList<>()).add(k);
        for (ClaimAssessment a : evaluation.claims()) {
            assessments.put(a.id(), a);
            Set<String> on = new TreeSet<>(a.contestedSources());
            on.addAll(a.criticalSources());
            a.supportSets().forEach(on::addAll);
            for (String s : on)
                dependents.computeIfAbsent(s, x -> new LinkedHashSet<>()).add(a.id());
        }
        for (ArgumentAssessment a : evaluation.arguments()) argumentAssessments.put(a.id(), a);
    }

    public MapId id() {
        return id;
    }

    public MapContent map() {
        return map;
    }

    public Evaluation evaluation() {
        return evaluation;
    }

    /** The log position this workspace shows: every change up to it is in. */
    public long seq() {
        return seq;
    }

    /**
     * Claims and arguments whose assessment (strength, label, grounding, support sets, critical or contested
     * sources) differs from the older workspace's, or that it did not have.
     */
    public Set<String> reassessedSince(Workspace older) {
        if (older.evaluation == evaluation) return Set.of();
        Set<String> out = new LinkedHashSet<>();
        assessments.forEach((claimId, a) -> {
            if (!a.equals(older.assessments.get(claimId))) out.add(claimId);
        });
        argumentAssessments.forEach((argumentId, a) -> {
            if (!a.equals(older.argumentAssessments.get(argumentId))) out.add(argumentId);
        });
        return out;
    }

    /** Whether the older workspace has the same document, claims, arguments, attacks and sources (contestations aside). */
    public boolean sameShapeAs(Workspace older) {
        MapContent o = older.map;
        return o == map
                || (o.document().equals(map.document())
                        && o.claims().equals(map.claims())
                        && o.arguments().equals(map.arguments())
                        && o.attacks().equals(map.attacks())
                        && o.sources().equals(map.sources()));
    }

    public Optional<MapContent.Claim> claim(String claimId) {
        return Optional.ofNullable(claims.get(claimId));
    }

    public Optional<MapContent.Argument> argument(String argumentId) {
        return Optional.ofNullable(arguments.get(argumentId));
    }

    public Optional<MapContent.Source> source(String sourceId) {
        return Optional.ofNullable(sources.get(sourceId));
    }

    public Optional<ClaimAssessment> assessment(String claimId) {
        return Optional.ofNullable(assessments.get(claimId));
    }

    public Optional<ArgumentAssessment> argumentAssessment(String argumentId) {
        return Optional.ofNullable(argumentAssessments.get(argumentId));
    }

    /** The strength to show, or null when there is none to show (did not converge, or unknown claim). */
    public @Nullable Double strength(String claimId) {
        ClaimAssessment a = assessments.get(claimId);
        return a == null || a.strength().isEmpty() ? null : a.strength().getAsDouble();
    }

    public boolean dependsOnContested(String claimId) {
        ClaimAssessment a = assessments.get(claimId);
        return a != null && a.dependsOnContested();
    }

    /** Arguments concluding the claim: its supports. */
    public List<MapContent.Argument> argumentsFor(String claimId) {
        return argumentsFor.getOrDefault(claimId, List.of());
    }

    /** Arguments the claim is a premise of. */
    public List<MapContent.Argument> premiseOf(String claimId) {
        return premiseOf.getOrDefault(claimId, List.of());
    }

    /** Attacks whose target is this claim or argument. */
    public List<MapContent.Attack> attacksOn(String targetId) {
        return attacksOn.getOrDefault(targetId, List.of());
    }

    /** Every attack on the claim: rebuttals and underminers of it, and undercuts of the arguments concluding it. */
    /** The proponent's own concessions that qualify the claim or one of its arguments (not counted as attacks). */
    public List<MapContent.Qualification> qualifiers(String claimId) {
        Set<String> on = new HashSet<>(Set.of(claimId));
        argumentsFor(claimId).forEach(a -> on.add(a.id()));
        return map.qualifications().stream().filter(q -> on.contains(q.to())).toList();
    }

    public List<MapContent.Attack> counterArguments(String claimId) {
        List<MapContent.Attack> all = new ArrayList<>(attacksOn(claimId));
        argumentsFor(claimId).forEach(a -> all.addAll(attacksOn(a.id())));
        return all;
    }

    /**
     * Sections a claim can be in: those of the text (a map made from a text has them from its headings, before
     * any claim), then those the claims name, in the order they first name them.
     */
    public List<String> sections() {
        var all = new LinkedHashSet<String>();
        textSections.forEach(s -> all.add(s.id().value()));
        map.claims().stream()
                .map(MapContent.Claim::section)
                .filter(s -> !s.isBlank())
                .forEach(all::add);
        return List.copyOf(all);
    }

    /** The sections a map made from a text was stored with, with their headings and ranges; empty for others. */
    public List<Section> textSections() {
        return textSections;
    }

    /** The heading of a section of the text, if it has one. */
    public Optional<String> sectionHeading(String sectionId) {
        return textSections.stream()
                .filter(s -> s.id().value().equals(sectionId))
                .map(Section::heading)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    public List<String> kinds() {
        return map.claims().stream().map(MapContent.Claim::kind).distinct().toList();
    }

    /** Every anchor of every claim that lies inside the reading text, by position. */
    public List<Span> spans() {
        int length = map.document().text().length();
        List<Span> spans = new ArrayList<>();
        for (MapContent.Claim c : map.claims()) {
            for (MapContent.Anchor a : c.anchors()) {
                if (a.start() >= 0 && a.end() <= length && a.start() < a.end()) {
                    spans.add(new Span(
                            c.id(), c.kind(), a.start(), a.end(), strength(c.id()), dependsOnContested(c.id())));
                }
            }
        }
        spans.sort(Comparator.comparingInt(Span::start)
                .thenComparing(Comparator.comparingInt(Span::end).reversed()));
        return spans;
    }

    /** The bibliography, most cited first. */
    public List<SourceRow> sourceRows() {
        Map<String, Integer> citations = new HashMap<>();
        map.claims().forEach(c -> c.citations().forEach(x -> citations.merge(x.sourceId(), 1, Integer::sum)));
        Map<String, List<MapContent.Contestation>> open = new HashMap<>();
        map.contestations()
                .forEach(x -> open.computeIfAbsent(x.sourceId(), k -> new ArrayList<>())
                        .add(x));
        return map.sources().stream()
                .map(s -> new SourceRow(
                        s,
                        citations.getOrDefault(s.id(), 0),
                        List.copyOf(open.getOrDefault(s.id(), List.of())),
                        dependents.getOrDefault(s.id(), Set.of()).size()))
                .sorted(Comparator.comparingInt(SourceRow::citations).reversed())
                .toList();
    }

    /** What depends on this source, critical dependents first, then in map order. */
    /**
     * The proponents' words some claim rests on (ADR 029: an uncited assertion rests on {@code proponent:<id>}),
     * most relied on first: the what-if can reject them like any source.
     */
    public List<String> proponentWords() {
        return dependents.entrySet().stream()
                .filter(e -> e.getKey().startsWith(MapSnapshot.proponentSource("")))
                .sorted(Comparator.comparing((Map.Entry<String, Set<String>> e) ->
                                -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Whose word a {@code proponent:<id>} source is: the person's name, or the claims' proponent, or the id. */
    public String proponentName(String word) {
        String id = word.substring(MapSnapshot.proponentSource("").length());
        return map.people().stream()
                .filter(p -> p.id().equals(id))
                .map(MapContent.Person::name)
                .findFirst()
                .or(() -> map.claims().stream()
                        .filter(c -> id.equals(c.proponentId()))
                        .map(MapContent.Claim::proponent)
                        .findFirst())
                .orElse(id);
    }

    public List<Dependent> dependentsOf(String sourceId) {
        List<Dependent> out = new ArrayList<>();
        for (String claimId : dependents.getOrDefault(sourceId, Set.of())) {
            MapContent.Claim claim = claims.get(claimId);
            if (claim != null) {
                out.add(new Dependent(
                        claim, assessments.get(claimId).criticalSources().contains(sourceId)));
            }
        }
        out.sort(Comparator.comparing((Dependent d) -> !d.critical()));
        return out;
    }

    /**
     * Conclusions (the thesis, conclusions, and any claim an argument concludes) that rest on a
     * contested source: those that fall with a single contested source first, then by how many
     * contested sources they rest on.
     */
    public List<ContestedConclusion> contestedConclusions() {
        List<ContestedConclusion> out = new ArrayList<>();
        for (MapContent.Claim c : map.claims()) {
            ClaimAssessment a = assessments.get(c.id());
            boolean conclusion =
                    c.kind().equals("thesis") || c.kind().equals("conclusion") || argumentsFor.containsKey(c.id());
            if (a == null || !a.dependsOnContested() || !conclusion) continue;
            List<String> critical = a.criticalSources().stream()
                    .filter(a.contestedSources()::contains)
                    .toList();
            out.add(new ContestedConclusion(c, a, a.contestedSources(), critical));
        }
        out.sort(Comparator.comparingInt(
                        (ContestedConclusion x) -> -x.criticalContested().size())
                .thenComparingInt(x -> -x.contestedSources().size()));
        return out;
    }

    /** A short human label of a source: authors, year, title. */
    public String sourceLabel(String sourceId) {
        MapContent.Source s = sources.get(sourceId);
        if (s == null) return sourceId;
        StringBuilder b = new StringBuilder(String.join(", ", s.authors()));
        if (s.year() != null)
            b.append(b.isEmpty() ? "" : " ").append('(').append(s.year()).append(')');
        if (s.title() != null) b.append(b.isEmpty() ? "" : ", ").append(s.title());
        return b.isEmpty() ? sourceId : b.toString();
    }

    /**
     * Claims with no argument above them and attacking nothing: where the outline starts when there is no thesis.
     * With theses, the theses, then the conclusions of users' arguments out of their reach (an argument users built
     * apart, ADR 032), so that every premise and conclusion users make has a place in the outline. The essay's own
     * loose ends (five conclusions the thesis does not reach) stay as they were.
     */
    /** The prefix of the ids of items users make (evidence.Ids, authoring): the essay's never have it. */
    private static final String USER_ID = "u-";

    List<MapContent.Claim> roots() {
        Set<String> attackers = new java.util.HashSet<>();
        map.attacks().forEach(k -> attackers.add(k.from()));
        List<MapContent.Claim> tops = map.claims().stream()
                .filter(c -> !premiseOf.containsKey(c.id()) && !attackers.contains(c.id()))
                .toList();
        List<MapContent.Claim> theses =
                map.claims().stream().filter(c -> c.kind().equals("thesis")).toList();
        if (theses.isEmpty()) return tops;
        Set<String> reached = reachedFrom(theses);
        List<MapContent.Claim> roots = new ArrayList<>(theses);
        tops.stream()
                .filter(c -> !reached.contains(c.id())
                        && argumentsFor(c.id()).stream().anyMatch(a -> a.id().startsWith(USER_ID)))
                .forEach(roots::add);
        return roots;
    }

    /** The claims under these in the outline: premises of their arguments and attackers, all the way down. */
    private Set<String> reachedFrom(List<MapContent.Claim> starts) {
        Set<String> reached = new java.util.HashSet<>();
        var queue = new java.util.ArrayDeque<String>();
        starts.forEach(c -> queue.add(c.id()));
        while (!queue.isEmpty()) {
            String id = queue.poll();
            if (!reached.add(id)) continue;
            for (MapContent.Argument a : argumentsFor(id)) {
                queue.addAll(a.premises());
                attacksOn(a.id()).forEach(k -> queue.add(k.from()));
            }
            attacksOn(id).forEach(k -> queue.add(k.from()));
        }
        return reached;
    }
}
