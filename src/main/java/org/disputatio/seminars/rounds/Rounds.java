package org.disputatio.seminars.rounds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Rounds and their ratings: a {@code :Round} per round, a {@code :RoundRating} per member and item, found by its
 * unique key (round, item, user) and merged, so rating again replaces the value. They are apart from the map's own
 * {@code :Rating} and {@code :Grade} nodes, which the evaluation reads, so a round never moves the map (ADR 039).
 * Every write takes the round's own write lock first, so a rating and the close are serialized: a rating commits
 * before the close or is refused after it.
 */
@Repository
class Rounds {

    /** One item the instructor chose, as the map has it. */
    record Found(String id, boolean evidence, boolean argument, boolean source) {}

    /** A round in the list: with how many ratings and raters it has. */
    record Listed(Round round, int ratings, int raters) {}

    private static final String ITEMS = """
            UNWIND range(0, size($ids) - 1) AS i
            WITH i, $ids[i] AS id
            OPTIONAL MATCH (e:Evidence {mapId: $mapId, id: id})
            OPTIONAL MATCH (a:Argument {mapId: $mapId, id: id})
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: id})
            RETURN id, e IS NOT NULL AS evidence, a IS NOT NULL AS argument, s IS NOT NULL AS source
            ORDER BY i
            """;
    private static final String CREATE = """
            MATCH (m:Map {id: $mapId})
            CREATE (r:Round {id: $id, mapId: $mapId, kind: $kind, status: 'open', items: $items,
                             openedBy: $user, openedAt: $at})
            RETURN r.id AS id
            """;
    private static final String FIELDS = """
            r.id AS id, r.mapId AS mapId, r.kind AS kind, r.status AS status, r.items AS items,
            r.openedBy AS openedBy, r.openedAt AS openedAt, r.closedAt AS closedAt""";
    // Setting a property that was not there takes the round's write lock; removing it again leaves no trace.
    private static final String LOCK = """
            MATCH (r:Round {mapId: $mapId, id: $id})
            SET r.writing = true
            REMOVE r.writing
            RETURN %s
            """.formatted(FIELDS);
    private static final String FIND = """
            MATCH (r:Round {mapId: $mapId, id: $id})
            RETURN %s
            """.formatted(FIELDS);
    private static final String LIST = """
            MATCH (r:Round {mapId: $mapId})
            OPTIONAL MATCH (rr:RoundRating {roundId: r.id})
            WHERE EXISTS { (:User {username: rr.user}) }
            WITH r, count(rr) AS ratings, count(DISTINCT rr.user) AS raters
            RETURN %s, ratings, raters
            ORDER BY r.openedAt DESC, r.id
            """.formatted(FIELDS);
    // A rating counts only while its user's account exists, like the map's own ratings.
    private static final String RATINGS = """
            MATCH (rr:RoundRating {roundId: $id})
            WHERE EXISTS { (:User {username: rr.user}) }
            RETURN rr.itemId AS itemId, rr.user AS user, rr.value AS value, rr.reliability AS reliability,
                   rr.credibility AS credibility
            ORDER BY rr.user, rr.itemId
            """;
    private static final String RATE = """
            MERGE (rr:RoundRating {key: $key})
              ON CREATE SET rr.roundId = $roundId, rr.mapId = $mapId, rr.itemId = $itemId, rr.user = $user
            SET rr.value = $value, rr.reliability = $reliability, rr.credibility = $credibility, rr.at = $at
            """;
    private static final String CLOSE = """
            MATCH (r:Round {mapId: $mapId, id: $id})
            SET r.status = 'closed', r.closedAt = $at, r.closedBy = $user
            """;

    private final Driver driver;
    private final ChangeLog changeLog;

    Rounds(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    /** The ids as the map has them, in the order given: which kind of item each is, if any. */
    List<Found> items(MapId map, List<String> ids) {
        if (ids.isEmpty()) return List.of();
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ITEMS, Map.of("mapId", map.value(), "ids", ids))
                    .list(r -> new Found(
                            r.get("id").asString(),
                            r.get("evidence").asBoolean(),
                            r.get("argument").asBoolean(),
                            r.get("source").asBoolean())));
        }
    }

    void create(Round round) {
        changeLog.write((tx, entries) -> {
            var params = Map.<String, Object>of(
                    "mapId", round.mapId(),
                    "id", round.id(),
                    "kind", round.kind().apiName(),
                    "items", round.items(),
                    "user", round.openedBy(),
                    "at", round.openedAt().atZone(ZoneOffset.UTC));
            if (tx.run(CREATE, params).list().isEmpty()) {
                throw new org.disputatio.evidence.UnknownItemException("map", round.mapId());
            }
            entries.append(new ChangeEntry(
                    new MapId(round.mapId()),
                    ChangeKind.RoundOpened,
                    round.openedBy(),
                    round.id(),
                    null,
                    "Round " + round.id() + " opened: " + round.kind().apiName() + ", "
                            + round.items().size() + " item(s)",
                    "{}"));
            return null;
        });
    }

    Optional<Round> find(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("mapId", map.value(), "id", id)).stream()
                    .findFirst()
                    .map(r -> round(r::get)));
        }
    }

    List<Listed> list(MapId map) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST, Map.of("mapId", map.value()))
                    .list(r -> new Listed(
                            round(r::get),
                            r.get("ratings").asInt(),
                            r.get("raters").asInt())));
        }
    }

    List<RoundRating> ratings(String roundId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(RATINGS, Map.of("id", roundId))
                    .list(r -> new RoundRating(
                            r.get("itemId").asString(),
                            r.get("user").asString(),
                            r.get("value").isNull() ? null : r.get("value").asDouble(),
                            r.get("reliability").isNull()
                                    ? null
                                    : r.get("reliability").asString(),
                            r.get("credibility").isNull()
                                    ? null
                                    : r.get("credibility").asInt())));
        }
    }

    /**
     * Writes the rating if the round is still open, with its log entry; the check runs under the round's lock.
     *
     * @throws RoundClosedException if the round is closed
     */
    void rate(MapId map, Round known, RoundRating rating, Instant at) {
        changeLog.write((tx, entries) -> {
            Round round = lock(tx, map, known.id());
            if (!round.open()) {
                throw new RoundClosedException(round.id());
            }
            var params = new HashMap<String, @Nullable Object>();
            params.put("key", round.id() + "/" + rating.itemId() + "/" + rating.user());
            params.put("roundId", round.id());
            params.put("mapId", map.value());
            params.put("itemId", rating.itemId());
            params.put("user", rating.user());
            params.put("value", rating.value());
            params.put("reliability", rating.reliability());
            params.put("credibility", rating.credibility());
            params.put("at", at.atZone(ZoneOffset.UTC));
            tx.run(RATE, params).consume();
            // Blind: the entry says who rated in which round, never what, so the history reveals no rating.
            entries.append(new ChangeEntry(
                    map, ChangeKind.RoundRated, rating.user(), round.id(), null, "Rated in round " + round.id(), "{}"));
            return null;
        });
    }

    /** @throws RoundClosedException if the round is closed already */
    void close(MapId map, String roundId, String user, Instant at) {
        changeLog.write((tx, entries) -> {
            Round round = lock(tx, map, roundId);
            if (!round.open()) {
                throw new RoundClosedException(round.id());
            }
            tx.run(CLOSE, Map.of("mapId", map.value(), "id", roundId, "user", user, "at", at.atZone(ZoneOffset.UTC)))
                    .consume();
            entries.append(new ChangeEntry(
                    map, ChangeKind.RoundClosed, user, roundId, null, "Round " + roundId + " closed", "{}"));
            return null;
        });
    }

    private static Round lock(TransactionContext tx, MapId map, String id) {
        return tx.run(LOCK, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(r -> round(r::get))
                .orElseThrow(() -> new org.disputatio.evidence.UnknownItemException("round", id));
    }

    private static Round round(java.util.function.Function<String, Value> field) {
        Value closedAt = field.apply("closedAt");
        return new Round(
                field.apply("id").asString(),
                field.apply("mapId").asString(),
                RoundKind.fromApiName(field.apply("kind").asString()).orElseThrow(),
                "open".equals(field.apply("status").asString()),
                new ArrayList<>(field.apply("items").asList(Value::asString)),
                field.apply("openedBy").asString(),
                field.apply("openedAt").asZonedDateTime().toInstant(),
                closedAt.isNull() ? null : closedAt.asZonedDateTime().toInstant());
    }
}
