package org.disputatio.history;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.disputatio.maps.MapId;
import org.springframework.stereotype.Component;

/**
 * Numbers the entries writers recorded as pending, after they committed (ADR 025). Writers of one map on
 * this instance share sequencing transactions (flat combining): whoever holds the map's lock runs one
 * transaction for every writer that asked before it started, and the others find their entry numbered
 * when they get the lock. Instances do not coordinate: their sequencing transactions queue on the map's
 * counter in Neo4j, and each numbers every pending entry committed by then, whoever wrote it.
 */
@Component
class Sequencer {

    /** One map's requests on this instance. */
    private static final class Lane {
        final AtomicLong requested = new AtomicLong();
        final ReentrantLock lock = new ReentrantLock();
        /** The highest request whose entry is numbered for sure; read and written under {@link #lock}. */
        long done;
    }

    private final Changes changes;
    private final Map<MapId, Lane> lanes = new ConcurrentHashMap<>();

    Sequencer(Changes changes) {
        this.changes = changes;
    }

    /**
     * Returns once every entry of the map committed before this call is numbered. Call it after the
     * writer's transaction committed, never inside it: the sequencing transaction must see the entry.
     */
    void sequence(MapId map) {
        Lane lane = lanes.computeIfAbsent(map, m -> new Lane());
        // Taken after the caller's commit: a sequencing that starts after this ticket was drawn sees the entry.
        long ticket = lane.requested.incrementAndGet();
        lane.lock.lock();
        try {
            if (lane.done >= ticket) {
                return;
            }
            long covered = lane.requested.get();
            changes.sequence(map);
            lane.done = covered;
        } finally {
            lane.lock.unlock();
        }
    }
}
