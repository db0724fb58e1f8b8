package org.disputatio.backup;

/**
 * A restore that Neo4j stopped because its one transaction outgrew the memory allowed to transactions (by default
 * 70% of the heap, {@code dbms.memory.transaction.total.max}); the transaction was rolled back, nothing was
 * written. A larger file than this JVM's heap can restore, hence a {@link RestoreTooLargeException} (413).
 */
public final class RestoreOutOfMemoryException extends RestoreTooLargeException {

    RestoreOutOfMemoryException(long heap, String reason, Throwable cause) {
        super(
                "The backup is too large to restore with a heap of " + (heap >> 20) + " MB: Neo4j holds the whole"
                        + " restore in memory until it commits, and stopped it (" + reason + "). Nothing was"
                        + " written. Restore it with the command line, the app stopped, in a JVM with a larger"
                        + " heap (java -Xmx… -jar disputatio.jar restore --in FILE; README \"Backup and restore\""
                        + " gives the heap a backup needs).",
                heap,
                cause);
    }
}
