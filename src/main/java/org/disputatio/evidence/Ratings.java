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
import org.neo4j.driver.TransactionContext;
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

    // One statement for a group's ratings of one kind (ADR 046), a row each, run as if one after the other: each
    // row's subquery runs whole before the next row's, so a row reads what the rows before it wrote (its spread
    // includes them; a second rating of the same item by the same user finds the first as its state before). A row
    // whose map, user or item is missing writes nothing and says which, so that its caller alone fails and the
    // others commit without running again. The MERGE on the unique key takes only that key's index-entry lock;
    // setting a property that was not there ("writing", removed again below) then takes the rating's own write
    // lock (a SET to the same value takes none), so the previous value read after it is the committed one that undo
    // restores. The map, the user and the item are only read, never locked.
    // %s is the item's label, Evidence or Argument: fixed below, never from input.
    private static final String RATE = """
            UNWIND range(0, size($rows) - 1) AS i
            CALL (i) {
              WITH $rows[i] AS row
              OPTIONAL MATCH (m:Map {id: row.mapId})
              OPTIONAL MATCH (u:User {username: row.username})
              OPTIONAL MATCH (x:%s {mapId: row.mapId, id: row.id})
              OPTIONAL CALL (row, m, u, x) {
                WITH row, m, u, x WHERE m IS NOT NULL AND u IS NOT NULL AND x IS NOT NULL
                MERGE (r:Rating {key: row.key})
                  ON CREATE SET r.mapId = row.mapId, r.itemId = row.id, r.itemKind = row.itemKind
                SET r.writing = true
                WITH row, r, {value: r.value, at: toString(r.at)} AS before
                SET r.value = row.value, r.at = row.at, r.user = row.username
                REMOVE r.writing
                RETURN before
              }
              // The spread the client gets back, read in the same statement after the write: no second
              // transaction per rating (the hot path, docs/benchmarks.md).
              OPTIONAL CALL (row, m, u, x) {
                WITH row, m, u, x WHERE m IS NOT NULL AND u IS NOT NULL AND x IS NOT NULL
                MATCH (r:Rating {mapId: row.mapId, itemId: row.id})
                WHERE EXISTS { (:User {username: r.user}) }
                RETURN collect({user: r.user, value: r.value}) AS ratings
              }
              RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, x IS NOT NULL AS item, before, ratings
            }
            RETURN i, map, user, item, before, ratings
            """;
    private static final String GRADE = """
            UNWIND range(0, size($rows) - 1) AS i
            CALL (i) {
              WITH $rows[i] AS row
              OPTIONAL MATCH (m:Map {id: row.mapId})
              OPTIONAL MATCH (u:User {username: row.username})
              OPTIONAL MATCH (s:Source {mapId: row.mapId, id: row.id})
              OPTIONAL CALL (row, m, u, s) {
                WITH row, m, u, s WHERE m IS NOT NULL AND u IS NOT NULL AND s IS NOT NULL
                MERGE (g:Grade {key: row.key})
                  ON CREATE SET g.mapId = row.mapId, g.sourceId = row.id
                SET g.writing = true
                WITH row, g, {reliability: g.reliability, credibility: g.credibility, at: toString(g.at)} AS before
                SET g.reliability = row.reliability, g.credibility = row.credibility, g.at = row.at,
                    g.user = row.username
                REMOVE g.writing
                RETURN before
              }
              RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, s IS NOT NULL AS item, before
            }
            RETURN i, map, user, item, before
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

    // One batch per statement: a group runs the requests of each in one statement.
    private static final RowBatch<List<UserRating>> RATE_EVIDENCE = new RowBatch<>(RATE.formatted("Evidence"));
    private static final RowBatch<List<UserRating>> RATE_ARGUMENT = new RowBatch<>(RATE.formatted("Argument"));
    private static final RowBatch<@Nullable Void> GRADES_OF_SOURCES = new RowBatch<>(GRADE);
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
        var row = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "key", key(map, id, writer),
                "username", writer,
                "reliability", String.valueOf(grade.reliability()),
                "credibility", grade.credibility(),
                "at", at.atZone(ZoneOffset.UTC));
        changeLog.writeGrouped(
                GRADES_OF_SOURCES,
                new Request<>(
                        "source",
                        map,
                        id,
                        writer,
                        row,
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
                        found -> null));
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

    /**
     * The hot path under many raters: the map, the user and the item checked and the rating merged (one per user
     * and item) in one statement, then the pending log entry. Raters lock only their own rating, so they do not
     * wait for each other, whether they rate the same item or not; the entry is numbered after the commit, by the
     * log's sequencer, which the writers of a map share. Ratings that arrive together share one transaction, one
     * statement, commit and numbering (group commit, ADR 046); each still gets its own spread and fails alone.
     */
    private List<UserRating> rate(
            String itemKind,
            ChangeKind change,
            String kind,
            MapId map,
            String id,
            String writer,
            double value,
            Instant at) {
        var row = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "itemKind", itemKind,
                "key", key(map, id, writer),
                "username", writer,
                "value", value,
                "at", at.atZone(ZoneOffset.UTC));
        return changeLog.writeGrouped(
                "Evidence".equals(itemKind) ? RATE_EVIDENCE : RATE_ARGUMENT,
                new Request<>(
                        kind,
                        map,
                        id,
                        writer,
                        row,
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
                                        r.get("user").asString(), r.get("value").asDouble()))));
    }

    /**
     * One caller's rating or grade: its row of the batch's statement, and how its entry and its result are made
     * from what the statement found.
     */
    private record Request<T extends @Nullable Object>(
            String kind,
            MapId map,
            String id,
            String username,
            Map<String, Object> row,
            Function<Map<String, Object>, ChangeEntry> entry,
            Function<Record, T> result) {

        /** Refused, having written nothing, if the map, the user or the item is missing. */
        ChangeLog.Outcome<T> outcome(Record found) {
            if (!found.get("map").asBoolean()) {
                return new ChangeLog.Refused<>(new UnknownItemException("map", map.value()));
            }
            if (!found.get("user").asBoolean()) {
                return new ChangeLog.Refused<>(
                        new AccessDeniedException("There is no account named '" + username + "'."));
            }
            if (!found.get("item").asBoolean()) {
                return new ChangeLog.Refused<>(new UnknownItemException(kind, id));
            }
            return new ChangeLog.Written<>(entry.apply(found.get("before").asMap()), result.apply(found));
        }
    }

    /** The requests of one statement, run as its rows; each row's outcome found from its row of the result. */
    private record RowBatch<T extends @Nullable Object>(String cypher) implements ChangeLog.Batch<Request<T>, T> {

        @Override
        public List<ChangeLog.Outcome<T>> run(TransactionContext tx, List<Request<T>> requests) {
            var found = tx.run(
                            cypher,
                            Map.of("rows", requests.stream().map(Request::row).toList()))
                    .list();
            if (found.size() != requests.size()) {
                throw new IllegalStateException(requests.size() + " requests gave " + found.size() + " rows.");
            }
            var outcomes = new ArrayList<ChangeLog.Outcome<T>>(requests.size());
            for (int i = 0; i < requests.size(); i++) {
                var row = found.get(i);
                if (row.get("i").asInt() != i) {
                    throw new IllegalStateException("Row " + i + " of the result is request " + row.get("i") + ".");
                }
                outcomes.add(requests.get(i).outcome(row));
            }
            return outcomes;
        }
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
