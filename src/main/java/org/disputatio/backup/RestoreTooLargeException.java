package org.disputatio.backup;

import org.jspecify.annotations.Nullable;

/** A restore whose file is larger than {@code disputatio.backup.max-restore-size}; nothing was written. */
public class RestoreTooLargeException extends RuntimeException {

    private final long limit;

    public RestoreTooLargeException(long limit) {
        super("The backup file is larger than the limit of " + limit
                + " bytes (disputatio.backup.max-restore-size); use the command line for larger files.");
        this.limit = limit;
    }

    /** With another explanation: {@link RestoreOutOfMemoryException}. */
    RestoreTooLargeException(String message, long limit, @Nullable Throwable cause) {
        super(message, cause);
        this.limit = limit;
    }

    public long limit() {
        return limit;
    }
}
