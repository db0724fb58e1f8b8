package org.disputatio.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * The {@code :ChangeCounter} and {@code :Change} nodes. A writer records its entry as a
 * {@code :PendingChange} without a seq, in its own transaction and without touching the counter; the
 * sequencer numbers committed pending entries later, under the counter's lock, so seqs go only to committed
 * entries, one after the other, with no gaps, and become visible in seq order (ADR 025).
 */
@Repository
class Changes {

    // A new node with no relationships and a fresh id: recording it locks nothing another writer holds.
    private static final String RECORD = """
            CREATE (x:Change:PendingChange {mapId: $mapId, id: $id, at: $at, user: $user, kind: $kind,
                                            itemId: $itemId, onId: $onId, summary: $summary, before: $before,
                                            personal: $personal, undoes: $undoes})
            """;
    // A group's entries (ADR 046): one statement for every write of the group instead of one each.
    private static final String RECORD_ALL = """
            UNWIND $entries AS e
            CREATE (x:Change:PendingChange)
            SET x = e
            """;
    // Sequencing, statement 1: the counter's write lock, held until the sequencing transaction ends. Only
    // sequencers and group transactions (which number their own entries, ADR 046 (3)) take it, so it serialises
    // them (on every app instance) and nothing else. The property must really change: Neo4j took no lock for
    // "SET c.lastSeq = c.lastSeq" (PendingChangesIT saw two sequencers hand out seq 1 twice), so it is set here
    // and removed at the end of statement 2.
    private static final String LOCK_COUNTER = """
            MERGE (c:ChangeCounter {mapId: $mapId})
              ON CREATE SET c.lastSeq = 0
            SET c.sequencing = true
            """;
    // Statement 2, run only once the lock is held: every entry committed by then gets the next seq, in the
    // order they were made. An entry that commits later waits for the next sequencing, so it can only get
    // a higher seq, and no reader can have seen a higher seq than it before it is visible.
    // "replan=skip": the :PendingChange count swings between 0 and the writers waiting at every sequencing, so
    // Neo4j would find this plan stale at every replan interval and compile it again; the label only ever
    // holds a few entries, so the first plan serves at any size (docs/benchmarks.md, branch perf9).
    private static final String NUMBER_PENDING = """
            CYPHER replan=skip
            MATCH (c:ChangeCounter {mapId: $mapId})
            OPTIONAL MATCH (x:PendingChange {mapId: $mapId})
            WITH c, x ORDER BY x.at, x.id
            WITH c, collect(x) AS pending
            CALL (c, pending) {
              UNWIND range(0, size(pending) - 1) AS i
              WITH pending[i] AS x, c.lastSeq + 1 + i AS seq
              SET x.seq = seq
              REMOVE x:PendingChange
            }
            SET c.lastSeq = c.lastSeq + size(pending)
            REMOVE c.sequencing
            RETURN size(pending) AS numbered
            """;
    private static final String PENDING_MAPS = """
            CYPHER replan=skip
            MATCH (x:PendingChange) WHERE x.at < $before
            RETURN DISTINCT x.mapId AS mapId
            """;
    private static final String SEQ_OF = """
            MATCH (x:Change {id: $id})
            RETURN x.seq AS seq
            """;
    private static final String RETURN_CHANGE = """
            RETURN x.mapId AS mapId, x.seq AS seq, x.at AS at, x.user AS user, x.kind AS kind, x.itemId AS itemId,
                   x.onId AS onId, x.summary AS summary, x.before AS before, x.personal AS personal,
                   x.undoes AS undoes
            ORDER BY x.seq
            """;
    private static final String PAGE = """
            MATCH (x:Change {mapId: $mapId}) WHERE x.seq > $after
            """ + RETURN_CHANGE + "LIMIT $limit";
    private static final String NEWEST = """
            MATCH (x:Change {mapId: $mapId}) WHERE x.seq IS NOT NULL
            WITH x ORDER BY x.seq DESC LIMIT $limit
            """ + RETURN_CHANGE;
    private static final String FOR_ITEM = """
            MATCH (x:Change {mapId: $mapId})
            WHERE x.seq IS NOT NULL AND (x.itemId IN $ids OR x.onId IN $ids)
            WITH x ORDER BY x.seq DESC LIMIT $limit
            """ + RETURN_CHANGE;
    private static final String ONE = "MATCH (x:Change {mapId: $mapId, seq: $seq})\n" + RETURN_CHANGE;
    // Undo's check: entries not numbered yet count too, as later than every numbered one (ADR 025).
    private static final String LATER = """
            MATCH (x:Change {mapId: $mapId, itemId: $itemId}) WHERE x.seq > $seq OR x.seq IS NULL
            RETURN x.mapId AS mapId, x.seq AS seq, x.at AS at, x.user AS user, x.kind AS kind, x.itemId AS itemId,
                   x.onId AS onId, x.summary AS summary, x.before AS before, x.personal AS personal,
                   x.undoes AS undoes
            ORDER BY x.seq IS NULL, x.seq, x.at
            """;
    // Numbered or not: an undo still being numbered already stands in the way of a second one.
    private static final String UNDONE_BY = """
            MATCH (x:Change {mapId: $mapId, kind: 'ChangeUndone', undoes: $seq})
            """ + RETURN_CHANGE;
    private static final String LAST = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (c:ChangeCounter {mapId: $mapId})
            RETURN m IS NOT NULL AS map, coalesce(c.lastSeq, 0) AS last
            """;
    // The map's node with its highest seq: a reader that must tell a map deleted and created again from the one it
    // holds (the evaluation) learns both in one round trip.
    private static final String POSITION = """
            MATCH (m:Map {id: $mapId})
            OPTIONAL MATCH (c:ChangeCounter {mapId: $mapId})
            RETURN elementId(m) AS node, coalesce(c.lastSeq, 0) AS last
            """;
    private static final String LAST_OF_MAPS = """
            UNWIND $mapIds AS mapId
            OPTIONAL MATCH (c:ChangeCounter {mapId: mapId})
            RETURN mapId, coalesce(c.lastSeq, 0) AS last
            """;

    // mod13 (group activity, ADR 038): the newest numbered changes of several maps, merged by time. Each map's own
    // newest first (through the (mapId, seq) key), so a large log costs at most $limit rows per map.
    private static final String ACROSS = """
            UNWIND $mapIds AS mapId
            CALL (mapId) {
              MATCH (x:Change {mapId: mapId}) WHERE x.seq IS NOT NULL AND x.at > $after
              WITH x ORDER BY x.seq DESC LIMIT $limit
              RETURN x
            }
            WITH x ORDER BY x.at DESC, x.mapId, x.seq DESC LIMIT $limit
            RETURN x.mapId AS mapId, x.seq AS seq, x.at AS at, x.user AS user, x.kind AS kind, x.itemId AS itemId,
                   x.onId AS onId, x.summary AS summary, x.before AS before, x.personal AS personal,
                   x.undoes AS undoes
            """;

    private final Driver driver;

    Changes(Driver driver) {
        this.driver = driver;
    }

    static void record(
            TransactionContext tx, String id, ChangeEntry entry, Instant at, boolean personal, @Nullable Long undoes) {
        tx.run(RECORD, params(id, entry, at, personal, undoes)).consume();
    }

    /** Records entries made by {@link #params} in one statement; nothing for none. */
    static void recordAll(TransactionContext tx, List<Map<String, Object>> entries) {
        if (!entries.isEmpty()) {
            tx.run(RECORD_ALL, Map.of("entries", entries)).consume();
        }
    }

    /** An entry's properties, as {@link #record} and {@link #recordAll} store them. */
    static Map<String, Object> params(
            String id, ChangeEntry entry, Instant at, boolean personal, @Nullable Long undoes) {
        var params = new HashMap<String, Object>();
        params.put("mapId", entry.map().value());
        params.put("id", id);
        params.put("at", at.atZone(ZoneOffset.UTC));
        params.put("user", entry.user());
        params.put("kind", entry.kind().name());
        params.put("itemId", entry.itemId());
        params.put("onId", entry.onId());
        params.put("summary", entry.summary());
        params.put("before", entry.before());
        params.put("personal", personal);
        params.put("undoes", undoes);
        return params;
    }

    /**
     * Numbers the map's committed pending entries in one write transaction and returns how many it numbered.
     * The counter's lock is taken by the first statement and the pending entries are read by the second, so
     * they are read only once every earlier sequencing of the map has committed.
     */
    int sequence(MapId map) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> sequenceIn(tx, map));
        }
    }

    /**
     * As {@link #sequence}, in the caller's write transaction, which then holds the counter's lock until it ends: its
     * own pending entries are numbered with those committed before, and commit with their seq (ADR 046, amendment
     * (3)). A caller numbering several maps must take them in one order (map id), or two could deadlock.
     */
    static int sequenceIn(TransactionContext tx, MapId map) {
        var params = Map.<String, Object>of("mapId", map.value());
        tx.run(LOCK_COUNTER, params).consume();
        return tx.run(NUMBER_PENDING, params).single().get("numbered").asInt();
    }

    /**
     * The maps with entries recorded before {@code before} and not numbered yet. An auto-commit read, like
     * {@link #lastOf}: the follower's sweep runs it every poll and must fail fast while the database is down.
     */
    List<MapId> withPendingBefore(Instant before) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            return session.run(PENDING_MAPS, Map.of("before", before.atZone(ZoneOffset.UTC)))
                    .list(r -> new MapId(r.get("mapId").asString()));
        }
    }

    /** The seq of the entry with this id; empty while it is not numbered (or if there is none). */
    Optional<Long> seqOf(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(SEQ_OF, Map.of("id", id)).stream()
                    .findFirst()
                    .filter(r -> !r.get("seq").isNull())
                    .map(r -> r.get("seq").asLong()));
        }
    }

    /** The map's highest seq (0 before its first change); empty if there is no such map. */
    static Optional<Long> last(TransactionContext tx, MapId map) {
        var row = tx.run(LAST, Map.of("mapId", map.value())).single();
        return row.get("map").asBoolean() ? Optional.of(row.get("last").asLong()) : Optional.empty();
    }

    static Optional<ChangeLog.Position> position(TransactionContext tx, MapId map) {
        return tx.run(POSITION, Map.of("mapId", map.value())).stream()
                .findFirst()
                .map(r -> new ChangeLog.Position(
                        r.get("node").asString(), r.get("last").asLong()));
    }

    /** Up to {@code limit} numbered changes after {@code after}, in seq order, read in the caller's transaction. */
    static List<Change> page(TransactionContext tx, MapId map, long after, int limit) {
        return tx.run(PAGE, Map.of("mapId", map.value(), "after", after, "limit", limit))
                .list(Changes::change);
    }

    static Optional<Change> one(TransactionContext tx, MapId map, long seq) {
        return tx.run(ONE, Map.of("mapId", map.value(), "seq", seq)).stream()
                .findFirst()
                .map(Changes::change);
    }

    static List<Change> later(TransactionContext tx, MapId map, String itemId, long seq) {
        return tx.run(LATER, Map.of("mapId", map.value(), "itemId", itemId, "seq", seq))
                .list(Changes::change);
    }

    static Optional<Change> undoneBy(TransactionContext tx, MapId map, long seq) {
        return tx.run(UNDONE_BY, Map.of("mapId", map.value(), "seq", seq)).stream()
                .findFirst()
                .map(Changes::change);
    }

    /** Empty if there is no such map. */
    Optional<ChangePage> after(MapId map, long after, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                // The page first, the last seq second: a change committed in between only makes "last" larger,
                // never leaves a hole below it in what was returned.
                var changes = page(tx, map, after, limit);
                return last(tx, map).map(last -> new ChangePage(changes, last));
            });
        }
    }

    /**
     * The highest seq of each of these maps, 0 for a map without changes (or without existence): one query
     * for all. An auto-commit read, not a transaction function: the follower polls again soon anyway, and the
     * driver's retries would block it and log a stack trace per retry while the database is down.
     */
    Map<String, Long> lastOf(List<String> mapIds) {
        try (var session = driver.session(
                SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build())) {
            var last = new HashMap<String, Long>();
            session.run(LAST_OF_MAPS, Map.of("mapIds", mapIds))
                    .forEachRemaining(r ->
                            last.put(r.get("mapId").asString(), r.get("last").asLong()));
            return last;
        }
    }

    List<Change> newest(MapId map, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx ->
                    tx.run(NEWEST, Map.of("mapId", map.value(), "limit", limit)).list(Changes::change));
        }
    }

    /** mod13: the newest changes of these maps made after {@code after}, newest first, at most {@code limit}. */
    List<Change> across(List<String> mapIds, Instant after, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(
                            ACROSS, Map.of("mapIds", mapIds, "after", after.atZone(ZoneOffset.UTC), "limit", limit))
                    .list(Changes::change));
        }
    }

    List<Change> forItems(MapId map, List<String> ids, int limit) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FOR_ITEM, Map.of("mapId", map.value(), "ids", ids, "limit", limit))
                    .list(Changes::change));
        }
    }

    Optional<Change> find(MapId map, long seq) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> one(tx, map, seq));
        }
    }

    private static Change change(Record r) {
        return new Change(
                r.get("mapId").asString(),
                r.get("seq").asLong(0),
                r.get("at").asZonedDateTime().toInstant(),
                r.get("user").asString(""),
                ChangeKind.valueOf(r.get("kind").asString()),
                r.get("itemId").asString(""),
                r.get("onId").isNull() ? null : r.get("onId").asString(),
                r.get("summary").asString(""),
                r.get("before").asString("{}"),
                r.get("personal").asBoolean(false),
                r.get("undoes").isNull() ? null : r.get("undoes").asLong());
    }
}
