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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Users' ratings and grades: one {@code RATED} or {@code GRADED} relationship per user and item, merged so
 * that rating again replaces the value and its time instead of adding a second rating.
 */
@Repository
class Ratings {

    /** One user's rating of an item. */
    record UserRating(String username, double value) {}

    /** One user's grade of a source. */
    record UserGrade(String username, Grade grade) {}

    // One statement each, then the log entry. The MERGE locks the rating (and, when it creates it, the user
    // and the item); the previous value is read after that lock, so it is the committed one that undo restores.
    private static final String RATE_EVIDENCE = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (u:User {username: $username})
            OPTIONAL MATCH (x:Evidence {mapId: $mapId, id: $id})
            OPTIONAL CALL (u, x) {
              WITH u, x WHERE u IS NOT NULL AND x IS NOT NULL
              MERGE (u)-[r:RATED]->(x)
              WITH r, {value: r.value, at: toString(r.at)} AS before
              SET r.value = $value, r.at = $at
              RETURN before
            }
            RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, x IS NOT NULL AS item, before
            """;
    private static final String RATE_ARGUMENT = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (u:User {username: $username})
            OPTIONAL MATCH (x:Argument {mapId: $mapId, id: $id})
            OPTIONAL CALL (u, x) {
              WITH u, x WHERE u IS NOT NULL AND x IS NOT NULL
              MERGE (u)-[r:RATED]->(x)
              WITH r, {value: r.value, at: toString(r.at)} AS before
              SET r.value = $value, r.at = $at
              RETURN before
            }
            RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, x IS NOT NULL AS item, before
            """;
    private static final String GRADE = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (u:User {username: $username})
            OPTIONAL MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL CALL (u, s) {
              WITH u, s WHERE u IS NOT NULL AND s IS NOT NULL
              MERGE (u)-[g:GRADED]->(s)
              WITH g, {reliability: g.reliability, credibility: g.credibility, at: toString(g.at)} AS before
              SET g.reliability = $reliability, g.credibility = $credibility, g.at = $at
              RETURN before
            }
            RETURN m IS NOT NULL AS map, u IS NOT NULL AS user, s IS NOT NULL AS item, before
            """;
    private static final String EVIDENCE_RATINGS = """
            MATCH (x:Evidence {mapId: $mapId, id: $id})
            OPTIONAL MATCH (u:User)-[r:RATED]->(x)
            RETURN u.username AS username, r.value AS value
            """;
    private static final String ARGUMENT_RATINGS = """
            MATCH (x:Argument {mapId: $mapId, id: $id})
            OPTIONAL MATCH (u:User)-[r:RATED]->(x)
            RETURN u.username AS username, r.value AS value
            """;
    private static final String GRADES = """
            MATCH (s:Source {mapId: $mapId, id: $id})
            OPTIONAL MATCH (u:User)-[g:GRADED]->(s)
            RETURN u.username AS username, g.reliability AS reliability, g.credibility AS credibility
            """;

    private final Driver driver;
    private final ChangeLog changeLog;

    Ratings(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    void rateEvidence(MapId map, String id, String writer, double value, Instant at) {
        rate(RATE_EVIDENCE, ChangeKind.EvidenceRated, "evidence", map, id, writer, value, at);
    }

    void rateArgument(MapId map, String id, String writer, double value, Instant at) {
        rate(RATE_ARGUMENT, ChangeKind.InferenceRated, "argument", map, id, writer, value, at);
    }

    void grade(MapId map, String id, String writer, Grade grade, Instant at) {
        var params = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
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
                        States.json(before)));
    }

    /** Empty if there is no such item of evidence. */
    Optional<List<UserRating>> evidenceRatings(MapId map, String id) {
        return ratings(EVIDENCE_RATINGS, map, id);
    }

    /** Empty if there is no such argument. */
    Optional<List<UserRating>> argumentRatings(MapId map, String id) {
        return ratings(ARGUMENT_RATINGS, map, id);
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

    private void rate(
            String cypher,
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
                "username", writer,
                "value", value,
                "at", at.atZone(ZoneOffset.UTC));
        write(
                cypher,
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
                        States.json(before)));
    }

    /**
     * The hot path under many raters: one statement that checks the map, the user and the item and merges
     * the rating (one per user and item), then the log entry. Raters of different items lock different
     * nodes and meet only at the log's counter, which each holds from its last statement to its commit.
     */
    private void write(
            String cypher,
            String kind,
            MapId map,
            String id,
            Map<String, Object> params,
            Function<Map<String, Object>, ChangeEntry> entry) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
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
                changeLog.append(tx, entry.apply(found.get("before").asMap()));
            });
        }
    }

    private Optional<List<UserRating>> ratings(String cypher, MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows =
                        tx.run(cypher, Map.of("mapId", map.value(), "id", id)).list();
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
