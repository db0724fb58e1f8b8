package org.disputatio.evidence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Repository;

/**
 * Users' contestations of sources ({@code origin: 'user'}). Withdrawing closes one and keeps it, with
 * when and by whom, so the record of the disagreement stays. Contestations that come from the essay
 * itself (any other origin) are part of the analysed document and cannot be withdrawn.
 */
@Repository
class Contestations {

    private static final String CREATE = """
            MATCH (s:Source {mapId: $mapId, id: $sourceId})
            CREATE (x:Contestation {mapId: $mapId, id: $id, by: $username, reason: $reason, open: true,
                                    origin: 'user', createdAt: $at})-[:CONTESTS]->(s)
            RETURN x.id AS id, s.id AS sourceId, x.by AS by, x.reason AS reason, x.open AS open,
                   x.createdAt AS createdAt, x.withdrawnAt AS withdrawnAt
            """;
    // Takes the contestation's write lock before reading it (a SET to the value already there takes none), so
    // two simultaneous withdrawals cannot both find it open.
    private static final String LOCK = """
            MATCH (x:Contestation {mapId: $mapId, id: $id})-[:CONTESTS]->(s:Source)
            SET x.locking = true
            REMOVE x.locking
            RETURN x.by AS by, coalesce(x.origin, 'document') AS origin, x.open AS open, s.id AS sourceId
            """;
    private static final String WITHDRAW = """
            MATCH (x:Contestation {mapId: $mapId, id: $id})
            SET x.open = false, x.withdrawnAt = $at, x.withdrawnBy = $username
            """;
    private static final String FOR_SOURCE = """
            MATCH (s:Source {mapId: $mapId, id: $sourceId})
            OPTIONAL MATCH (x:Contestation {mapId: $mapId, origin: 'user'})-[:CONTESTS]->(s)
            WHERE x.hidden IS NULL // hidden by a moderator (maps.HiddenItems, ADR 038)
            WITH s, x ORDER BY x.createdAt, x.id
            RETURN s.id AS sourceId,
                   collect(x {.id, .by, .reason, .open, .createdAt, .withdrawnAt}) AS contestations
            """;

    private static final String SOURCE_OF = """
            MATCH (:Contestation {mapId: $mapId, id: $id})-[:CONTESTS]->(s:Source)
            RETURN s.id AS sourceId
            """;

    private final Driver driver;
    private final ChangeLog changeLog;

    Contestations(Driver driver, ChangeLog changeLog) {
        this.driver = driver;
        this.changeLog = changeLog;
    }

    UserContestation contest(MapId map, String sourceId, String id, Writer writer, String reason, Instant at) {
        var params = Map.<String, Object>of(
                "mapId",
                map.value(),
                "sourceId",
                sourceId,
                "id",
                id,
                "username",
                writer.username(),
                "reason",
                reason,
                "at",
                at.atZone(ZoneOffset.UTC));
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            var contestation = tx.run(CREATE, params).stream()
                    .findFirst()
                    .map(Contestations::contestation)
                    .orElseThrow(() -> new UnknownItemException("source", sourceId));
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.SourceContested,
                    writer.username(),
                    id,
                    sourceId,
                    "Source " + sourceId + " contested: " + abbreviated(reason),
                    States.NONE));
            return contestation;
        });
    }

    /** @return the id of the contested source */
    String withdraw(MapId map, String id, Writer writer, Instant at) {
        return changeLog.write((tx, entries) -> {
            MapReferences.requireMap(tx, map);
            var row = tx.run(LOCK, Map.of("mapId", map.value(), "id", id)).stream()
                    .findFirst()
                    .orElseThrow(() -> new UnknownItemException("contestation", id));
            String by = row.get("by").asString("");
            if (!"user".equals(row.get("origin").asString())) {
                throw new AccessDeniedException("This contestation is made in the essay itself (by " + by
                        + "); it is part of the analysed text and cannot be withdrawn. You can contest"
                        + " the source yourself, or argue against the claims instead.");
            }
            if (!writer.mayChange(by)) {
                throw new AccessDeniedException(
                        "Only " + by + ", who made this contestation, or an admin may withdraw it.");
            }
            if (!row.get("open").asBoolean()) {
                throw new IllegalStateException("This contestation has already been withdrawn.");
            }
            tx.run(
                            WITHDRAW,
                            Map.of(
                                    "mapId", map.value(),
                                    "id", id,
                                    "username", writer.username(),
                                    "at", at.atZone(ZoneOffset.UTC)))
                    .consume();
            String sourceId = row.get("sourceId").asString();
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.ContestationWithdrawn,
                    writer.username(),
                    id,
                    sourceId,
                    "Contestation of source " + sourceId + " withdrawn",
                    States.NONE));
            return sourceId;
        });
    }

    /** The source a contestation (the essay's or a user's) contests; empty if there is no such contestation. */
    Optional<String> sourceOf(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(SOURCE_OF, Map.of("mapId", map.value(), "id", id)).stream()
                    .findFirst()
                    .map(r -> r.get("sourceId").asString()));
        }
    }

    /** Empty if there is no such source. */
    Optional<List<UserContestation>> forSource(MapId map, String sourceId) {
        try (var session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run(FOR_SOURCE, Map.of("mapId", map.value(), "sourceId", sourceId)).stream()
                            .findFirst()
                            .map(r -> r.get("contestations")
                                    .asList(x -> new UserContestation(
                                            x.get("id").asString(),
                                            sourceId,
                                            x.get("by").asString(""),
                                            x.get("reason").asString(""),
                                            x.get("open").asBoolean(false),
                                            x.get("createdAt").asZonedDateTime().toInstant(),
                                            x.get("withdrawnAt").isNull()
                                                    ? null
                                                    : x.get("withdrawnAt")
                                                            .asZonedDateTime()
                                                            .toInstant()))));
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }

    private static UserContestation contestation(Record r) {
        return new UserContestation(
                r.get("id").asString(),
                r.get("sourceId").asString(),
                r.get("by").asString(),
                r.get("reason").asString(),
                r.get("open").asBoolean(),
                r.get("createdAt").asZonedDateTime().toInstant(),
                r.get("withdrawnAt").isNull()
                        ? null
                        : r.get("withdrawnAt").asZonedDateTime().toInstant());
    }
}
