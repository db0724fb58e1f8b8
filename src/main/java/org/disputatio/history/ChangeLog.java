package org.disputatio.history;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Every map's log of changes. Writers call {@link #append} as the last statement of their own transaction
 * function, so a change and its entry commit together or not at all; readers page through it by seq.
 */
@Component
public class ChangeLog {

    /** The most changes one read returns. */
    public static final int MAX_LIMIT = 1000;

    private final Changes changes;
    private final Clock clock;

    ChangeLog(Changes changes, Clock clock) {
        this.changes = changes;
        this.clock = clock;
    }

    /**
     * Appends an entry in the writer's transaction and returns its seq. Call it last: it locks the map's
     * counter until the transaction ends, and every other write of the map waits for that lock.
     */
    public long append(TransactionContext tx, ChangeEntry entry) {
        return Changes.append(tx, entry, clock.instant(), entry.kind().personal(), null);
    }

    long appendUndo(TransactionContext tx, ChangeEntry entry, Change undone) {
        return Changes.append(tx, entry, clock.instant(), undone.personal(), undone.seq());
    }

    /** The map's highest seq, read in the caller's transaction (0 before any change); empty for an unknown map. */
    public Optional<Long> last(TransactionContext tx, MapId map) {
        return Changes.last(tx, map);
    }

    /** Up to {@code limit} changes after {@code after}, in seq order; empty for an unknown map. */
    public Optional<ChangePage> after(MapId map, long after, int limit) {
        return changes.after(map, Math.max(0, after), Math.clamp(limit, 1, MAX_LIMIT));
    }

    /** The newest changes of the map, newest first. */
    public List<Change> newest(MapId map, int limit) {
        return changes.newest(map, Math.clamp(limit, 1, MAX_LIMIT)).reversed();
    }

    /** The newest changes of these items or of what belongs to them (evidence of a claim, grades of a source), newest first. */
    public List<Change> forItems(MapId map, List<String> ids, int limit) {
        return changes.forItems(map, ids, Math.clamp(limit, 1, MAX_LIMIT)).reversed();
    }

    public Optional<Change> find(MapId map, long seq) {
        return changes.find(map, seq);
    }
}
