package org.disputatio.history;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.RetryableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

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
     * Writes of one shape that a group runs in one statement (ADR 046): each caller's request is a row of it, and
     * the statement's result tells every row's outcome, so one statement and one round trip serve the whole group.
     *
     * @param <R> one caller's request
     * @param <T> what the caller gets back
     */
    @FunctionalInterface
    public interface Batch<R, T extends @Nullable Object> {

        /**
         * Runs the requests in the caller's transaction as if one after the other, in their order (a request sees
         * what the ones before it wrote), and returns each one's outcome in the same order. A request
         * {@link Refused} must have written nothing. Must be retryable as a whole, like every transaction function.
         */
        List<Outcome<T>> run(TransactionContext tx, List<R> requests);
    }

    /** One request's outcome in a {@link Batch}. */
    public sealed interface Outcome<T extends @Nullable Object> {}

    /** The request was written: its log entry (checked by {@link WriteRights}) and what its caller gets back. */
    public record Written<T extends @Nullable Object>(ChangeEntry entry, T result) implements Outcome<T> {}

    /** The request was refused and wrote nothing (an unknown item): its caller's exception, the others commit. */
    public record Refused<T extends @Nullable Object>(RuntimeException failure) implements Outcome<T> {}

    /**
     * The entries of one attempt of a writer's transaction, recorded as pending in it. Created by
     * {@link #write} and {@link #writeGrouped} only, so that no entry can be recorded without being numbered: after
     * the commit for {@code write}, in the group's own transaction for {@code writeGrouped} (ADR 046, amendment (3)).
     */
    public static final class Entries {
        private final TransactionContext tx;
        private final Supplier<Instant> now;
        private final @Nullable WriteRights rights;
        /** The writers a group's transaction has already checked for a map: one check each per group. */
        private final @Nullable Set<Writer> allowed;

        private final Set<MapId> maps = new LinkedHashSet<>();
        /** A grouped write's entries, created for the whole group in one statement once every work ran. */
        private final @Nullable List<Map<String, Object>> deferred;

        private Entries(TransactionContext tx, Supplier<Instant> now, @Nullable WriteRights rights) {
            this(tx, now, rights, null, false);
        }

        private Entries(
                TransactionContext tx,
                Supplier<Instant> now,
                @Nullable WriteRights rights,
                @Nullable Set<Writer> allowed,
                boolean grouped) {
            this.tx = tx;
            this.now = now;
            this.rights = rights;
            this.allowed = allowed;
            this.deferred = grouped ? new ArrayList<>() : null;
        }

        /** Records the entry in the writer's transaction; it gets its seq once the transaction committed. */
        public void append(ChangeEntry entry) {
            record(entry, entry.kind().personal(), null);
        }

        String appendUndo(ChangeEntry entry, Change undone) {
            return record(entry, undone.personal(), undone.seq());
        }

        private String record(ChangeEntry entry, boolean personal, @Nullable Long undoes) {
            check(entry);
            String id = UUID.randomUUID().toString();
            if (deferred != null) {
                deferred.add(Changes.params(id, entry, now.get(), personal, undoes));
            } else {
                Changes.record(tx, id, entry, now.get(), personal, undoes);
            }
            maps.add(entry.map());
            return id;
        }

        private void check(ChangeEntry entry) {
            if (rights == null) return;
            var writer = new Writer(entry.map(), entry.user());
            if (allowed != null && allowed.contains(writer)) return;
            rights.check(tx, entry.map(), entry.user());
            if (allowed != null) allowed.add(writer);
        }
    }

    /** A user writing to a map, as {@link WriteRights} checks it. */
    private record Writer(MapId map, String user) {}

    private final Driver driver;
    private final Changes changes;
    private final Sequencer sequencer;
    private final Clock clock;
    private final WriteAdmission admission;
    /**
     * The check found once, at the first write (the seminars module that implements it depends on this one, so it
     * cannot be injected); looking it up in the bean factory on every write cost ~0.4 % of a rating's CPU.
     */
    private final SingletonSupplier<WriteRights> rights;

    private final GroupCommit<Request<?, ?>> groups;

    ChangeLog(
            Driver driver,
            Changes changes,
            Sequencer sequencer,
            Clock clock,
            WriteAdmission admission,
            ObjectProvider<WriteRights> rights,
            WriteProperties properties) {
        this.driver = driver;
        this.changes = changes;
        this.sequencer = sequencer;
        this.clock = clock;
        this.admission = admission;
        this.rights = SingletonSupplier.ofNullable(rights::getIfAvailable);
        this.groups = new GroupCommit<>(
                new GroupTransactions(),
                WriteAdmission.groupTransactionsOf(
                        properties.groupTransactions(), Runtime.getRuntime().availableProcessors()),
                properties.groupSize());
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

    /**
     * As {@link #write}, for the small independent writes many users make at once (ratings and grades): the
     * request may share its transaction, and its statement, with requests of the same {@code batch} from other
     * callers that arrived meanwhile, each with its own entry, its own result and its own failure (ADR 046). It
     * returns, like {@link #write}, once that transaction committed with its entries numbered (in it, under the
     * map's counter lock, so one commit serves both). Each caller still takes its own admission slot, among the
     * grouped writes' ({@code disputatio.writes.max-grouped}). The batch may run again, without a companion whose
     * entry was refused.
     */
    @SuppressWarnings("unchecked")
    public <R, T extends @Nullable Object> T writeGrouped(Batch<R, T> batch, R request) {
        return admission.admitGrouped(() -> groups.write(new Request<>(batch, request), result -> (T) result));
    }

    /** How many grouped writes wait for a group now (tests watch it to know that writes queued). */
    int queuedForGroups() {
        return groups.queued();
    }

    /** One caller's request of a grouped write and the batch that runs it. */
    private record Request<R, T extends @Nullable Object>(Batch<R, T> batch, R request) {}

    private <T extends @Nullable Object> T admitted(Work<T> work) {
        var attempt = new AtomicReference<@Nullable Entries>();
        var check = rights.get();
        T result;
        try (var session = driver.session()) {
            result = session.executeWrite(tx -> {
                var entries = new Entries(tx, clock::instant, check);
                attempt.set(entries);
                return work.run(tx, entries);
            });
        }
        var committed = attempt.get();
        if (committed != null) {
            number(committed.maps);
        }
        return result;
    }

    private void number(Set<MapId> maps) {
        for (MapId map : maps) {
            try {
                sequencer.sequence(map);
            } catch (RuntimeException e) {
                log.warn("Saved a change of map {} but could not number it yet; the sweep will: {}", map, e.toString());
            }
        }
    }

    /** One transaction for a group of works, which also numbers the entries of every map the group wrote to. */
    private final class GroupTransactions implements GroupCommit.Groups<Request<?, ?>> {

        @Override
        public void run(List<GroupCommit.Write<Request<?, ?>>> group) {
            var worked = new AtomicBoolean();
            var check = rights.get();
            try (var session = driver.session()) {
                session.executeWrite(tx -> {
                    worked.set(false);
                    var all = new ArrayList<Entries>(group.size());
                    var allowed = new HashSet<Writer>();
                    var now = strictlyLater(clock);
                    for (var writes : byBatch(group)) {
                        var outcomes = outcomes(tx, writes);
                        for (int i = 0; i < writes.size(); i++) {
                            var write = writes.get(i);
                            switch (outcomes.get(i)) {
                                case Refused<?> refused -> write.reject(refused.failure());
                                case Written<?> written -> {
                                    var entries = new Entries(tx, now, check, allowed, true);
                                    all.add(entries);
                                    append(write, entries, written.entry());
                                    write.result(written.result());
                                }
                            }
                        }
                    }
                    worked.set(true);
                    Changes.recordAll(
                            tx,
                            all.stream()
                                    .flatMap(e -> Objects.requireNonNull(e.deferred).stream())
                                    .toList());
                    // Numbered here, under the counter's lock until this commit, not in a sequencing transaction
                    // after it: one commit per group instead of two (ADR 046, amendment (3)). Maps in id order, so
                    // two groups writing the same maps cannot deadlock on their counters.
                    all.stream()
                            .flatMap(e -> e.maps.stream())
                            .distinct()
                            .sorted(Comparator.comparing(MapId::value))
                            .forEach(map -> Changes.sequenceIn(tx, map));
                    return null;
                });
            } catch (RuntimeException e) {
                // After every batch ran, only the entries' statement or the commit can have failed: run the writes
                // singly to learn whose it was, unless it is the database's (then it is everyone's, as alone).
                if (worked.get()
                        && !(e instanceof RetryableException)
                        && !(e instanceof GroupCommit.WorkFailed)
                        && !(e instanceof GroupCommit.NoCulprit)) {
                    throw new GroupCommit.NoCulprit(e);
                }
                throw e;
            }
        }

        /** The group's writes by batch, each batch's in order of arrival, the batches in order of their first. */
        private static List<List<GroupCommit.Write<Request<?, ?>>>> byBatch(
                List<GroupCommit.Write<Request<?, ?>>> group) {
            var byBatch = new LinkedHashMap<Batch<?, ?>, List<GroupCommit.Write<Request<?, ?>>>>();
            for (var write : group) {
                byBatch.computeIfAbsent(write.work.batch(), b -> new ArrayList<>())
                        .add(write);
            }
            return List.copyOf(byBatch.values());
        }

        /**
         * One statement for the writes of one batch. If it throws, no row can be blamed: the writes run again one
         * at a time ({@link GroupCommit.NoCulprit}), where the failure is the one write's own.
         */
        @SuppressWarnings({"unchecked", "rawtypes"})
        private static List<? extends Outcome<?>> outcomes(
                TransactionContext tx, List<GroupCommit.Write<Request<?, ?>>> writes) {
            Batch batch = writes.getFirst().work.batch();
            var requests = writes.stream().map(w -> w.work.request()).toList();
            try {
                List<? extends Outcome<?>> outcomes = batch.run(tx, requests);
                if (outcomes.size() != requests.size()) {
                    throw new IllegalStateException(
                            "A batch of " + requests.size() + " requests gave " + outcomes.size() + " outcomes.");
                }
                return outcomes;
            } catch (RuntimeException e) {
                if (e instanceof RetryableException) {
                    throw e; // the driver runs the whole group again
                }
                throw new GroupCommit.NoCulprit(e);
            }
        }

        /** Appends a written request's entry; a refusal ({@link WriteRights}) is that write's alone. */
        private static void append(GroupCommit.Write<?> write, Entries entries, ChangeEntry entry) {
            try {
                entries.append(entry);
            } catch (RuntimeException e) {
                if (e instanceof RetryableException) {
                    throw e; // the driver runs the whole group again
                }
                throw new GroupCommit.WorkFailed(write, e);
            }
        }

        /**
         * The times of one attempt's entries, each later than the one before: the sequencer numbers a map's entries
         * by time, and two ratings of one item in one group must be numbered in the order they were made (the second's
         * state before is the first's value), even when the clock gives both the same instant.
         */
        private static Supplier<Instant> strictlyLater(Clock clock) {
            var last = new AtomicReference<Instant>(Instant.MIN);
            return () -> last.updateAndGet(previous -> {
                var now = clock.instant();
                return now.isAfter(previous) ? now : previous.plusNanos(1);
            });
        }
    }

    /**
     * Where a map's log stands: the map's stored node ({@code elementId}; a map deleted and created again under the
     * same id is another node, whose log starts again) and its highest seq (0 before any change).
     */
    public record Position(String map, long seq) {}

    /** The map's node and highest seq in one query of the caller's transaction; empty for an unknown map. */
    public Optional<Position> position(TransactionContext tx, MapId map) {
        return Changes.position(tx, map);
    }

    /**
     * Up to {@code limit} changes after {@code after}, in seq order, read in the caller's transaction: a reader that
     * already knows the map and its last seq (the evaluation catching up) reads the page and the changed items in
     * one transaction.
     */
    public List<Change> after(TransactionContext tx, MapId map, long after, int limit) {
        return Changes.page(tx, map, Math.max(0, after), Math.clamp(limit, 1, MAX_LIMIT));
    }

    /** One change by its seq, read in the caller's transaction. */
    public Optional<Change> find(TransactionContext tx, MapId map, long seq) {
        return Changes.one(tx, map, seq);
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
