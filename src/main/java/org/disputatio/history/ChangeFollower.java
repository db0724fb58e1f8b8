package org.disputatio.history;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.disputatio.maps.MapId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This app instance's one reader of the change log (ADR 026). It follows the maps someone asked for
 * (open workspaces), polls them all in one query every {@code disputatio.history.follow-interval}, and
 * publishes what each map gained since the last poll as one {@link ChangesFollowed}: so a burst becomes
 * one update per map and interval, and changes from other app instances arrive the same way as local ones.
 *
 * <p>Seqs of a map are contiguous and become visible in order (ADR 025), so reading {@code after} the last
 * seq published never skips or repeats one, also after the database was unreachable for a while: the
 * position lives here, in memory, and only moves once a page was read.
 *
 * <p>It also sweeps: an entry whose writer committed but died before numbering it (ADR 025) would hold
 * back nobody's reads, but would stay invisible. Every poll numbers the maps that have entries pending for
 * longer than {@link #PENDING_PATIENCE}, and the first poll after start numbers every pending entry.
 */
@Component
public class ChangeFollower implements ChangeFeed, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

    /** Changes read per map and poll; a larger backlog is published over several polls, in order. */
    static final int PAGE = ChangeLog.MAX_LIMIT;

    /** How long an entry may stay pending before the sweep numbers it; its writer normally does in milliseconds. */
    static final Duration PENDING_PATIENCE = Duration.ofSeconds(1);

    /** A followed map: how many are interested, and the seq of the last change published. */
    private static final class Followed {
        int interested;
        volatile long position;

        Followed(long position) {
            this.position = position;
        }
    }

    private final Changes changes;
    private final Sequencer sequencer;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final FollowProperties properties;
    private final Map<MapId, Followed> followed = new ConcurrentHashMap<>();
    private volatile @org.jspecify.annotations.Nullable Thread thread;
    private boolean unreachable;
    private boolean sweptAtStart;

    ChangeFollower(
            Changes changes,
            Sequencer sequencer,
            Clock clock,
            ApplicationEventPublisher events,
            FollowProperties properties) {
        this.changes = changes;
        this.sequencer = sequencer;
        this.clock = clock;
        this.events = events;
        this.properties = properties;
    }

    @Override
    public Following follow(MapId map) {
        followed.compute(map, (id, f) -> {
            // Read before the caller loads the map, so nothing committed after its load can be missed.
            var state = f != null
                    ? f
                    : new Followed(changes.lastOf(List.of(id.value())).getOrDefault(id.value(), 0L));
            state.interested++;
            return state;
        });
        return () -> followed.computeIfPresent(map, (id, f) -> --f.interested == 0 ? null : f);
    }

    /** The maps followed now. */
    public int followedMaps() {
        return followed.size();
    }

    /**
     * Reads every followed map once and publishes what is new. Returns normally only if the database
     * answered; the loop retries on an exception with the position unchanged.
     */
    void poll() {
        sweep();
        if (followed.isEmpty()) return;
        var ids = followed.keySet().stream().map(MapId::value).toList();
        Map<String, Long> last = changes.lastOf(ids);
        for (var id : ids) {
            var map = new MapId(id);
            var state = followed.get(map);
            long newest = last.getOrDefault(id, 0L);
            if (state == null || newest == state.position) continue;
            if (newest < state.position) {
                // The map's log was removed (a deleted or re-imported map): follow the new one from its start.
                log.info("The change log of map {} restarted at {} (was at {})", id, newest, state.position);
                state.position = 0;
            }
            long from = state.position;
            while (true) {
                var page =
                        changes.after(map, from, PAGE).map(ChangePage::changes).orElse(List.of());
                if (page.isEmpty()) break;
                try {
                    events.publishEvent(new ChangesFollowed(map, page));
                } catch (RuntimeException e) {
                    // A listener's bug must not stall the log for everyone, nor make it repeat forever.
                    log.warn(
                            "A listener of map {} failed on changes {}..{}",
                            id,
                            page.getFirst().seq(),
                            page.getLast().seq(),
                            e);
                }
                from = page.getLast().seq();
                state.position = from;
                if (page.size() < PAGE) break;
            }
        }
    }

    /** Numbers the entries that their writers left pending: all of them at start, then those pending too long. */
    void sweep() {
        Instant now = clock.instant();
        var maps = changes.withPendingBefore(sweptAtStart ? now.minus(PENDING_PATIENCE) : now);
        for (var map : maps) {
            log.debug("Numbering the change log entries of map {} pending for too long", map.value());
            sequencer.sequence(map);
        }
        sweptAtStart = true;
    }

    private void run() {
        Duration pause = properties.followInterval();
        while (!Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                return;
            }
            try {
                poll();
                if (unreachable) {
                    log.info("The change log is readable again; following resumes from the last seq published");
                    unreachable = false;
                }
                pause = properties.followInterval();
            } catch (RuntimeException e) {
                if (!unreachable) {
                    // Once, not every retry: an outage of minutes would otherwise flood the log.
                    log.warn(
                            "Cannot read the change log; retrying with back-off up to {}: {}",
                            properties.maxBackOff(),
                            e.toString());
                    unreachable = true;
                }
                pause = min(pause.multipliedBy(2), properties.maxBackOff());
            }
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = Thread.ofVirtual().name("change-follower").start(this::run);
        }
    }

    @Override
    public synchronized void stop() {
        var running = thread;
        if (running == null) return;
        running.interrupt();
        try {
            running.join(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }
}
