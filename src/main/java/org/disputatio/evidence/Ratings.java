package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
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

    private static final String RATE_EVIDENCE = """
            MATCH (u:User {username: $username})
            MATCH (x:Evidence {mapId: $mapId, id: $id})
            MERGE (u)-[r:RATED]->(x)
            SET r.value = $value, r.at = $at
            RETURN count(r) AS n
            """;
    private static final String RATE_ARGUMENT = """
            MATCH (u:User {username: $username})
            MATCH (x:Argument {mapId: $mapId, id: $id})
            MERGE (u)-[r:RATED]->(x)
            SET r.value = $value, r.at = $at
            RETURN count(r) AS n
            """;
    private static final String GRADE = """
            MATCH (u:User {username: $username})
            MATCH (s:Source {mapId: $mapId, id: $id})
            MERGE (u)-[g:GRADED]->(s)
            SET g.reliability = $reliability, g.credibility = $credibility, g.at = $at
            RETURN count(g) AS n
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

    Ratings(Driver driver) {
        this.driver = driver;
    }

    void rateEvidence(MapId map, String id, Writer writer, double value, Instant at) {
        rate(RATE_EVIDENCE, "evidence", map, id, writer, value, at);
    }

    void rateArgument(MapId map, String id, Writer writer, double value, Instant at) {
        rate(RATE_ARGUMENT, "argument", map, id, writer, value, at);
    }

    void grade(MapId map, String id, Writer writer, Grade grade, Instant at) {
        var params = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "username", writer.username(),
                "reliability", String.valueOf(grade.reliability()),
                "credibility", grade.credibility(),
                "at", at.atZone(ZoneOffset.UTC));
        write(GRADE, "source", map, id, params);
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
                var rows = tx.run(GRADES, Map.of("mapId", map.value(), "id", id)).list();
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

    private void rate(String cypher, String kind, MapId map, String id, Writer writer, double value, Instant at) {
        var params = Map.<String, Object>of(
                "mapId", map.value(),
                "id", id,
                "username", writer.username(),
                "value", value,
                "at", at.atZone(ZoneOffset.UTC));
        write(cypher, kind, map, id, params);
    }

    private void write(String cypher, String kind, MapId map, String id, Map<String, Object> params) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                MapVersion.bump(tx, map);
                if (tx.run(cypher, params).single().get("n").asLong() == 0) {
                    throw new UnknownItemException(kind, id);
                }
            });
        }
    }

    private Optional<List<UserRating>> ratings(String cypher, MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var rows = tx.run(cypher, Map.of("mapId", map.value(), "id", id)).list();
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                var ratings = new ArrayList<UserRating>();
                for (var r : rows) {
                    if (!r.get("username").isNull() && !r.get("value").isNull()) {
                        ratings.add(new UserRating(r.get("username").asString(), r.get("value").asDouble()));
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
