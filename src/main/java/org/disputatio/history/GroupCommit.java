package org.disputatio.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Runs concurrent writes many per transaction (flat combining, ADR 046). A write that arrives while fewer than
 * {@code transactions} groups are running leads a group of its own at once: a lone write never waits for
 * companions. A write that arrives while they all run queues; when a group has committed, its leader hands the
 * writes queued meanwhile (at most {@code maxSize}, first come first) to the first of them, who runs them as the
 * next group. Every caller returns once its group committed, with its own result or its own exception: a write
 * refused without having written anything ({@link Write#reject}) fails alone and the others commit as they are; a
 * write whose work fails ({@link WorkFailed}) fails alone and the group is run again without it; a group that fails
 * after its works ran for a reason none of them can be blamed for ({@link NoCulprit}) is run again one write at a
 * time; any other failure (the database unreachable, the pool exhausted, retries run out) is every write's answer,
 * as it would have been alone.
 *
 * @param <W> what one write is (the change log's work)
 */
final class GroupCommit<W> {

    /** Runs one group of writes in one transaction, committed before it returns. */
    interface Groups<W> {

        /**
         * Runs the writes in one transaction, sets each one's {@link Write#result} (or {@link Write#reject}s it, if it
         * wrote nothing) and commits. Any other failure
         * than the two below concerns the database or the transaction as a whole, and is every write's answer.
         *
         * @throws WorkFailed if one write's own work failed: nothing of the group is committed
         * @throws NoCulprit if the group failed after every work ran, for a reason none of them can be blamed for
         */
        void run(List<Write<W>> group);
    }

    /** The group failed after its works ran (its last statement, its commit); running them singly tells whose. */
    static final class NoCulprit extends RuntimeException {
        NoCulprit(RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** One write's work failed in its own way (not transiently); the group's transaction was rolled back. */
    static final class WorkFailed extends RuntimeException {
        private final transient Write<?> write;

        WorkFailed(Write<?> write, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.write = write;
        }
    }

    /** One caller's write, its outcome, and the group it was handed to lead, if it was. */
    static final class Write<W> {
        final W work;
        private final CountDownLatch turn = new CountDownLatch(1);
        private @Nullable Object result;
        private @Nullable RuntimeException rejection;
        private @Nullable Throwable failure;
        private volatile boolean done;
        private @Nullable List<Write<W>> toLead;

        Write(W work) {
            this.work = work;
        }

        /** What the work returned in the attempt that committed; set by {@link Groups#run}. */
        void result(@Nullable Object value) {
            this.result = value;
            this.rejection = null;
        }

        /**
         * The write's own failure in the attempt that committed, found without it having written anything (an
         * unknown item: its row of the group's statement matched nothing), so its companions commit without a rerun.
         * Set by {@link Groups#run}; a later attempt's {@link #result} replaces it.
         */
        void reject(RuntimeException failure) {
            this.rejection = failure;
            this.result = null;
        }

        private void finish(@Nullable Throwable failure) {
            this.failure = failure;
            this.done = true;
            turn.countDown();
        }

        private void lead(List<Write<W>> group) {
            this.toLead = group;
            turn.countDown();
        }
    }

    private final Groups<W> groups;
    private final int transactions;
    private final int maxSize;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Write<W>> queue = new ArrayDeque<>();
    /** Groups running or handed over; read and written under {@link #lock}. */
    private int leaders;

    GroupCommit(Groups<W> groups, int transactions, int maxSize) {
        if (transactions < 1 || maxSize < 1) {
            throw new IllegalArgumentException(
                    "A group commit needs at least one transaction and one write per group, not " + transactions
                            + " and " + maxSize);
        }
        this.groups = groups;
        this.transactions = transactions;
        this.maxSize = maxSize;
    }

    /**
     * Runs the write in a group and returns its result once that group committed, or throws its own exception.
     * {@code as} casts the result back to what the caller's work returns.
     */
    <T extends @Nullable Object> T write(W work, Function<@Nullable Object, T> as) {
        var write = new Write<>(work);
        @Nullable List<Write<W>> group = null;
        lock.lock();
        try {
            // Invariant: writes queue only while every transaction is taken, so a new leader's queue is empty.
            queue.add(write);
            if (leaders < transactions) {
                leaders++;
                group = take();
            }
        } finally {
            lock.unlock();
        }
        if (group == null) {
            awaitTurn(write);
            group = write.toLead;
        }
        if (group != null) {
            // This write is the group's first: running the group finishes it.
            try {
                run(group);
            } finally {
                handOver();
            }
        }
        return outcome(write, as);
    }

    /** How many writes wait for a group now (tests watch it to know that writes queued). */
    int queued() {
        lock.lock();
        try {
            return queue.size();
        } finally {
            lock.unlock();
        }
    }

    /** The writes queued, at most {@link #maxSize}, in order of arrival; under {@link #lock}. */
    private List<Write<W>> take() {
        var group = new ArrayList<Write<W>>(Math.min(queue.size(), maxSize));
        while (!queue.isEmpty() && group.size() < maxSize) {
            group.add(queue.poll());
        }
        return group;
    }

    /** Gives what queued while this group ran to its first writer, or frees the transaction. */
    private void handOver() {
        @Nullable List<Write<W>> next = null;
        lock.lock();
        try {
            if (queue.isEmpty()) {
                leaders--;
            } else {
                next = take();
            }
        } finally {
            lock.unlock();
        }
        if (next != null) {
            next.getFirst().lead(next);
        }
    }

    private void run(List<Write<W>> group) {
        var remaining = new ArrayList<>(group);
        while (!remaining.isEmpty()) {
            try {
                groups.run(remaining);
                remaining.forEach(w -> w.finish(w.rejection));
                return;
            } catch (WorkFailed failed) {
                // Rolled back: the others run again without the write whose work failed.
                Write<?> culprit = failed.write;
                culprit.finish(failed.getCause());
                if (!remaining.removeIf(w -> w == culprit)) {
                    // Not one of this group's: nothing to blame, so nothing to run again.
                    remaining.forEach(w -> w.finish(failed.getCause()));
                    return;
                }
            } catch (NoCulprit failure) {
                if (remaining.size() == 1) {
                    remaining.getFirst().finish(failure.getCause());
                } else {
                    remaining.forEach(this::runAlone);
                }
                return;
            } catch (RuntimeException failure) {
                remaining.forEach(w -> w.finish(failure));
                return;
            } catch (Error error) {
                remaining.forEach(w -> w.finish(error));
                throw error;
            }
        }
    }

    private void runAlone(Write<W> write) {
        try {
            groups.run(List.of(write));
            write.finish(write.rejection);
        } catch (WorkFailed | NoCulprit failed) {
            write.finish(failed.getCause());
        } catch (RuntimeException | Error failure) {
            write.finish(failure);
        }
    }

    private static void awaitTurn(Write<?> write) {
        boolean interrupted = false;
        while (true) {
            try {
                write.turn.await();
                break;
            } catch (InterruptedException e) {
                // The write is in a group already: it commits or fails whether its caller waits or not.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static <T extends @Nullable Object> T outcome(Write<?> write, Function<@Nullable Object, T> as) {
        if (!write.done) {
            throw new IllegalStateException("A grouped write returned before its group ran.");
        }
        Throwable failure = write.failure;
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        return as.apply(write.result);
    }
}
