package org.disputatio.seminars.ach;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * The stored matrices (ADR 040): {@code :AchHypothesis} and {@code :AchItem} per map, numbered by an
 * {@code :AchCounter} per map, and {@code :AchRating} per member and cell. Keyed by ids, not tied to the map's
 * nodes by relationships, so that this module writes only its own labels. A removed hypothesis is flagged, not
 * deleted, so that undoing its removal brings its ratings back.
 */
@Repository
class Matrices {

    private static final String HYPOTHESES = """
            MATCH (h:AchHypothesis {mapId: $mapId}) WHERE h.removed IS NULL
            RETURN h.id AS id, h.number AS number, h.text AS text, h.claimId AS claimId, h.createdBy AS createdBy
            ORDER BY h.number
            """;

    private static final String ITEMS = """
            MATCH (i:AchItem {mapId: $mapId}) WHERE i.removed IS NULL
            RETURN i.id AS id, i.number AS number, i.kind AS kind, i.refId AS refId, i.credibility AS credibility,
                   i.relevance AS relevance, i.createdBy AS createdBy
            ORDER BY i.number
            """;

    /** Numbers hypotheses per map; the counter's write lock orders concurrent additions. */
    private static final String NEXT_HYPOTHESIS = """
            MERGE (k:AchCounter {mapId: $mapId})
              ON CREATE SET k.hypotheses = 0, k.items = 0
            SET k.hypotheses = k.hypotheses + 1
            RETURN k.hypotheses AS number
            """;

    private static final String NEXT_ITEM = """
            MERGE (k:AchCounter {mapId: $mapId})
              ON CREATE SET k.hypotheses = 0, k.items = 0
            SET k.items = k.items + 1
            RETURN k.items AS number
            """;

    private static final String ADD_HYPOTHESIS = """
            CREATE (:AchHypothesis {id: $id, mapId: $mapId, number: $number, text: $text, claimId: $claimId,
                                    createdBy: $user, createdAt: $at})
            """;

    private static final String LOCK_HYPOTHESIS = """
            MATCH (h:AchHypothesis {mapId: $mapId, id: $id})
            SET h.locked = true REMOVE h.locked
            RETURN h.removed IS NOT NULL AS removed, h.createdBy AS createdBy
            """;

    private static final String SET_REMOVED = """
            MATCH (h:AchHypothesis {mapId: $mapId, id: $id})
            SET h.removed = $removed
            """;

    private static final String DELETE_HYPOTHESIS = """
            MATCH (h:AchHypothesis {mapId: $mapId, id: $id})
            OPTIONAL MATCH (r:AchRating {mapId: $mapId, hypothesisId: $id})
            DETACH DELETE r, h
            """;

    private static final String ITEM_FOR = """
            MATCH (i:AchItem {mapId: $mapId, kind: $kind, refId: $refId})
            RETURN i.id AS id
            """;

    private static final String ADD_ITEM = """
            CREATE (:AchItem {id: $id, mapId: $mapId, number: $number, kind: $kind, refId: $refId,
                              credibility: $credibility, relevance: $relevance, createdBy: $user, createdAt: $at})
            """;

    private static final String LOCK_ITEM = """
            MATCH (i:AchItem {mapId: $mapId, id: $id})
            SET i.locked = true REMOVE i.locked
            RETURN i.id AS id, i.number AS number, i.removed IS NOT NULL AS removed, i.credibility AS credibility,
                   i.relevance AS relevance
            """;

    private static final String SET_ITEM_REMOVED = """
            MATCH (i:AchItem {mapId: $mapId, id: $id})
            SET i.removed = $removed
            """;

    private static final String REWEIGH_ITEM = """
            MATCH (i:AchItem {mapId: $mapId, id: $id})
            SET i.credibility = $credibility, i.relevance = $relevance
            """;

    private static final String DELETE_ITEM = """
            MATCH (i:AchItem {mapId: $mapId, id: $id})
            OPTIONAL MATCH (r:AchRating {mapId: $mapId, itemId: $id})
            DETACH DELETE r, i
            """;

    private static final String RATING = """
            MATCH (r:AchRating {hypothesisId: $hypothesisId, itemId: $itemId, username: $user})
            RETURN r.rating AS rating
            """;

    private static final String RATE = """
            MERGE (r:AchRating {hypothesisId: $hypothesisId, itemId: $itemId, username: $user})
              ON CREATE SET r.mapId = $mapId
            SET r.rating = $rating, r.at = $at
            """;

    private static final String UNRATE = """
            MATCH (r:AchRating {hypothesisId: $hypothesisId, itemId: $itemId, username: $user})
            DELETE r
            """;

    private static final String RATINGS = """
            MATCH (r:AchRating {mapId: $mapId})
            WHERE $user IS NULL OR r.username = $user
            RETURN r.hypothesisId AS hypothesisId, r.itemId AS itemId, r.username AS username, r.rating AS rating
            """;

    /** One member's rating of one cell. */
    record StoredRating(String hypothesisId, String itemId, String username, Consistency rating) {}

    /** A stored item before the map's content gives it a text and its sources. */
    record StoredItem(
            String id,
            int number,
            ItemKind kind,
            String refId,
            Weight credibility,
            Weight relevance,
            String createdBy) {}

    private final Driver driver;

    Matrices(Driver driver) {
        this.driver = driver;
    }

    List<Hypothesis> hypotheses(String mapId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(HYPOTHESES, Map.of("mapId", mapId))
                    .list(r -> new Hypothesis(
                            r.get("id").asString(),
                            r.get("number").asInt(),
                            r.get("text").asString(),
                            nullable(r.get("claimId")),
                            r.get("createdBy").asString())));
        }
    }

    List<StoredItem> items(String mapId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ITEMS, Map.of("mapId", mapId))
                    .list(r -> new StoredItem(
                            r.get("id").asString(),
                            r.get("number").asInt(),
                            ItemKind.fromApiName(r.get("kind").asString()).orElseThrow(),
                            r.get("refId").asString(),
                            Weight.fromApiName(r.get("credibility").asString()).orElse(Weight.MEDIUM),
                            Weight.fromApiName(r.get("relevance").asString()).orElse(Weight.MEDIUM),
                            r.get("createdBy").asString())));
        }
    }

    /** Every member's ratings of the map, or one member's ({@code user} not null). */
    List<StoredRating> ratings(String mapId, @Nullable String user) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", mapId);
        params.put("user", user);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(RATINGS, params).stream()
                    .flatMap(r -> Consistency.parse(r.get("rating").asString()).stream()
                            .map(c -> new StoredRating(
                                    r.get("hypothesisId").asString(),
                                    r.get("itemId").asString(),
                                    r.get("username").asString(),
                                    c)))
                    .toList());
        }
    }

    static Hypothesis addHypothesis(
            TransactionContext tx, String mapId, String text, @Nullable String claimId, String user, Instant at) {
        int number = next(tx, mapId, "hypotheses");
        String id = "h-" + UUID.randomUUID();
        var params = new HashMap<String, @Nullable Object>();
        params.put("id", id);
        params.put("mapId", mapId);
        params.put("number", number);
        params.put("text", text);
        params.put("claimId", claimId);
        params.put("user", user);
        params.put("at", at.toString());
        tx.run(ADD_HYPOTHESIS, params).consume();
        return new Hypothesis(id, number, text, claimId, user);
    }

    /** Write-locks the hypothesis; empty if there is none, else whether it is removed and who made it. */
    static Optional<HypothesisState> lockHypothesis(TransactionContext tx, String mapId, String id) {
        return tx.run(LOCK_HYPOTHESIS, Map.of("mapId", mapId, "id", id)).stream()
                .findFirst()
                .map(r -> new HypothesisState(
                        r.get("removed").asBoolean(), r.get("createdBy").asString()));
    }

    record HypothesisState(boolean removed, String createdBy) {}

    static void setRemoved(TransactionContext tx, String mapId, String id, boolean removed) {
        flag(tx, SET_REMOVED, mapId, id, removed);
    }

    /** Flags a hypothesis or a row as removed (kept with its ratings), or clears the flag. */
    private static void flag(TransactionContext tx, String query, String mapId, String id, boolean removed) {
        var params = new HashMap<String, @Nullable Object>();
        params.put("mapId", mapId);
        params.put("id", id);
        params.put("removed", removed ? Boolean.TRUE : null);
        tx.run(query, params).consume();
    }

    static void deleteHypothesis(TransactionContext tx, String mapId, String id) {
        tx.run(DELETE_HYPOTHESIS, Map.of("mapId", mapId, "id", id)).consume();
    }

    static Optional<String> itemFor(TransactionContext tx, String mapId, ItemKind kind, String refId) {
        return tx.run(ITEM_FOR, Map.of("mapId", mapId, "kind", kind.apiName(), "refId", refId)).stream()
                .findFirst()
                .map(r -> r.get("id").asString());
    }

    static StoredItem addItem(
            TransactionContext tx,
            String mapId,
            ItemKind kind,
            String refId,
            Weight credibility,
            Weight relevance,
            String user,
            Instant at) {
        int number = next(tx, mapId, "items");
        String id = "e-" + UUID.randomUUID();
        tx.run(
                        ADD_ITEM,
                        Map.of(
                                "id", id,
                                "mapId", mapId,
                                "number", number,
                                "kind", kind.apiName(),
                                "refId", refId,
                                "credibility", credibility.apiName(),
                                "relevance", relevance.apiName(),
                                "user", user,
                                "at", at.toString()))
                .consume();
        return new StoredItem(id, number, kind, refId, credibility, relevance, user);
    }

    /** Locks a row that is in the matrix; false for an unknown or removed one. */
    static boolean lockItem(TransactionContext tx, String mapId, String id) {
        return lockAnyItem(tx, mapId, id).filter(i -> !i.removed()).isPresent();
    }

    /** A row as locked for a change: removed or not, and its weights. */
    record ItemState(int number, boolean removed, Weight credibility, Weight relevance) {}

    /** Locks a row, removed or not; empty for an unknown one. */
    static Optional<ItemState> lockAnyItem(TransactionContext tx, String mapId, String id) {
        return tx.run(LOCK_ITEM, Map.of("mapId", mapId, "id", id)).stream()
                .findFirst()
                .map(r -> new ItemState(
                        r.get("number").asInt(),
                        r.get("removed").asBoolean(),
                        Weight.fromApiName(r.get("credibility").asString("medium"))
                                .orElse(Weight.MEDIUM),
                        Weight.fromApiName(r.get("relevance").asString("medium"))
                                .orElse(Weight.MEDIUM)));
    }

    static void setItemRemoved(TransactionContext tx, String mapId, String id, boolean removed) {
        flag(tx, SET_ITEM_REMOVED, mapId, id, removed);
    }

    static void reweigh(TransactionContext tx, String mapId, String id, Weight credibility, Weight relevance) {
        tx.run(
                        REWEIGH_ITEM,
                        Map.of(
                                "mapId",
                                mapId,
                                "id",
                                id,
                                "credibility",
                                credibility.apiName(),
                                "relevance",
                                relevance.apiName()))
                .consume();
    }

    static void deleteItem(TransactionContext tx, String mapId, String id) {
        tx.run(DELETE_ITEM, Map.of("mapId", mapId, "id", id)).consume();
    }

    static Optional<Consistency> rating(TransactionContext tx, String hypothesisId, String itemId, String user) {
        return tx.run(RATING, Map.of("hypothesisId", hypothesisId, "itemId", itemId, "user", user)).stream()
                .findFirst()
                .flatMap(r -> Consistency.parse(r.get("rating").asString()));
    }

    /** Sets the member's rating of the cell, or clears it ({@code rating} null). */
    static void rate(
            TransactionContext tx,
            String mapId,
            String hypothesisId,
            String itemId,
            String user,
            @Nullable Consistency rating,
            Instant at) {
        if (rating == null) {
            tx.run(UNRATE, Map.of("hypothesisId", hypothesisId, "itemId", itemId, "user", user))
                    .consume();
            return;
        }
        tx.run(
                        RATE,
                        Map.of(
                                "mapId", mapId,
                                "hypothesisId", hypothesisId,
                                "itemId", itemId,
                                "user", user,
                                "rating", rating.name(),
                                "at", at.toString()))
                .consume();
    }

    private static int next(TransactionContext tx, String mapId, String counter) {
        return tx.run(counter.equals("items") ? NEXT_ITEM : NEXT_HYPOTHESIS, Map.of("mapId", mapId))
                .single()
                .get("number")
                .asInt();
    }

    private static @Nullable String nullable(Value v) {
        return v.isNull() ? null : v.asString();
    }
}
