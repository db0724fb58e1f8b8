package org.disputatio.evaluation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Service;

/**
 * Evaluates maps stored in Neo4j: loads one snapshot per log position in a fixed handful of queries
 * (never one per claim), runs the pure engine, and caches the result until the map's change log moves
 * (every write appends to it in its own transaction, ADR 025).
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

    /** The evaluation of a map, with the what-if comparison when sources were rejected. */
    public record Result(Evaluation evaluation, Optional<WhatIf> whatIf) {}

    /** Where the snapshot was read: the map node (a map deleted and created again is another one) and the log's seq. */
    private record Position(String map, long seq) {}

    private record Cached(Position position, MapSnapshot snapshot, Map<Semantics, Evaluation> bySemantics) {}

    private static final String MAP = "MATCH (m:Map {id: $mapId}) RETURN elementId(m) AS node";
    private static final String CLAIMS = "MATCH (c:Claim {mapId: $mapId}) RETURN c.id AS id ORDER BY c.ordinal, c.id";
    private static final String SOURCES = "MATCH (s:Source {mapId: $mapId}) RETURN s.id AS id ORDER BY s.id";
    private static final String ARGUMENTS = """
            MATCH (a:Argument {mapId: $mapId})-[:CONCLUDES]->(c:Claim)
            CALL (a) {
              MATCH (p:Claim)-[r:PREMISE_OF]->(a)
              WITH p, r ORDER BY r.position
              RETURN collect(p.id) AS premises
            }
            CALL (a) {
              OPTIONAL MATCH (:User)-[r:RATED]->(a)
              RETURN collect(r.value) AS ratings
            }
            RETURN a.id AS id, c.id AS conclusion, premises, ratings
            ORDER BY a.ordinal, a.id
            """;
    private static final String ATTACKS = """
            MATCH (f:Claim {mapId: $mapId})-[k:ATTACKS]->(t)
            RETURN k.id AS id, f.id AS from, t.id AS to, k.kind AS kind
            """;
    private static final String CITATIONS = """
            MATCH (c:Claim {mapId: $mapId})-[:CITES]->(s:Source)
            RETURN c.id AS claimId, s.id AS sourceId
            """;
    private static final String EVIDENCE = """
            MATCH (e:Evidence {mapId: $mapId})-[:ABOUT]->(c:Claim), (e)-[:FROM]->(s:Source)
            OPTIONAL MATCH (:User)-[r:RATED]->(e)
            RETURN e.id AS id, c.id AS claimId, s.id AS sourceId, e.stance AS stance, collect(r.value) AS ratings
            """;
    private static final String GRADES = """
            MATCH (:User)-[g:GRADED]->(s:Source {mapId: $mapId})
            RETURN s.id AS sourceId, g.reliability AS reliability, g.credibility AS credibility
            """;
    private static final String CONTESTATIONS = """
            MATCH (x:Contestation {mapId: $mapId})-[:CONTESTS]->(s:Source)
            RETURN s.id AS sourceId, x.open AS open
            """;

    private final Driver driver;
    private final ChangeLog changeLog;
    private final Cache<String, Cached> cache =
            Caffeine.newBuilder().maximumSize(32).build();

    EvaluationService(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    /** Evaluates the map, or says it does not exist. */
    public Optional<Result> evaluate(MapId mapId, Semantics semantics, Set<String> rejectedSources) {
        return cached(mapId).map(cached -> {
            Set<String> unknown = new TreeSet<>();
            for (String id : rejectedSources) {
                if (!cached.snapshot().hasSource(id)) {
                    unknown.add(id);
                }
            }
            if (!unknown.isEmpty()) {
                throw new UnknownSourceException(unknown);
            }
            var policy = EvaluationPolicy.defaults().withSemantics(semantics);
            Evaluation base =
                    cached.bySemantics().computeIfAbsent(semantics, s -> Evaluator.evaluate(cached.snapshot(), policy));
            if (rejectedSources.isEmpty()) {
                return new Result(base, Optional.empty());
            }
            Evaluation after = Evaluator.evaluate(cached.snapshot(), policy, rejectedSources);
            return new Result(after, Optional.of(Evaluator.whatIf(base, after)));
        });
    }

    /** Explains one claim's evaluation; empty if the map or the claim does not exist. */
    public Optional<Explanation> explain(MapId mapId, String claimId, Semantics semantics) {
        return evaluate(mapId, semantics, Set.of())
                .filter(result -> result.evaluation().snapshot().hasClaim(claimId))
                .map(result -> result.evaluation().explain(claimId));
    }

    /** Drops the cached evaluation; writers call it after changing a map. */
    public void invalidate(MapId mapId) {
        cache.invalidate(mapId.value());
    }

    private Optional<Cached> cached(MapId mapId) {
        var params = Map.<String, Object>of("mapId", mapId.value());
        try (var session = driver.session()) {
            var position = session.executeRead(tx -> position(tx, mapId, params));
            if (position.isEmpty()) {
                cache.invalidate(mapId.value());
                return Optional.empty();
            }
            Cached hit = cache.getIfPresent(mapId.value());
            if (hit != null && hit.position().equals(position.get())) {
                return Optional.of(hit);
            }
            Cached fresh = session.executeRead(tx -> {
                // Read committed: a write committed during these queries may show in the snapshot but not in
                // the position read first, which only costs one more reload later, never a stale cache.
                var v = position(tx, mapId, params).orElseThrow();
                var builder = MapSnapshot.builder();
                tx.run(CLAIMS, params)
                        .forEachRemaining(r -> builder.claim(r.get("id").asString()));
                tx.run(SOURCES, params)
                        .forEachRemaining(r -> builder.source(r.get("id").asString()));
                tx.run(ARGUMENTS, params).forEachRemaining(r -> {
                    String id = r.get("id").asString();
                    builder.argument(
                            id,
                            r.get("conclusion").asString(),
                            r.get("premises").asList(Value::asString));
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
                                "against".equals(r.get("stance").asString()) ? Stance.AGAINST : Stance.FOR,
                                r.get("ratings").asList(Value::asDouble).stream()
                                        .mapToDouble(Double::doubleValue)
                                        .toArray()));
                tx.run(GRADES, params)
                        .forEachRemaining(r -> builder.sourceGrade(
                                r.get("sourceId").asString(),
                                r.get("reliability").asString().charAt(0),
                                r.get("credibility").asInt()));
                tx.run(CONTESTATIONS, params)
                        .forEachRemaining(r -> builder.contestation(
                                r.get("sourceId").asString(), r.get("open").asBoolean(true)));
                return new Cached(v, builder.build(), new ConcurrentHashMap<>());
            });
            cache.put(mapId.value(), fresh);
            return Optional.of(fresh);
        }
    }

    private Optional<Position> position(TransactionContext tx, MapId mapId, Map<String, Object> params) {
        return tx.run(MAP, params).stream()
                .findFirst()
                .map(r -> r.get("node").asString())
                .flatMap(node -> changeLog.last(tx, mapId).map(seq -> new Position(node, seq)));
    }
}
