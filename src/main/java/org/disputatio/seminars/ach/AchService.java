package org.disputatio.seminars.ach;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.disputatio.evidence.Evidence;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.GroupRole;
import org.disputatio.seminars.SeminarAccess;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A map's competing-hypotheses matrices (issue 13 point 5, ADR 040). Anyone who may read the map reads the
 * hypotheses, the items and the group matrix; members and above ({@link SeminarAccess#roleIn}) define hypotheses
 * and items and rate cells of their own matrix only; a hypothesis is removed by its author or an instructor. Every
 * write is one transaction with its change-log entry ({@link ChangeLog#write}), undone by {@link AchReversals}.
 */
@Service
public class AchService {

    /** The longest hypothesis a member may type. */
    public static final int MAX_TEXT = 500;

    /** Which matrix to read: the user's own, or the aggregate of every member's. */
    public enum Which {
        MINE,
        GROUP
    }

    /**
     * A cell as shown: the rating (null when unrated), and for the group matrix the spread of the members'
     * ratings and how many rated it.
     */
    public record CellView(
            String hypothesisId, String itemId, @Nullable Consistency rating, int spread, int raters) {}

    /** A matrix with its scores. {@code raters}: the members whose ratings it shows. */
    public record Matrix(
            Which which,
            List<Hypothesis> hypotheses,
            List<MatrixItem> items,
            List<CellView> cells,
            AchScores.Scoring scoring,
            int raters) {}

    private final Matrices matrices;
    private final ChangeLog changeLog;
    private final SeminarAccess access;
    private final MapCatalog catalog;
    private final EvidenceService evidence;
    private final Clock clock;

    AchService(
            Matrices matrices,
            ChangeLog changeLog,
            SeminarAccess access,
            MapCatalog catalog,
            EvidenceService evidence,
            Clock clock) {
        this.matrices = matrices;
        this.changeLog = changeLog;
        this.access = access;
        this.catalog = catalog;
        this.evidence = evidence;
        this.clock = clock;
    }

    /** What a row or a hypothesis can refer to: a claim, evidence item or source of the map, with its text. */
    public record Candidate(ItemKind kind, String refId, String text) {}

    /** The map's title, empty if there is no such map or the user may not read it. */
    public Optional<String> title(MapId map, @Nullable String username) {
        if (!access.mayRead(map, username)) return Optional.empty();
        return catalog.find(map).map(m -> m.title());
    }

    /** Every claim, evidence item and source of the map, in that order: what the view offers to add. */
    public List<Candidate> candidates(MapId map, @Nullable String username) {
        readable(map, username);
        MapContent content = catalog.content(map).orElseThrow(() -> new AchRefusal.NotFound("map", map.value()));
        List<Candidate> out = new ArrayList<>();
        content.claims().forEach(c -> out.add(new Candidate(ItemKind.CLAIM, c.id(), c.text())));
        evidence.forMap(map).forEach(e -> out.add(new Candidate(ItemKind.EVIDENCE, e.id(), "“" + e.quote() + "”")));
        content.sources().forEach(s -> out.add(new Candidate(ItemKind.SOURCE, s.id(), sourceText(s))));
        return out;
    }

    /** Whether the user may define hypotheses and items and rate cells: a member of the map or more. */
    public boolean mayRate(MapId map, @Nullable String username) {
        return username != null
                && access.roleIn(map, username)
                        .map(r -> r.atLeast(GroupRole.MEMBER))
                        .orElse(false);
    }

    public List<Hypothesis> hypotheses(MapId map, @Nullable String username) {
        readable(map, username);
        return matrices.hypotheses(map.value());
    }

    public List<MatrixItem> items(MapId map, @Nullable String username) {
        return items(map, readable(map, username));
    }

    /**
     * Adds a hypothesis: an existing claim of the map ({@code claimId}, its text shown), or a new statement.
     *
     * @throws InvalidInputException when neither or both are given, the text is too long, or the claim is unknown
     */
    public Hypothesis addHypothesis(MapId map, @Nullable String text, @Nullable String claimGiven, String username) {
        MapContent content = writable(map, username);
        String statement;
        String claimId = claimGiven;
        if (claimGiven != null && !claimGiven.isBlank()) {
            if (text != null && !text.isBlank()) {
                throw new InvalidInputException("text", "Give either a new statement (text) or a claim (claimId).");
            }
            statement = claim(content, claimGiven)
                    .map(MapContent.Claim::text)
                    .orElseThrow(
                            () -> new InvalidInputException("claimId", "The map has no claim '" + claimGiven + "'."));
        } else {
            if (text == null || text.isBlank()) {
                throw new InvalidInputException("text", "Write the hypothesis, or name a claim of the map (claimId).");
            }
            statement = text.strip();
            if (statement.length() > MAX_TEXT) {
                throw new InvalidInputException("text", "A hypothesis has at most " + MAX_TEXT + " characters.");
            }
            claimId = null;
        }
        String claim = claimId;
        return changeLog.write((tx, entries) -> {
            var h = Matrices.addHypothesis(tx, map.value(), statement, claim, username, clock.instant());
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.HypothesisAdded,
                    username,
                    h.id(),
                    claim,
                    "Hypothesis " + h.label() + " added: " + abbreviate(statement),
                    "{}"));
            return h;
        });
    }

    /** Removes a hypothesis (its author, or an instructor or owner); undoing the removal brings its ratings back. */
    public void removeHypothesis(MapId map, String hypothesisId, String username) {
        GroupRole role = readable(map, username);
        changeLog.write((tx, entries) -> {
            var state = Matrices.lockHypothesis(tx, map.value(), hypothesisId)
                    .filter(s -> !s.removed())
                    .orElseThrow(() -> new AchRefusal.NotFound("hypothesis", hypothesisId));
            if (!role.atLeast(GroupRole.INSTRUCTOR)
                    && !(role.atLeast(GroupRole.MEMBER) && state.createdBy().equals(username))) {
                throw new AccessDeniedException(
                        "Only " + state.createdBy() + ", who added this hypothesis, or an instructor may remove it.");
            }
            Matrices.setRemoved(tx, map.value(), hypothesisId, true);
            entries.append(new ChangeEntry(
                    map, ChangeKind.HypothesisRemoved, username, hypothesisId, null, "Hypothesis removed", "{}"));
            return null;
        });
    }

    /**
     * Adds a claim, evidence item or source of the map as a row, with its weights (medium when not given).
     *
     * @throws InvalidInputException for an unknown kind, weight or reference
     * @throws AchRefusal.Duplicate when the row exists
     */
    public MatrixItem addItem(
            MapId map,
            @Nullable String kind,
            @Nullable String refId,
            @Nullable String credibility,
            @Nullable String relevance,
            String username) {
        MapContent content = writable(map, username);
        ItemKind k = ItemKind.fromApiName(kind == null ? "" : kind)
                .orElseThrow(() -> new InvalidInputException("kind", "kind is one of claim, evidence, source."));
        if (refId == null || refId.isBlank()) {
            throw new InvalidInputException("refId", "Name the claim, evidence item or source (refId).");
        }
        Weight cred = weight("credibility", credibility);
        Weight rel = weight("relevance", relevance);
        boolean known = switch (k) {
            case CLAIM -> claim(content, refId).isPresent();
            case SOURCE -> content.sources().stream().anyMatch(s -> s.id().equals(refId));
            case EVIDENCE -> evidence.find(map, refId).isPresent();
        };
        if (!known) {
            throw new InvalidInputException("refId", "The map has no " + k.apiName() + " '" + refId + "'.");
        }
        var stored = changeLog.write((tx, entries) -> {
            Optional<String> existing = Matrices.itemFor(tx, map.value(), k, refId);
            if (existing.isPresent()) {
                throw new AchRefusal.Duplicate(
                        "The " + k.apiName() + " '" + refId + "' is already a row of the matrix.", existing.get());
            }
            var item = Matrices.addItem(tx, map.value(), k, refId, cred, rel, username, clock.instant());
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AchItemAdded,
                    username,
                    item.id(),
                    refId,
                    "Matrix item E" + item.number() + " added: " + k.apiName() + " " + refId,
                    "{}"));
            return item;
        });
        return describe(stored, content, evidence.forMap(map));
    }

    /**
     * Removes a row (instructors and owners): it leaves every matrix and the scores; its ratings stay stored, so
     * undoing the removal in the history brings the row back with them (gaps13). Adding the same claim, evidence or
     * source again answers 409 with the removed row's id: undo the removal instead.
     */
    public void removeItem(MapId map, String itemId, String username) {
        directed(map, username);
        changeLog.write((tx, entries) -> {
            var state = Matrices.lockAnyItem(tx, map.value(), itemId)
                    .filter(i -> !i.removed())
                    .orElseThrow(() -> new AchRefusal.NotFound("matrix item", itemId));
            Matrices.setItemRemoved(tx, map.value(), itemId, true);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AchItemRemoved,
                    username,
                    itemId,
                    null,
                    "Matrix item E" + state.number() + " removed",
                    "{}"));
            return null;
        });
    }

    /**
     * Changes a row's weights (instructors and owners); a weight not given stays as it is. Undone in the history
     * to the weights before.
     *
     * @throws InvalidInputException for a weight that is not low, medium or high
     */
    public MatrixItem reweighItem(
            MapId map, String itemId, @Nullable String credibility, @Nullable String relevance, String username) {
        MapContent content = directed(map, username);
        changeLog.write((tx, entries) -> {
            var state = Matrices.lockAnyItem(tx, map.value(), itemId)
                    .filter(i -> !i.removed())
                    .orElseThrow(() -> new AchRefusal.NotFound("matrix item", itemId));
            Weight cred = credibility == null || credibility.isBlank()
                    ? state.credibility()
                    : weight("credibility", credibility);
            Weight rel = relevance == null || relevance.isBlank() ? state.relevance() : weight("relevance", relevance);
            Matrices.reweigh(tx, map.value(), itemId, cred, rel);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AchItemReweighted,
                    username,
                    itemId,
                    null,
                    "Matrix item E" + state.number() + " weighed: credibility " + cred.apiName() + " (was "
                            + state.credibility().apiName() + "), relevance " + rel.apiName() + " (was "
                            + state.relevance().apiName() + ")",
                    "{\"credibility\":\"" + state.credibility().apiName() + "\",\"relevance\":\""
                            + state.relevance().apiName() + "\"}"));
            return null;
        });
        return matrices.items(map.value()).stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .map(i -> describe(i, content, evidence.forMap(map)))
                .orElseThrow(() -> new AchRefusal.NotFound("matrix item", itemId));
    }

    /**
     * Rates a cell of the user's own matrix, or clears it ({@code rating} null).
     *
     * @return the rating before
     */
    public Optional<Consistency> rate(
            MapId map, String hypothesisId, String itemId, @Nullable Consistency rating, String username) {
        writable(map, username);
        return changeLog.write((tx, entries) -> {
            Matrices.lockHypothesis(tx, map.value(), hypothesisId)
                    .filter(s -> !s.removed())
                    .orElseThrow(() -> new AchRefusal.NotFound("hypothesis", hypothesisId));
            if (!Matrices.lockItem(tx, map.value(), itemId)) {
                throw new AchRefusal.NotFound("matrix item", itemId);
            }
            Optional<Consistency> before = Matrices.rating(tx, hypothesisId, itemId, username);
            Matrices.rate(tx, map.value(), hypothesisId, itemId, username, rating, clock.instant());
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.AchCellRated,
                    username,
                    hypothesisId + "/" + itemId,
                    hypothesisId,
                    "Rated " + (rating == null ? "nothing" : rating.name()) + " (was "
                            + before.map(Consistency::name).orElse("unrated") + ")",
                    before.map(c -> "{\"rating\":\"" + c.name() + "\"}").orElse("{\"rating\":null}")));
            return before;
        });
    }

    /**
     * The user's own matrix, or the group's, with its scores.
     *
     * @throws AchRefusal.SignInRequired for {@link Which#MINE} without a user
     */
    public Matrix matrix(MapId map, Which which, @Nullable String username) {
        GroupRole role = readable(map, username);
        if (which == Which.MINE && (username == null || username.isBlank())) {
            throw new AchRefusal.SignInRequired();
        }
        List<Hypothesis> hypotheses = matrices.hypotheses(map.value());
        List<MatrixItem> items = items(map, role);
        Set<String> hypothesisIds = new LinkedHashSet<>();
        hypotheses.forEach(h -> hypothesisIds.add(h.id()));
        Set<String> itemIds = new LinkedHashSet<>();
        items.forEach(i -> itemIds.add(i.id()));
        var counted = counted(map, which);
        List<Matrices.StoredRating> ratings =
                matrices.ratings(map.value(), which == Which.MINE ? username : null).stream()
                        .filter(r -> hypothesisIds.contains(r.hypothesisId()) && itemIds.contains(r.itemId()))
                        .filter(r -> counted.test(r.username()))
                        .toList();

        Map<AchScores.Cell, List<Consistency>> given = new LinkedHashMap<>();
        Set<String> raters = new TreeSet<>();
        for (var r : ratings) {
            given.computeIfAbsent(new AchScores.Cell(r.hypothesisId(), r.itemId()), c -> new ArrayList<>())
                    .add(r.rating());
            raters.add(r.username());
        }
        Map<AchScores.Cell, GroupMatrix.GroupCell> aggregated = GroupMatrix.aggregate(given);
        List<CellView> cells = new ArrayList<>();
        Map<AchScores.Cell, Consistency> scored = new HashMap<>();
        for (MatrixItem item : items) {
            for (Hypothesis h : hypotheses) {
                var cell = new AchScores.Cell(h.id(), item.id());
                var g = aggregated.get(cell);
                if (g == null) {
                    cells.add(new CellView(h.id(), item.id(), null, 0, 0));
                    continue;
                }
                cells.add(new CellView(h.id(), item.id(), g.rating(), g.spread(), g.raters()));
                if (g.rating() != null) scored.put(cell, g.rating());
            }
        }
        Map<String, Set<String>> bySource = new TreeMap<>();
        for (MatrixItem item : items) {
            for (String s : item.sources())
                bySource.computeIfAbsent(s, x -> new LinkedHashSet<>()).add(item.id());
        }
        var scoring = AchScores.score(
                List.copyOf(hypothesisIds), items.stream().map(MatrixItem::row).toList(), scored, bySource);
        return new Matrix(which, hypotheses, items, List.copyOf(cells), scoring, raters.size());
    }

    /**
     * Whose ratings the group matrix of a group's map counts: those still in the group as members or above (admins
     * act as owners). A member who left, or was made a viewer, no longer weighs on the group's ranking; their
     * ratings stay stored and count again if they come back (ADR 040, gaps13). My matrix, and maps outside groups,
     * count every rating, as before.
     */
    private java.util.function.Predicate<String> counted(MapId map, Which which) {
        var group = which == Which.GROUP ? access.groupOf(map) : Optional.<String>empty();
        if (group.isEmpty()) return user -> true;
        var known = new HashMap<String, Boolean>();
        return user -> known.computeIfAbsent(
                user,
                u -> access.roleInGroup(group.get(), u)
                        .map(r -> r.atLeast(GroupRole.MEMBER))
                        .orElse(false));
    }

    private List<MatrixItem> items(MapId map, GroupRole role) {
        List<Matrices.StoredItem> stored = matrices.items(map.value());
        if (stored.isEmpty()) return List.of();
        MapContent content = catalog.content(map).orElseThrow(() -> new AchRefusal.NotFound("map", map.value()));
        List<Evidence> all = evidence.forMap(map);
        return stored.stream().map(s -> describe(s, content, all)).toList();
    }

    /**
     * The row as shown, with the sources whose rejection takes it out: the source itself, the source of the
     * evidence, the sources the claim cites, and every source those are known through (a source reported only by
     * a rejected one is out of play too, as in the what-if).
     */
    static MatrixItem describe(Matrices.StoredItem s, MapContent content, List<Evidence> evidence) {
        Map<String, MapContent.Source> sources = new HashMap<>();
        content.sources().forEach(src -> sources.put(src.id(), src));
        Set<String> base = new LinkedHashSet<>();
        String text;
        switch (s.kind()) {
            case CLAIM -> {
                var claim = claim(content, s.refId());
                text = claim.map(MapContent.Claim::text).orElse("(claim " + s.refId() + " is gone)");
                claim.ifPresent(c -> c.citations().forEach(ci -> base.add(ci.sourceId())));
            }
            case EVIDENCE -> {
                var item =
                        evidence.stream().filter(e -> e.id().equals(s.refId())).findFirst();
                text = item.map(e -> "“" + e.quote() + "”").orElse("(evidence " + s.refId() + " is gone)");
                item.ifPresent(e -> base.add(e.sourceId()));
            }
            case SOURCE -> {
                var source = Optional.ofNullable(sources.get(s.refId()));
                text = source.map(AchService::sourceText).orElse("(source " + s.refId() + " is gone)");
                base.add(s.refId());
            }
            default -> throw new IllegalStateException(s.kind().name());
        }
        Set<String> tied = new TreeSet<>();
        List<String> todo = new ArrayList<>(base);
        while (!todo.isEmpty()) {
            String id = todo.removeLast();
            if (!tied.add(id)) continue;
            var src = sources.get(id);
            if (src != null) src.reportedBy().forEach(r -> todo.add(r.sourceId()));
        }
        return new MatrixItem(
                s.id(),
                s.number(),
                s.kind(),
                s.refId(),
                text,
                s.credibility(),
                s.relevance(),
                List.copyOf(tied),
                s.createdBy());
    }

    private static String sourceText(MapContent.Source s) {
        String authors = String.join(", ", s.authors());
        String title = s.title() == null ? "" : s.title();
        String year = s.year() == null ? "" : " (" + s.year() + ")";
        String text = authors.isEmpty() ? title : title.isEmpty() ? authors : authors + ", " + title;
        return (text.isEmpty() ? s.id() : text) + year;
    }

    private static Optional<MapContent.Claim> claim(MapContent content, String claimId) {
        return content.claims().stream().filter(c -> c.id().equals(claimId)).findFirst();
    }

    private static Weight weight(String field, @Nullable String given) {
        if (given == null || given.isBlank()) return Weight.MEDIUM;
        return Weight.fromApiName(given)
                .orElseThrow(() -> new InvalidInputException(field, field + " is one of low, medium, high."));
    }

    /** The user's role, or NotFound: a map one may not read does not show. */
    private GroupRole readable(MapId map, @Nullable String username) {
        if (catalog.find(map).isEmpty()) throw new AchRefusal.NotFound("map", map.value());
        return access.roleIn(map, username).orElseThrow(() -> new AchRefusal.NotFound("map", map.value()));
    }

    /** The map's content, for an instructor or owner of its group (a map outside groups: its owner, an admin). */
    private MapContent directed(MapId map, String username) {
        GroupRole role = readable(map, username);
        if (!role.atLeast(GroupRole.INSTRUCTOR)) {
            throw new AccessDeniedException("Only instructors remove the matrix's rows or change their weights.");
        }
        return catalog.content(map).orElseThrow(() -> new AchRefusal.NotFound("map", map.value()));
    }

    private MapContent writable(MapId map, String username) {
        GroupRole role = readable(map, username);
        if (!role.atLeast(GroupRole.MEMBER)) {
            throw new AccessDeniedException("Viewers read the matrices; members and instructors define and rate them.");
        }
        return catalog.content(map).orElseThrow(() -> new AchRefusal.NotFound("map", map.value()));
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
