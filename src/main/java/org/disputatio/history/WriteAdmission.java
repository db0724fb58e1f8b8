package org.disputatio.history;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lets at most a fixed number of writes of maps run at once on this instance; a write that finds them all
 * taken waits, first come first served, up to the configured wait, and is then refused with
 * {@link WritesRefusedException}. Without it an instance beyond its capacity queued every write at the
 * driver and answered only after the driver's 30 s of retries, when clients had given up (ADR 036).
 *
 * <p>Grouped writes (ratings and grades, ADR 046) have slots of their own: however many of them are admitted,
 * they hold only the group transactions' connections, and the more wait together the fewer transactions they
 * take, so limiting them to the few slots that bound the ordinary writes' transactions left both cores idle
 * (ADR 046, amendment of 2026-12-02 (2)). Their limit bounds how long an admitted one waits: at most the groups
 * that all the group transactions take at once.
 */
@Component
class WriteAdmission {

    /** Writes per core when none is configured: a few more than cores, since a write also waits on commits. */
    static final int PER_CORE = 4;

    private final Semaphore slots;
    private final int limit;
    private final Semaphore groupedSlots;
    private final int groupedLimit;
    private final Duration maxWait;

    @Autowired
    WriteAdmission(
            WriteProperties properties, @Value("${spring.neo4j.pool.max-connection-pool-size:100}") int poolSize) {
        this(
                limitOf(
                        properties.maxConcurrent(),
                        poolSize,
                        Runtime.getRuntime().availableProcessors()),
                groupedLimitOf(
                        properties.maxGrouped(),
                        properties.groupTransactions(),
                        properties.groupSize(),
                        Runtime.getRuntime().availableProcessors()),
                properties.maxWait());
    }

    /** Ordinary and grouped writes alike get {@code limit} slots (tests). */
    WriteAdmission(int limit, Duration maxWait) {
        this(limit, limit, maxWait);
    }

    WriteAdmission(int limit, int groupedLimit, Duration maxWait) {
        if (limit < 1) {
            throw new IllegalArgumentException("disputatio.writes.max-concurrent must be at least 1, not " + limit);
        }
        if (groupedLimit < 1) {
            throw new IllegalArgumentException("disputatio.writes.max-grouped must be at least 1, not " + groupedLimit);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("disputatio.writes.max-wait must not be negative, not " + maxWait);
        }
        this.limit = limit;
        this.groupedLimit = groupedLimit;
        this.maxWait = maxWait;
        this.slots = new Semaphore(limit, true);
        this.groupedSlots = new Semaphore(groupedLimit, true);
    }

    /**
     * The configured limit of grouped writes, or what the group transactions take at once: one group of
     * {@code groupSize} each, {@link #groupTransactionsOf one per core} unless configured.
     */
    static int groupedLimitOf(
            @org.jspecify.annotations.Nullable Integer configured,
            @org.jspecify.annotations.Nullable Integer groupTransactions,
            int groupSize,
            int cores) {
        return configured != null ? configured : groupTransactionsOf(groupTransactions, cores) * groupSize;
    }

    /** Groups running at once when none is configured: one per core, so one's commit overlaps another's work. */
    static int groupTransactionsOf(@org.jspecify.annotations.Nullable Integer configured, int cores) {
        return configured != null ? configured : Math.max(1, cores);
    }

    /** The configured limit, or {@value #PER_CORE} per core, never more than the driver's connections. */
    static int limitOf(@org.jspecify.annotations.Nullable Integer configured, int poolSize, int cores) {
        return configured != null ? configured : Math.max(1, Math.min(poolSize, PER_CORE * cores));
    }

    int limit() {
        return limit;
    }

    int groupedLimit() {
        return groupedLimit;
    }

    /** Runs the write once a slot is free, or refuses it if none frees up within the wait. */
    <T> T admit(Supplier<T> write) {
        return holding(slots, 1, limit, maxWait, write);
    }

    /** As {@link #admit}, for a grouped write (a rating, a grade), in the grouped writes' own slots. */
    <T> T admitGrouped(Supplier<T> write) {
        return holding(groupedSlots, 1, groupedLimit, maxWait, write);
    }

    /**
     * Runs {@code read} while no write of this instance runs: takes every slot, after the writes already running
     * or queued (the slots are first come first served), waiting up to {@code wait}. Writes that come meanwhile
     * queue behind it and are refused after the configured wait as usual. A backup reads under it, so that it is
     * a snapshot of this instance's writes (ADR 043).
     *
     * @throws WritesRefusedException if the writes ahead did not all finish within {@code wait}
     */
    <T> T exclusive(Duration wait, Supplier<T> read) {
        // Ordinary slots first, then the grouped ones, each within what is left of the wait; only this method
        // takes both, so two backups cannot deadlock.
        long deadline = System.nanoTime() + wait.toNanos();
        return holding(
                slots,
                limit,
                limit,
                wait,
                () -> holding(
                        groupedSlots,
                        groupedLimit,
                        groupedLimit,
                        Duration.ofNanos(Math.max(0, deadline - System.nanoTime())),
                        read));
    }

    private static <T> T holding(Semaphore semaphore, int permits, int limit, Duration wait, Supplier<T> work) {
        boolean admitted;
        try {
            admitted = semaphore.tryAcquire(permits, wait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            throw new WritesRefusedException(limit, wait.toMillis());
        }
        try {
            return work.get();
        } finally {
            semaphore.release(permits);
        }
    }
}
