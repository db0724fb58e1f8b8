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
 */
@Component
class WriteAdmission {

    /** Writes per core when none is configured: a few more than cores, since a write also waits on commits. */
    static final int PER_CORE = 4;

    private final Semaphore slots;
    private final int limit;
    private final Duration maxWait;

    @Autowired
    WriteAdmission(
            WriteProperties properties, @Value("${spring.neo4j.pool.max-connection-pool-size:100}") int poolSize) {
        this(
                limitOf(
                        properties.maxConcurrent(),
                        poolSize,
                        Runtime.getRuntime().availableProcessors()),
                properties.maxWait());
    }

    WriteAdmission(int limit, Duration maxWait) {
        if (limit < 1) {
            throw new IllegalArgumentException("disputatio.writes.max-concurrent must be at least 1, not " + limit);
        }
        if (maxWait.isNegative()) {
            throw new IllegalArgumentException("disputatio.writes.max-wait must not be negative, not " + maxWait);
        }
        this.limit = limit;
        this.maxWait = maxWait;
        this.slots = new Semaphore(limit, true);
    }

    /** The configured limit, or {@value #PER_CORE} per core, never more than the driver's connections. */
    static int limitOf(@org.jspecify.annotations.Nullable Integer configured, int poolSize, int cores) {
        return configured != null ? configured : Math.max(1, Math.min(poolSize, PER_CORE * cores));
    }

    int limit() {
        return limit;
    }

    /** Runs the write once a slot is free, or refuses it if none frees up within the wait. */
    <T> T admit(Supplier<T> write) {
        return holding(1, maxWait, write);
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
        return holding(limit, wait, read);
    }

    private <T> T holding(int permits, Duration wait, Supplier<T> work) {
        boolean admitted;
        try {
            admitted = slots.tryAcquire(permits, wait.toNanos(), TimeUnit.NANOSECONDS);
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
            slots.release(permits);
        }
    }
}
