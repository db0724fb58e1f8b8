package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Users' ratings and grades: one {@code :Rating} or {@code :Grade} node per user and item, found by its
 * unique {@code key} (map, item, user) and merged, so that rating again replaces the value and its time
 * instead of adding a second rating. They are nodes, not relationships of the item, so that raters of one
 * item lock nothing in common (ADR 025). A rating counts only while its user's account exists.
 */
@Repository
class Ratings {

    /** One user's rating of an item. */
    record UserRating(String username, double value) {}

    /** One user's grade of a source. */
    record UserGrade(String username, Grade grade) {}

    // One statement each, then the log entry. The MERGE on the unique key takes only that key's index-entry
    // lock; setting a property that was not there ("writing", removed again below) then takes the rating's
    // own write lock (a SET to the same value takes none), so the previous value read after it is the
    // committed one that undo restores. The map, the user and the item are only read, never locked.
    // %s is the item's label, Evidence or Argument: fixed below, never from input.
    private static final String RATE = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (u:User {username: $username})
            OPTIONAL MATCH (x:%s {mapId: $mapId, id: $id})
            OPTIONAL CALL (u, x) {
              WITH u, x WHERE u IS NOT NULL AND x IS NOT NULL
              MERGE (r:Rating {key: $key})
                ON CREATE SET r.mapId = $mapId, r.itemId = $id, r.itemKind = $itemKind
              SET r.writing = true
              WITH r, {value: r.value, at: toString(r.at)} AS before
              SET r.value = $value, r.at = $at, r.user = $username
              REMOVE r.writing
              RETURN before
            }
            // The spread the client gets back, read in the same statement after the write: one round trip
            // and no second transaction per rating (the hot path, docs/benchmarks.md).
            OPTIONAL CALL (u, x) {
              WITH u, x WHERE u IS NOT NULL AND x IS NOT NULL
              MATCH (r:Rating {mapId: $mapId, itemId: $id})
              WHERE EXISTS { (:User {username: r.user}) }
              RETURN collect({user: r.user, value: r.value}) AS ratings
            }
            RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, x IS NOT NULL AS item, before, ratings
            """;
    private static final String GRADE = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (u:User {username: $username})
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL CALL (u, s) {
              WITH u, s WHERE u IS NOT NULL AND s IS NOT NULL
              MERGE (g:Grade {key: $key})
                ON CREATE SET g.mapId = $mapId, g.sourceId = $id
              SET g.writing = true
              WITH g, {reliability: g.reliability, credibility: g.credibility, at: toString(g.at)} AS before
              SET g.reliability = $reliability, g.credibility = $credibility, g.at = $at, g.user = $username
              REMOVE g.writing
              RETURN before
            }
            RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, s IS NOT NULL AS item, before
            """;
    private static final String RATINGS = """
            MATCH (x:%s {mapId: $mapId, id: $id})
            OPTIONAL MATCH (r:Rating {mapId: $mapId, itemId: $id})
            WHERE EXISTS { (:User {username: r.user}) }
            RETURN r.user AS username, r.value AS value
            """;
    private static final String GRADES = """
            MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL MATCH (g:Grade {mapId: $mapId, sourceId: $id})
            WHERE EXISTS { (:User {username: g.user}) }
            RETURN g.user AS username, g.reliability AS reliability, g.credibility AS credibility
            """;

    private static final Map<String, String> RATE_BY_KIND =
            Map.of("Evidence", RATE.formatted("Evidence"), "Argument", RATE.formatted("Argument"));
    private static final Map<String, String> RATINGS_BY_KIND =
            Map.of("Evidence", RATINGS.formatted("Evidence"), "Argument", RATINGS.formatted("Argument"));

    /** The unique key of one user's rating or grade of one item of a map. */
    static String key(MapId map, String itemId, String username) {
        return map.value() + "/" + itemId + "/" + username;
    }

    private final Driver driver;
    private final ChangeLog changeLog;

    Ratings(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    /** Everyone's ratings of the item once this one is written, read in the rating's own transaction. */
    List<UserRating> rateEvidence(MapId map, String id, String writer, double value, Instant at) {
        return rate("Evidence", ChangeKind.EvidenceRated, "evidence", map, id, writer, value, at);
    }

    /** As {@link #rateEvidence}, for an argument's inference. */
    List<UserRating> rateArgument(MapId map, String id, String writer, double value, Instant at) {
        return rate("Argument", ChangeKind.InferenceRated, "argument", map, id, writer, value, at);
    }

    void grade(MapId map, String id, String writer, Grade grade, Instant at) {
        var params = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "key", key(map, id, writer),
                "username", writer,
                "reliability", String.valueOf(grade.reliability()),
                "credibility", grade.credibility(),
                "at", at.atZone(ZoneOffset.UTC));
        write(
                GRADE,
                "source",
                map,
                id,
                params,
                before -> new ChangeEntry(
                        map,
                        ChangeKind.SourceGraded,
                        writer,
                        id,
                        null,
                        "Source " + id + " graded " + grade.reliability() + grade.credibility() + " (was "
                                + (before.get("reliability") == null
                                        ? "ungraded"
                                        : "" + before.get("reliability") + before.get("credibility"))
                                + ")",
                        States.json(before)),
                found -> null);
    }

    /** Empty if there is no such item of evidence. */
    Optional<List<UserRating>> evidenceRatings(MapId map, String id) {
        return ratings("Evidence", map, id);
    }

    /** Empty if there is no such argument. */
    Optional<List<UserRating>> argumentRatings(MapId map, String id) {
        return ratings("Argument", map, id);
    }

    /** Empty if there is no such source. */
    Optional<List<UserGrade>> grades(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows =
                        tx.run(GRADES, Map.of("mapId", map.value(), "id", id)).list();
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                var grades = new ArrayList<UserGrade>();
                for (var r : rows) {
                    if (!r.get("username").isNull() && !r.get("reliability").isNull()) {
                        grades.add(new UserGrade(
                                r.get("username").asString(),
                                new Grade(
                                        r.get("reliability").asString().charAt(0),
                                        r.get("credibility").asInt())));
                    }
                }
                return Optional.of(List.copyOf(grades));
            });
        }
    }

    private List<UserRating> rate(
            String itemKind,
            ChangeKind change,
            String kind,
            MapId map,
            String id,
            String writer,
            double value,
            Instant at) {
        var params = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "itemKind", itemKind,
                "key", key(map, id, writer),
                "username", writer,
                "value", value,
                "at", at.atZone(ZoneOffset.UTC));
        return write(
                RATE_BY_KIND.get(itemKind),
                kind,
                map,
                id,
                params,
                before -> new ChangeEntry(
                        map,
                        change,
                        writer,
                        id,
                        null,
                        "Rated " + kind + " " + id + " " + value + " (was "
                                + (before.get("value") == null ? "none" : before.get("value")) + ")",
                        States.json(before)),
                found -> found.get("ratings")
                        .asList(r -> new UserRating(
                                r.get("user").asString(), r.get("value").asDouble())));
    }

    /**
     * The hot path under many raters: one statement that checks the map, the user and the item and merges
     * the rating (one per user and item), then the pending log entry. Raters lock only their own rating, so
     * they do not wait for each other, whether they rate the same item or not; the entry is numbered after
     * the commit, by the log's sequencer, which the writers of a map share. Ratings that arrive together share
     * one transaction, commit and numbering (group commit, ADR 046); each still fails alone.
     */
    private <T extends @Nullable Object> T write(
            String cypher,
            String kind,
            MapId map,
            String id,
            Map<String, Object> params,
            Function<Map<String, Object>, ChangeEntry> entry,
            Function<Record, T> result) {
        return changeLog.writeGrouped((tx, entries) -> {
            var found = tx.run(cypher, params).single();
            if (!found.get("map").asBoolean()) {
                throw new UnknownItemException("map", map.value());
            }
            if (!found.get("user").asBoolean()) {
                throw new AccessDeniedException("There is no account named '" + params.get("username") + "'.");
            }
            if (!found.get("item").asBoolean()) {
                throw new UnknownItemException(kind, id);
            }
            entries.append(entry.apply(found.get("before").asMap()));
            return result.apply(found);
        });
    }

    private Optional<List<UserRating>> ratings(String itemKind, MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows = tx.run(
                                RATINGS_BY_KIND.get(itemKind),
                                Map.of("mapId", map.value(), "id", id, "itemKind", itemKind))
                        .list();
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                var ratings = new ArrayList<UserRating>();
                for (var r : rows) {
                    if (!r.get("username").isNull() && !r.get("value").isNull()) {
                        ratings.add(new UserRating(
                                r.get("username").asString(), r.get("value").asDouble()));
                    }
                }
                return Optional.of(List.copyOf(ratings));
            });
        }
    }

    static @Nullable Double yours(List<UserRating> ratings, @Nullable String username) {
        return ratings.stream()
                .filter(r -> r.username().equals(username))
                .map(UserRating::value)
                .findFirst()
                .orElse(null);
    }
}
