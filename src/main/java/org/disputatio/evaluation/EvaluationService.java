package org.disputatio.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Evaluates maps stored in Neo4j. Each open map is loaded once in a fixed handful of queries (never one per
 * claim) and then kept in memory; when asked, the service reads the map's change log after its position
 * (whichever instance wrote it, ADR 025) and applies each entry incrementally, reading only the changed item.
 * It reloads in full at start, after a gap in the log, and for changes that add or remove nodes.
 * This is the only Spring bean of the evaluation module and its only Neo4j-aware class.
 */
@Service
public class EvaluationService {

    /** A what-if asked to reject a source the map does not have. */
    public static class UnknownSourceException extends IllegalArgumentException {
        public UnknownSourceException(Collection<String> unknown) {
            super("Unknown source id(s) in reject: " + String.join(", ", unknown));
        }
    }

    /**
     * The evaluation of a map at log position {@code seq}, with the what-if comparison when sources were rejected.
     * {@code map} names the stored map (a map deleted and created again under the same id is another one, whose
     * log starts again), so that a cache keyed on the seq can tell them apart.
     */
    public record Result(Evaluation evaluation, Optional<WhatIf> whatIf, long seq, String map) {}

    /**
     * One open map: its incrementally maintained evaluation under the default policy, the log position it
     * reflects, and evaluations under other semantics derived from it on demand. Guarded by its own lock.
     */
    private static final class Live {
        final String node;
        final IncrementalEvaluation incremental;
        long seq;
        Evaluation current;
        Map<Semantics, Evaluation> bySemantics = new ConcurrentHashMap<>();

        Live(String node, long seq, IncrementalEvaluation incremental) {
            this.node = node;
            this.seq = seq;
            this.incremental = incremental;
            this.current = incremental.current();
        }
    }

    /** A consistent view of one open map, taken under its lock. */
    private record View(String node, long seq, Evaluation current, Map<Semantics, Evaluation> bySemantics) {}

    // The proponent's id: an uncited assertion rests on the proponent's word, a source of its own (ADR 029).
    // Items a moderator hid (maps.HiddenItems, ADR 038) are out of the evaluation, with what needs a hidden claim.
    private static final String CLAIMS = """
            MATCH (c:Claim {mapId: $mapId}) WHERE c.hidden IS NULL
            RETURN c.id AS id, coalesce(c.proponentId, c.proponent, '') AS proponent, c.standard AS standard
            ORDER BY c.ordinal, c.id
            """;
    // A source known only through another: a claim resting on it rests on both (ADR 029).
    private static final String REPORTS = """
            MATCH (s:Source {mapId: $mapId})-[:REPORTED_BY]->(r:Source {mapId: $mapId})
            RETURN s.id AS sourceId, r.id AS reporterId
            """;
    private static final String SOURCES = "MATCH (s:Source {mapId: $mapId}) RETURN s.id AS id ORDER BY s.id";
    private static final String ARGUMENTS = """
            MATCH (a:Argument {mapId: $mapId})-[:CONCLUDES]->(c:Claim)
            WHERE NOT EXISTS { (h:Claim)-[:PREMISE_OF|CONCLUDES]-(a) WHERE h.hidden IS NOT NULL }
            CALL (a) {
              MATCH (p:Claim)-[r:PREMISE_OF]->(a)
              WITH p, r ORDER BY r.position
              RETURN collect(p.id) AS premises
            }
            CALL (a) {
              OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: a.id})
              WHERE EXISTS { (:User {username: r.user}) }
              RETURN collect(r.value) AS ratings
            }
            RETURN a.id AS id, c.id AS conclusion, premises, ratings
            ORDER BY a.ordinal, a.id
            """;
    private static final String ATTACKS = """
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS]->(t)
            WHERE f.hidden IS NULL AND t.hidden IS NULL
              AND NOT EXISTS { (h:Claim)-[:PREMISE_OF|CONCLUDES]-(t) WHERE h.hidden IS NOT NULL }
            RETURN k.id AS id, f.id AS from, t.id AS to, k.kind AS kind
            """;
    private static final String CITATIONS = """
            MATCH (c:Claim {mapId: $mapId})-[:CITES]->(s:Source) WHERE c.hidden IS NULL
            RETURN c.id AS claimId, s.id AS sourceId
            """;
    private static final String EVIDENCE = """
            MATCH (e:Evidence {mapId: $mapId})-[:ABOUT]->(c:Claim), (e)-[:FROM]->(s:Source)
            WHERE e.hidden IS NULL AND c.hidden IS NULL
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: e.id})
            WHERE EXISTS { (:User {username: r.user}) }
            RETURN e.id AS id, c.id AS claimId, s.id AS sourceId, e.stance AS stance, collect(r.value) AS ratings
            """;
    private static final String GRADES = """
            MATCH (s:Source {mapId: $mapId})
            MATCH (g:Grade {mapId: $mapId, sourceId: s.id})
            WHERE EXISTS { (:User {username: g.user}) }
            RETURN s.id AS sourceId, g.reliability AS reliability, g.credibility AS credibility
            """;
    private static final String CONTESTATIONS = """
            MATCH (x:Contestation {mapId: $mapId})-[:CONTESTS]->(s:Source) WHERE x.hidden IS NULL
            RETURN s.id AS sourceId, x.open AS open
            """;

    // One item's state now, read to apply one log entry: each query touches a single item and its ratings.
    private static final String EVIDENCE_STATE = """
            MATCH (e:Evidence {mapId: $mapId, id: $id})-[:ABOUT]->(c:Claim), (e)-[:FROM]->(s:Source)
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            WHERE EXISTS { (:User {username: r.user}) }
            RETURN c.id AS claimId, s.id AS sourceId, e.stance AS stance, collect(r.value) AS ratings
            """;
    private static final String ARGUMENT_STATE = """
            MATCH (a:Argument {mapId: $mapId, id: $id})
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            WHERE EXISTS { (:User {username: r.user}) }
            RETURN collect(r.value) AS ratings
            """;
    private static final String SOURCE_STATE = """
            MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL MATCH (g:Grade {mapId: $mapId, sourceId: $id})
            WHERE EXISTS { (:User {username: g.user}) }
            RETURN [x IN collect(g) | x.reliability + toString(x.credibility)] AS grades
            """;
    private static final String STANDARD_STATE = """
            MATCH (c:Claim {mapId: $mapId, id: $id})
            RETURN c.standard AS standard
            """;
    // One user's ratings and grades in one map, for an evaluation from that user's perspective (ADR 031).
    private static final String USER = "MATCH (u:User {username: $user}) RETURN count(u) > 0 AS found";
    private static final String RATINGS_OF = """
            MATCH (r:Rating {mapId: $mapId, user: $user})
            RETURN r.itemId AS itemId, r.value AS value
            """;
    private static final String GRADES_OF = """
            MATCH (g:Grade {mapId: $mapId, user: $user})
            RETURN g.sourceId AS sourceId, g.reliability + toString(g.credibility) AS code
            """;
    private static final String RATERS = """
            MATCH (r:Rating|Grade {mapId: $mapId})
            WITH DISTINCT r.user AS user
            WHERE EXISTS { (:User {username: user}) }
            RETURN user ORDER BY user
            LIMIT 200
            """;
    private static final String CONTESTED_STATE = """
            MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL MATCH (x:Contestation)-[:CONTESTS]->(s) WHERE x.hidden IS NULL
            RETURN any(o IN collect(coalesce(x.open, true)) WHERE o) AS contested
            """;

    /** Beyond this many changes to catch up with, one full reload is cheaper than applying them one by one. */
    private static final int MAX_CATCH_UP = ChangeLog.MAX_LIMIT;

    private static final EvaluationPolicy POLICY = EvaluationPolicy.defaults();

    private final Driver driver;
    private final ChangeLog changeLog;
    private final Cache<String, Live> open =
            Caffeine.newBuilder().maximumSize(32).build();
    private final LongAdder fullReloads = new LongAdder();
    private final LongAdder appliedChanges = new LongAdder();
    // Keyed by the map's position: a later change makes a new key, and the old entries age out.
    private final Cache<PerspectiveKey, Evaluation> perspectives =
            Caffeine.newBuilder().maximumSize(64).build();

    EvaluationService(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    /** A perspective named a user who has no account. */
    public static class UnknownUserException extends IllegalArgumentException {
        public UnknownUserException(String user) {
            super("There is no user named '" + user + "'.");
        }
    }

    /** Evaluates the map with everyone's ratings, or says it does not exist. */
    public Optional<Result> evaluate(MapId mapId, Semantics semantics, Set<String> rejectedSources) {
        return evaluate(mapId, semantics, rejectedSources, Perspective.ALL);
    }

    /**
     * Evaluates the map from a perspective (ADR 031): with everyone's ratings and grades, or with one user's
     * only; a what-if then compares with the same perspective without the rejected sources.
     *
     * @throws UnknownUserException when the perspective names nobody
     */
    public Optional<Result> evaluate(
            MapId mapId, Semantics semantics, Set<String> rejectedSources, Perspective perspective) {
        if (!perspective.everyone()) {
            requireUser(Objects.requireNonNull(perspective.user()));
        }
        return view(mapId).map(view -> {
            MapSnapshot snapshot = view.current().snapshot();
            Set<String> unknown = new TreeSet<>();
            for (String id : rejectedSources) {
                if (!snapshot.hasSource(id)) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw new UnknownSourceException(unknown);
            }
            var policy = POLICY.withSemantics(semantics);
            Evaluation base;
            if (!perspective.everyone()) {
                String user = Objects.requireNonNull(perspective.user());
                base = perspectives.get(
                        new PerspectiveKey(view.node(), view.seq(), user, semantics),
                        k -> Evaluator.evaluate(seenBy(mapId, snapshot, user), policy));
            } else {
                base = semantics == POLICY.semantics()
                        ? view.current()
                        : view.bySemantics().computeIfAbsent(semantics, s -> Evaluator.evaluate(snapshot, policy));
            }
            if (rejectedSources.isEmpty()) {
                return new Result(base, Optional.empty(), view.seq(), view.node());
            }
            Evaluation after = Evaluator.evaluate(base.snapshot(), policy, rejectedSources);
            return new Result(after, Optional.of(Evaluator.whatIf(base, after)), view.seq(), view.node());
        });
    }

    /** Users who rated or graded something in the map (at most 200), sorted: the perspectives worth offering. */
    public java.util.List<String> raters(MapId mapId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(RATERS, Map.of("mapId", mapId.value()))
                    .list(r -> r.get("user").asString()));
        }
    }

    /** One perspective's evaluation of one position of one stored map under one semantics. */
    private record PerspectiveKey(String node, long seq, String user, Semantics semantics) {}

    private void requireUser(String user) {
        try (var session = driver.session()) {
            boolean found = session.executeRead(tx ->
                    tx.run(USER, Map.of("user", user)).single().get("found").asBoolean());
            if (!found) {
                throw new UnknownUserException(user);
            }
        }
    }

    /** The snapshot's structure with only this user's ratings and grades, read in two queries. */
    private MapSnapshot seenBy(MapId mapId, MapSnapshot snapshot, String user) {
        var params = Map.<String, Object>of("mapId", mapId.value(), "user", user);
        Map<String, Double> ratings = new HashMap<>();
        Map<String, String> grades = new HashMap<>();
        try (var session = driver.session()) {
            session.executeRead(tx -> {
                tx.run(RATINGS_OF, params)
                        .forEachRemaining(r -> ratings.put(
                                r.get("itemId").asString(), r.get("value").asDouble()));
                tx.run(GRADES_OF, params)
                        .forEachRemaining(r -> grades.put(
                                r.get("sourceId").asString(), r.get("code").asString()));
                return null;
            });
        }
        return snapshot.seenBy(ratings, grades);
    }

    /** Explains one claim's evaluation; empty if the map or the claim does not exist. */
    public Optional<Explanation> explain(MapId mapId, String claimId, Semantics semantics) {
        return explain(mapId, claimId, semantics, Perspective.ALL);
    }

    /** Explains one claim's evaluation from a perspective (ADR 031); empty if the map or the claim does not exist. */
    public Optional<Explanation> explain(MapId mapId, String claimId, Semantics semantics, Perspective perspective) {
        return evaluate(mapId, semantics, Set.of(), perspective)
                .filter(result -> result.evaluation().snapshot().hasClaim(claimId))
                .map(result -> result.evaluation().explain(claimId));
    }

    /** Drops the map's in-memory evaluation: the next request reloads it in full. */
    public void invalidate(MapId mapId) {
        open.invalidate(mapId.value());
    }

    /** How many full reloads and how many incrementally applied log entries this instance has done so far. */
    public record Counters(long fullReloads, long appliedChanges) {}

    public Counters counters() {
        return new Counters(fullReloads.sum(), appliedChanges.sum());
    }

    /**
     * The open map at the log's position now, brought up to date, or a full load. One read transaction does it all
     * for an open map (its position, and when behind, the log's page and the changed items): each transaction costs
     * several round trips to the database (BEGIN, every query, COMMIT), which a client reading one claim's
     * assessment right after a change waits for (docs/benchmarks.md, "Commit → one claim's evaluation…").
     */
    private Optional<View> view(MapId mapId) {
        Seen seen;
        try (var session = driver.session()) {
            seen = session.executeRead(tx -> changeLog
                    .position(tx, mapId)
                    .map(target -> new Seen(true, upToDate(tx, mapId, target)))
                    .orElse(new Seen(false, null)));
        }
        if (!seen.exists()) {
            open.invalidate(mapId.value());
            return Optional.empty();
        }
        if (seen.view() != null) {
            return Optional.of(seen.view());
        }
        Live fresh = load(mapId, Map.of("mapId", mapId.value()));
        open.put(mapId.value(), fresh);
        return Optional.of(new View(fresh.node, fresh.seq, fresh.current, fresh.bySemantics));
    }

    /** What the position read found: whether the map exists, and the open map's view unless a full load is due. */
    private record Seen(boolean exists, @Nullable View view) {}

    /**
     * The open map's view at {@code target} or later, caught up in the caller's transaction; null when the map is not
     * open (or is another map of the same id) or cannot be caught up, and must be loaded in full.
     */
    private @Nullable View upToDate(TransactionContext tx, MapId mapId, ChangeLog.Position target) {
        Live live = open.getIfPresent(mapId.value());
        if (live == null || !live.node.equals(target.map())) {
            return null;
        }
        synchronized (live) {
            if (live.seq >= target.seq() || catchUp(tx, mapId, live, target.seq())) {
                return new View(live.node, live.seq, live.current, live.bySemantics);
            }
            // Partly applied: nobody may build on it any more.
            open.asMap().remove(mapId.value(), live);
            return null;
        }
    }

    /**
     * Applies the log's entries after {@code live.seq} up to at least {@code last}, one by one; false when it
     * meets a gap, a kind it cannot apply, or an item it cannot find, and the caller then reloads in full.
     * Every application sets the item to its state now (not at the entry's seq), which is idempotent, so an
     * entry seen twice, a snapshot read slightly after its position, or a transaction function the driver runs
     * again all end in the right state.
     */
    private boolean catchUp(TransactionContext tx, MapId mapId, Live live, long last) {
        if (last - live.seq > MAX_CATCH_UP) {
            return false;
        }
        long seq = live.seq;
        while (seq < last) {
            var changes = changeLog.after(tx, mapId, seq, ChangeLog.MAX_LIMIT);
            if (changes.isEmpty()) {
                return false;
            }
            for (Change change : changes) {
                if (change.seq() != seq + 1 || !apply(tx, mapId, live.incremental, change)) {
                    return false;
                }
                seq = change.seq();
                appliedChanges.increment();
            }
        }
        live.seq = seq;
        live.current = live.incremental.current();
        live.bySemantics = new ConcurrentHashMap<>();
        return true;
    }

    private boolean apply(TransactionContext tx, MapId mapId, IncrementalEvaluation inc, Change change) {
        var item = Map.<String, Object>of("mapId", mapId.value(), "id", change.itemId());
        return switch (change.kind()) {
            case EvidenceRated ->
                tx.run(EVIDENCE_STATE, item).stream()
                        .findFirst()
                        .filter(r -> inc.hasEvidence(
                                change.itemId(), r.get("claimId").asString()))
                        .map(r -> {
                            inc.rateEvidence(change.itemId(), doubles(r.get("ratings")));
                            return true;
                        })
                        .orElse(false);
            case EvidenceEdited ->
                tx.run(EVIDENCE_STATE, item).stream()
                        .findFirst()
                        .filter(r -> inc.hasEvidence(
                                        change.itemId(), r.get("claimId").asString())
                                && inc.hasSource(r.get("sourceId").asString()))
                        .map(r -> {
                            inc.editEvidence(change.itemId(), r.get("sourceId").asString(), stance(r.get("stance")));
                            inc.rateEvidence(change.itemId(), doubles(r.get("ratings")));
                            return true;
                        })
                        .orElse(false);
            case InferenceRated ->
                inc.hasArgument(change.itemId())
                        && tx.run(ARGUMENT_STATE, item).stream()
                                .findFirst()
                                .map(r -> {
                                    inc.rateInference(change.itemId(), doubles(r.get("ratings")));
                                    return true;
                                })
                                .orElse(false);
            case SourceGraded ->
                inc.hasSource(change.itemId())
                        && tx.run(SOURCE_STATE, item).stream()
                                .findFirst()
                                .map(r -> {
                                    inc.regradeSource(
                                            change.itemId(),
                                            r.get("grades")
                                                    .asList(Value::asString)
                                                    .toArray(String[]::new));
                                    return true;
                                })
                                .orElse(false);
            case ProofStandardChanged ->
                inc.hasClaim(change.itemId())
                        && tx.run(STANDARD_STATE, item).stream()
                                .findFirst()
                                .map(r -> {
                                    inc.setStandard(change.itemId(), standard(r.get("standard")));
                                    return true;
                                })
                                .orElse(false);
            case SourceContested, ContestationWithdrawn -> {
                String sourceId = change.onId();
                if (sourceId == null || !inc.hasSource(sourceId)) {
                    yield false;
                }
                var source = Map.<String, Object>of("mapId", mapId.value(), "id", sourceId);
                yield tx.run(CONTESTED_STATE, source).stream()
                        .findFirst()
                        .map(r -> {
                            inc.contestSource(sourceId, r.get("contested").asBoolean());
                            return true;
                        })
                        .orElse(false);
            }
            // An undo restores its item's state before the undone change: reading that item now applies it.
            case ChangeUndone ->
                change.undoes() != null
                        && changeLog
                                .find(tx, mapId, change.undoes())
                                .filter(undone -> undone.kind() != ChangeKind.ChangeUndone)
                                .map(undone -> apply(tx, mapId, inc, undone))
                                .orElse(false);
            // New or removed nodes (claims, counter-arguments, evidence, sources) change the snapshot's shape.
            case EvidenceAttached, EvidenceRemoved, SourceCreated, ClaimAdded, CounterArgumentAdded -> false;
            // Claim revision (claims12): texts, anchors, arguments and attacks re-pointed: a full reload.
            case ClaimEdited, ClaimDeleted, ClaimsMerged, ClaimSplit, PersonAdded -> false;
            // Authoring (ADR 032) changes the graph's structure: arguments, attacks, citations.
            case ArgumentAdded,
                    ArgumentEdited,
                    ArgumentDeleted,
                    AttackAdded,
                    AttackDeleted,
                    CitationAdded,
                    CitationDeleted -> false;
            // import12: a map made from a text has nothing to apply incrementally; a full load reads it.
            case MapCreated -> false;
            // fix12: a copy is read whole; a pro adds a claim and an argument (new nodes).
            case MapCopied, ProAdded -> false;
            // A title is nothing the evaluation reads; a deleted (or restored) map is read again whole.
            case MapRenamed -> true;
            case MapDeleted -> false;
            // Moderation (mod13, ADR 038): a mark changes nothing evaluated; a hidden or restored item is a node
            // gone from (or back in) the snapshot.
            case ReviewRequested, ReviewResolved -> true;
            case ItemHidden, ItemRestored -> false;
            // ach13: competing-hypotheses matrices are nothing the evaluation reads.
            case HypothesisAdded, HypothesisRemoved, AchItemAdded, AchCellRated -> true;
            // Rounds (ADR 039) keep their ratings apart from the map's: nothing for the evaluation to read.
            case RoundOpened, RoundRated, RoundClosed -> true;
            // aif14: an imported map is read whole.
            case MapImported -> false;
            // gaps13: a matrix row removed or reweighed is nothing the evaluation reads either.
            case AchItemRemoved, AchItemReweighted -> true;
        };
    }

    private static double[] doubles(Value list) {
        return list.asList(Value::asDouble).stream()
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    /** A stored standard; absent or unknown (written by a later version) reads as the default (ADR 031). */
    private static ProofStandard standard(Value standard) {
        return standard.isNull()
                ? ProofStandard.DEFAULT
                : ProofStandard.fromSpelling(standard.asString()).orElse(ProofStandard.DEFAULT);
    }

    private static Stance stance(Value stance) {
        return "against".equals(stance.asString()) ? Stance.AGAINST : Stance.FOR;
    }

    /** Reads the whole map in a fixed handful of queries and evaluates it in full. */
    private Live load(MapId mapId, Map<String, Object> params) {
        fullReloads.increment();
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                // Read committed: a write committing during these queries may show in some of them. The seq is
                // read before and after; when they differ the snapshot may mix positions, so it is read again.
                for (int attempt = 1; ; attempt++) {
                    var before = changeLog.position(tx, mapId).orElseThrow();
                    var snapshot = snapshot(tx, params);
                    var after = changeLog.position(tx, mapId).orElseThrow();
                    if (before.equals(after) || attempt == 3) {
                        // After three tries the older seq is kept: replaying the entries in between is idempotent
                        // for what can be applied and reloads for the rest, so the map converges either way.
                        return new Live(before.map(), before.seq(), IncrementalEvaluation.start(snapshot, POLICY));
                    }
                }
            });
        }
    }

    private static MapSnapshot snapshot(TransactionContext tx, Map<String, Object> params) {
        var builder = MapSnapshot.builder();
        tx.run(CLAIMS, params).forEachRemaining(r -> {
            String id = r.get("id").asString();
            builder.claim(id, r.get("proponent").asString());
            if (!r.get("standard").isNull()) {
                builder.standard(id, standard(r.get("standard")));
            }
        });
        tx.run(SOURCES, params).forEachRemaining(r -> builder.source(r.get("id").asString()));
        tx.run(REPORTS, params)
                .forEachRemaining(r -> builder.reportedBy(
                        r.get("sourceId").asString(), r.get("reporterId").asString()));
        tx.run(ARGUMENTS, params).forEachRemaining(r -> {
            String id = r.get("id").asString();
            builder.argument(
                    id, r.get("conclusion").asString(), r.get("premises").asList(Value::asString));
            for (double rating : r.get("ratings").asList(Value::asDouble)) {
                builder.inferenceRating(id, rating);
            }
        });
        tx.run(ATTACKS, params)
                .forEachRemaining(r -> builder.attack(
                        r.get("id").asString(),
                        r.get("from").asString(),
                        r.get("to").asString(),
                        AttackKind.valueOf(r.get("kind").asString().toUpperCase(java.util.Locale.ROOT))));
        tx.run(CITATIONS, params)
                .forEachRemaining(r -> builder.citation(
                        r.get("claimId").asString(), r.get("sourceId").asString()));
        tx.run(EVIDENCE, params)
                .forEachRemaining(r -> builder.evidence(
                        r.get("id").asString(),
                        r.get("claimId").asString(),
                        r.get("sourceId").asString(),
                        stance(r.get("stance")),
                        doubles(r.get("ratings"))));
        tx.run(GRADES, params)
                .forEachRemaining(r -> builder.sourceGrade(
                        r.get("sourceId").asString(),
                        r.get("reliability").asString().charAt(0),
                        r.get("credibility").asInt()));
        tx.run(CONTESTATIONS, params)
                .forEachRemaining(r -> builder.contestation(
                        r.get("sourceId").asString(), r.get("open").asBoolean(true)));
        return builder.build();
    }
}
