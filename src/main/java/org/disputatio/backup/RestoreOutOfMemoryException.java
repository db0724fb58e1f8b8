package org.disputatio.backup;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A restore too large for this JVM's heap: refused before anything was written ({@link RestoreHeap#admit}), or
 * stopped and rolled back, by Neo4j past the memory it allows transactions ({@code
 * dbms.memory.transaction.total.max}, 70% of the heap by default) or by {@link HeapWatch} when the heap stayed
 * full after collections. Nothing was written. A {@link RestoreTooLargeException} (413): the advice is the same, a
 * larger heap.
 */
public final class RestoreOutOfMemoryException extends RestoreTooLargeException {

    private static final String ADVICE = "Nothing was written. Restore it with the command line, the app stopped, in"
            + " a JVM with a larger heap (java -Xmx… -jar disputatio.jar restore --in FILE; README \"Backup and"
            + " restore\" gives the heap a backup needs).";

    private RestoreOutOfMemoryException(String message, long heap, @Nullable Throwable cause) {
        super(message, heap, cause);
    }

    /** Neo4j stopped the transaction for its memory ({@code reason}: its error code). */
    static RestoreOutOfMemoryException stoppedByNeo4j(long heap, String reason, Throwable cause) {
        return new RestoreOutOfMemoryException(
                "The backup is too large to restore with a heap of " + mb(heap) + ": Neo4j holds the whole restore in"
                        + " memory until it commits, and stopped it (" + reason + "). " + ADVICE,
                heap,
                cause);
    }

    /** Refused before reading: the estimate for a file of {@code size} bytes exceeds what the heap has free. */
    static RestoreOutOfMemoryException refused(long size, long heap, long estimate, long free, long heapNeeded) {
        return new RestoreOutOfMemoryException(
                "The backup (" + mb(size) + ") is too large to restore with a heap of " + mb(heap) + ": a restore"
                        + " holds about " + mb(estimate) + " for a file of this size"
                        + " (disputatio.backup.restore-heap-per-byte), and this heap has " + mb(free) + " to give"
                        + " it. Give the JVM at least -Xmx" + ((heapNeeded + (1 << 20) - 1) >> 20) + "m. " + ADVICE,
                heap,
                null);
    }

    /** Stopped by {@link HeapWatch}: the heap stayed above {@code percent} of its maximum after collections. */
    static RestoreOutOfMemoryException stoppedByWatch(long heap, int percent, int collections) {
        return new RestoreOutOfMemoryException(
                "The backup is too large to restore with a heap of " + mb(heap) + ": the heap was still over "
                        + percent + "% full after " + collections + " garbage collections in a row, so the restore"
                        + " was stopped and rolled back before the JVM ran out of memory. " + ADVICE,
                heap,
                null);
    }

    private static String mb(long bytes) {
        return bytes >= 100L << 20 ? (bytes >> 20) + " MB" : String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
    }
}
