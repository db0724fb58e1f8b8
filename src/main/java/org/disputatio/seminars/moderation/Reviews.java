package org.disputatio.seminars.moderation;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/** The {@code :Review} nodes (migration V0012): marks for review and the moderators' decisions on them. */
@Repository
class Reviews {

    private static final String CREATE = """
            CREATE (r:Review {mapId: $mapId, id: $id, itemId: $itemId, itemKind: $itemKind, itemAuthor: $itemAuthor,
                              itemText: $itemText, reason: $reason, note: $note, by: $by, at: $at, status: 'open'})
            """;
    // Takes the mark's write lock before reading it, so two moderators deciding at once are serialised.
    private static final String LOCK = """
            MATCH (r:Review {mapId: $mapId, id: $id})
            SET r.locking = true
            REMOVE r.locking
            RETURN r
            """;
    private static final String DECIDE = """
            MATCH (r:Review {mapId: $mapId, id: $id})
            SET r.status = $status, r.decidedBy = $by, r.decidedAt = $at
            """;
    private static final String DELETE = """
            MATCH (r:Review {mapId: $mapId, id: $id})
            DELETE r
            """;
    private static final String FIND = """
            MATCH (r:Review {mapId: $mapId, id: $id})
            RETURN r
            """;
    // Everyone's marks for moderators ($author null), else the marks on the author's own items.
    private static final String LIST = """
            MATCH (r:Review {mapId: $mapId})
            WHERE $author IS NULL OR r.itemAuthor = $author
            RETURN r
            ORDER BY r.at, r.id
            """;

    private final Driver driver;

    Reviews(Driver driver) {
        this.driver = driver;
    }

    static void create(TransactionContext tx, Review review) {
        var params = new HashMap<String, Object>();
        params.put("mapId", review.mapId());
        params.put("id", review.id());
        params.put("itemId", review.itemId());
        params.put("itemKind", review.itemKind());
        params.put("itemAuthor", review.itemAuthor());
        params.put("itemText", review.itemText());
        params.put("reason", review.reason().apiName());
        params.put("note", review.note());
        params.put("by", review.by());
        params.put("at", review.at().atZone(ZoneOffset.UTC));
        tx.run(CREATE, params).consume();
    }

    static Optional<Review> lock(TransactionContext tx, MapId map, String id) {
        return tx.run(LOCK, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(Reviews::review);
    }

    static void decide(
            TransactionContext tx,
            MapId map,
            String id,
            ReviewStatus status,
            @Nullable String by,
            @Nullable Instant at) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("id", id);
        params.put("status", status.apiName());
        params.put("by", by);
        params.put("at", at == null ? null : at.atZone(ZoneOffset.UTC));
        tx.run(DECIDE, params).consume();
    }

    static void delete(TransactionContext tx, MapId map, String id) {
        tx.run(DELETE, Map.of("mapId", map.value(), "id", id)).consume();
    }

    Optional<Review> find(MapId map, String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("mapId", map.value(), "id", id)).stream()
                    .findFirst()
                    .map(Reviews::review));
        }
    }

    /** The map's marks, oldest first: all of them ({@code author} null) or those on the author's items. */
    List<Review> list(MapId map, @Nullable String author) {
        var params = new HashMap<String, Object>();
        params.put("mapId", map.value());
        params.put("author", author);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(LIST, params).list(Reviews::review));
        }
    }

    private static Review review(Record record) {
        Value r = record.get("r");
        return new Review(
                r.get("id").asString(),
                r.get("mapId").asString(),
                r.get("itemId").asString(),
                r.get("itemKind").asString(),
                r.get("itemAuthor").isNull() ? null : r.get("itemAuthor").asString(),
                r.get("itemText").asString(""),
                ReviewReason.fromApiName(r.get("reason").asString()).orElseThrow(),
                r.get("note").asString(""),
                r.get("by").asString(),
                r.get("at").asZonedDateTime().toInstant(),
                ReviewStatus.valueOf(r.get("status").asString().toUpperCase(java.util.Locale.ROOT)),
                r.get("decidedBy").isNull() ? null : r.get("decidedBy").asString(),
                r.get("decidedAt").isNull()
                        ? null
                        : r.get("decidedAt").asZonedDateTime().toInstant());
    }
}
