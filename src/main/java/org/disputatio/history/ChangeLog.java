package org.disputatio.history;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every map's log of changes. Writers run their transaction through {@link #write}, which hands them the
 * transaction and the {@link Entries} to append to: a change and its entry commit together or not at all,
 * and {@code write} returns only once the entry is numbered, so a client that reads after a write sees it.
 * Readers page through the log by seq and never see an entry before it is numbered (ADR 025).
 */
@Component
public class ChangeLog {

    private static final Logger log = LoggerFactory.getLogger(ChangeLog.class);

    /** The most changes one read returns. */
    public static final int MAX_LIMIT = 1000;

    /** A writer's transaction function: its reads, checks and writes, and the entries it appends. */
    @FunctionalInterface
    public interface Work<T extends @Nullable Object> {
        T run(TransactionContext tx, Entries entries);
    }

    /**
     * The entries of one attempt of a writer's transaction, recorded as pending in it. Created by
     * {@link #write} only, so that no entry can be recorded without being numbered after the commit.
     */
    public static final class Entries {
        private final TransactionContext tx;
        private final Clock clock;
        private final @Nullable WriteRights rights;
        private final Set<MapId> maps = new LinkedHashSet<>();

        private Entries(TransactionContext tx, Clock clock, @Nullable WriteRights rights) {
            this.tx = tx;
            this.clock = clock;
            this.rights = rights;
        }

        /** Records the entry in the writer's transaction; it gets its seq once the transaction committed. */
        public void append(ChangeEntry entry) {
            record(entry, entry.kind().personal(), null);
        }

        String appendUndo(ChangeEntry entry, Change undone) {
            return record(entry, undone.personal(), undone.seq());
        }

        private String record(ChangeEntry entry, boolean personal, @Nullable Long undoes) {
            if (rights != null) rights.check(tx, entry.map(), entry.user());
            String id = UUID.randomUUID().toString();
            Changes.record(tx, id, entry, clock.instant(), personal, undoes);
            maps.add(entry.map());
            return id;
        }
    }

    private final Driver driver;
    private final Changes changes;
    private final Sequencer sequencer;
    private final Clock clock;
    private final WriteAdmission admission;
    private final ObjectProvider<WriteRights> rights;

    ChangeLog(
            Driver driver,
            Changes changes,
            Sequencer sequencer,
            Clock clock,
            WriteAdmission admission,
            ObjectProvider<WriteRights> rights) {
        this.driver = driver;
        this.changes = changes;
        this.sequencer = sequencer;
        this.clock = clock;
        this.admission = admission;
        this.rights = rights;
    }

    /**
     * Runs the writer's transaction function (retried as a whole on transient errors, entries included),
     * then waits until the entries it appended are numbered. If numbering fails, the write stays committed
     * and the follower's sweep numbers its entries later; the failure is logged, not thrown, since the
     * change itself was saved.
     *
     * <p>Every write of a map passes here, so this is where the instance admits writes: at most
     * {@code disputatio.writes.max-concurrent} at once, from the transaction to the numbering; a write that
     * gets no slot within {@code disputatio.writes.max-wait} is refused with {@link WritesRefusedException}
     * before it touches the database (ADR 036). It is also where every write is checked last: an entry whose
     * user may not write its map ({@link WriteRights}) rolls the whole transaction back.
     */
    public <T extends @Nullable Object> T write(Work<T> work) {
        return admission.admit(() -> admitted(work));
    }

    /**
     * Runs {@code read} while no write of a map runs on this instance (ADR 043): it waits for the writes ahead of
     * it, up to {@link #QUIET_WAIT}, and holds every write slot until it returns, so that what it reads is
     * every write whole, its entries numbered, or not at all. Writes that come meanwhile wait for it, and after
     * {@code disputatio.writes.max-wait} are refused with {@link WritesRefusedException} (503, Retry-After).
     * Other instances of the app are not held: each admits its own writes.
     */
    public <T extends @Nullable Object> T whileWritesHeld(java.util.function.Supplier<T> read) {
        return admission.exclusive(QUIET_WAIT, read);
    }

    /** How long {@link #whileWritesHeld} waits for the running writes: a write holds its slot for seconds at most. */
    public static final java.time.Duration QUIET_WAIT = java.time.Duration.ofSeconds(30);

    private <T extends @Nullable Object> T admitted(Work<T> work) {
        var attempt = new AtomicReference<@Nullable Entries>();
        var check = rights.getIfAvailable();
        T result;
        try (var session = driver.session()) {
            result = session.executeWrite(tx -> {
                var entries = new Entries(tx, clock, check);
                attempt.set(entries);
                return work.run(tx, entries);
            });
        }
        var committed = attempt.get();
        if (committed != null) {
            for (MapId map : committed.maps) {
                try {
                    sequencer.sequence(map);
                } catch (RuntimeException e) {
                    log.warn(
                            "Saved a change of map {} but could not number it yet; the sweep will: {}",
                            map,
                            e.toString());
                }
            }
        }
        return result;
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

    /**
     * The newest changes of several maps made after {@code after}, newest first, at most {@code limit}: a group's
     * activity (mod13, ADR 038).
     */
    public List<Change> across(List<MapId> maps, java.time.Instant after, int limit) {
        if (maps.isEmpty()) {
            return List.of();
        }
        return changes.across(maps.stream().map(MapId::value).toList(), after, Math.clamp(limit, 1, MAX_LIMIT));
    }

    public Optional<Change> find(MapId map, long seq) {
        return changes.find(map, seq);
    }

    /** The seq an appended entry got; empty while it is not numbered. */
    Optional<Long> seqOf(String entryId) {
        return changes.seqOf(entryId);
    }
}
