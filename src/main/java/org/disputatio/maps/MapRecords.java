package org.disputatio.maps;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * A map as a thing users own: its title, its deletion and restoration, and its copies. The writes run in
 * the caller's transaction, so that the module that logs changes can append its entry to the same one.
 * A deleted map is relabelled {@code :DeletedMap}: every reader in every module matches {@code :Map}, so
 * the map disappears everywhere at once, and restoring it is relabelling it back (ADR 034).
 */
@Repository
class MapRecords {

    // The property must really change for Neo4j to take the write lock (see history's Changes.LOCK_COUNTER).
    private static final String LOCK = """
            MATCH (m:Map|DeletedMap {id: $mapId})
            SET m.version = coalesce(m.version, 1) + 1
            RETURN m.version - 1 AS previous, coalesce(m.title, '') AS title, m.owner AS owner,
                   m:DeletedMap AS deleted
            """;
    private static final String SET_TITLE = """
            MATCH (m:Map {id: $mapId})
            SET m.title = $title
            """;
    private static final String DELETE = """
            MATCH (m:Map {id: $mapId})
            SET m:DeletedMap, m.deletedAt = $at, m.deletedBy = $user
            REMOVE m:Map
            """;
    private static final String RESTORE = """
            MATCH (m:DeletedMap {id: $mapId})
            SET m:Map
            REMOVE m:DeletedMap, m.deletedAt, m.deletedBy
            """;
    private static final String DELETED = """
            MATCH (m:DeletedMap)
            WHERE $everyone OR m.owner = $user OR m.deletedBy = $user
            OPTIONAL MATCH (c:Claim {mapId: m.id})
            WITH m, count(c) AS claimCount
            RETURN m.id AS id, coalesce(m.title, '') AS title, m.owner AS owner, m.deletedAt AS deletedAt,
                   m.deletedBy AS deletedBy, claimCount
            ORDER BY m.deletedAt DESC
            """;

    // Copies. The key (mapId) is replaced in the same map that sets the properties: a uniqueness constraint is checked
    // at each write, so the copy must never hold the original's key, even for a moment. Nodes are created with the
    // labels and properties of the originals, so that whatever other modules
    // store on claims, arguments or sources (versions, authors, proof standards) comes along; the links between
    // them are then copied by the element ids of each original and its copy.
    private static final String COPY_MAP = """
            MATCH (o:Map {id: $from})
            CREATE (m:Map {id: $to, title: $title, language: o.language, version: 1, createdAt: datetime(),
                           owner: $owner, copiedFrom: $from})
            WITH o, m
            MATCH (o)-[:HAS_DOCUMENT]->(d:Document)
            CREATE (m)-[:HAS_DOCUMENT]->(copy:Document)
            SET copy = d {.*, mapId: $to}
            WITH d, copy
            OPTIONAL MATCH (d)-[:READ_FROM]->(f:OriginalFile)
            FOREACH (x IN CASE WHEN f IS NULL THEN [] ELSE [f] END |
              CREATE (copy)-[:READ_FROM]->(g:OriginalFile)
              SET g = x {.*, mapId: $to})
            """;
    /**
     * The map's content: its claims, arguments, sources, people, notes, events and the contestations the document
     * itself records. Users' evidence, ratings, grades and contestations are theirs and stay with the original.
     */
    private static final String COPY_ITEMS = """
            MATCH (n:Claim|Argument|Source|Person|Note|Event|Contestation {mapId: $from})
            WHERE NOT (n:Contestation AND n.origin = 'user')
            CREATE (copy:$(labels(n)))
            SET copy = n {.*, mapId: $to}
            RETURN elementId(n) AS original, elementId(copy) AS copy
            """;

    private static final String COPY_ANCHORS = """
            MATCH (n:Claim {mapId: $from})-[r:ANCHORED_BY]->(a:Anchor)
            MATCH (copy:Claim {mapId: $to, id: n.id})
            CREATE (copy)-[s:ANCHORED_BY]->(b:Anchor)
            SET s = properties(r), b = properties(a)
            """;
    private static final String LINKS = """
            MATCH (a:Claim|Argument|Source|Person|Note|Event|Contestation {mapId: $from})-[r]->
                  (b:Claim|Argument|Source|Person|Note|Event|Contestation {mapId: $from})
            WHERE NOT (a:Contestation AND a.origin = 'user')
            RETURN elementId(a) AS from, type(r) AS type, properties(r) AS properties, elementId(b) AS to
            """;
    private static final String COPY_LINKS = """
            UNWIND $links AS x
            MATCH (a) WHERE elementId(a) = x.from
            MATCH (b) WHERE elementId(b) = x.to
            CREATE (a)-[r:$(x.type)]->(b)
            SET r = x.properties
            """;

    private static final String IS_DELETED = "RETURN EXISTS { (:DeletedMap {id: $mapId}) } AS deleted";

    /** What the lock read: the version before it, the title and owner, and whether the map is deleted. */
    record Locked(
            long previousVersion, String title, @Nullable String owner, boolean deleted) {}

    private static final QueryConfig READ =
            QueryConfig.builder().withRouting(RoutingControl.READ).build();

    private final Driver driver;

    MapRecords(Driver driver) {
        this.driver = driver;
    }

    Optional<Locked> lock(TransactionContext tx, MapId map) {
        return tx.run(LOCK, Map.of("mapId", map.value())).stream()
                .findFirst()
                .map(r -> new Locked(
                        r.get("previous").asLong(),
                        r.get("title").asString(),
                        r.get("owner").isNull() ? null : r.get("owner").asString(),
                        r.get("deleted").asBoolean()));
    }

    /** Whether the map is soft-deleted (and so hidden from every read). */
    /**
     * Asked before every read under a map's path ({@code maps.web.DeletedMapReads}), so its latency is theirs: one
     * managed query, whose BEGIN the driver sends with the query (two round trips, not a session's three).
     */
    boolean deleted(MapId map) {
        return driver.executableQuery(IS_DELETED)
                .withParameters(Map.of("mapId", map.value()))
                .withConfig(READ)
                .execute()
                .records()
                .getFirst()
                .get("deleted")
                .asBoolean();
    }

    void setTitle(TransactionContext tx, MapId map, String title) {
        tx.run(SET_TITLE, Map.of("mapId", map.value(), "title", title)).consume();
    }

    void delete(TransactionContext tx, MapId map, String user, Instant at) {
        tx.run(DELETE, Map.of("mapId", map.value(), "user", user, "at", at.atZone(ZoneOffset.UTC)))
                .consume();
    }

    void restore(TransactionContext tx, MapId map) {
        tx.run(RESTORE, Map.of("mapId", map.value())).consume();
    }

    List<MapLifecycle.DeletedMap> deleted(String user, boolean everyone) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(DELETED, Map.of("user", user, "everyone", everyone))
                    .list(r -> new MapLifecycle.DeletedMap(
                            new MapId(r.get("id").asString()),
                            r.get("title").asString(),
                            r.get("owner").isNull() ? null : r.get("owner").asString(),
                            r.get("deletedAt").asZonedDateTime().toInstant(),
                            r.get("deletedBy").asString(""),
                            r.get("claimCount").asLong())));
        }
    }

    /**
     * Copies the map {@code from} into a new map {@code to}, in one transaction: nothing is half-copied.
     *
     * @return false, writing nothing, if {@code from} is not a map or {@code to} exists already
     */
    boolean copy(TransactionContext tx, MapId from, MapId to, String title, String owner) {
        var params = Map.<String, Object>of("from", from.value(), "to", to.value(), "title", title, "owner", owner);
        if (!tx.run("MATCH (m:Map {id: $from}) RETURN m.id", params).hasNext()
                || tx.run("MATCH (m:Map|DeletedMap {id: $to}) RETURN m.id", params)
                        .hasNext()) {
            return false;
        }
        tx.run(COPY_MAP, params).consume();
        var copies = new HashMap<String, String>();
        tx.run(COPY_ITEMS, params)
                .forEachRemaining(r ->
                        copies.put(r.get("original").asString(), r.get("copy").asString()));
        tx.run(COPY_ANCHORS, params).consume();
        var links = new ArrayList<Map<String, Object>>();
        tx.run(LINKS, params).forEachRemaining(r -> {
            var link = new HashMap<String, Object>();
            link.put("from", copies.get(r.get("from").asString()));
            link.put("to", copies.get(r.get("to").asString()));
            link.put("type", r.get("type").asString());
            link.put("properties", r.get("properties").asMap());
            links.add(link);
        });
        int created =
                tx.run(COPY_LINKS, Map.of("links", links)).consume().counters().relationshipsCreated();
        if (created != links.size()) {
            throw new IllegalStateException("Copied " + created + " links of the map " + from.value() + " instead of "
                    + links.size() + ". Nothing was written.");
        }
        // The copies carry the original's search key: give them their own, or searching either map finds both.
        SearchIndexes.stampKeys(tx, to);
        return true;
    }
}
