package org.disputatio.backup;

import org.jspecify.annotations.Nullable;

/**
 * A backup file that cannot be restored, with where it goes wrong: the line and column in the file and the
 * JSON path of the value at fault ({@code nodes[12].properties.createdAt}). {@code malformed} means the file
 * is not JSON at all (400); otherwise it is JSON that is not a backup of this format and version (422).
 */
public class BackupFileException extends RuntimeException {

    private final long line;
    private final long column;
    private final String path;
    private final boolean malformed;

    public BackupFileException(String message, long line, long column, String path, boolean malformed) {
        this(message, line, column, path, malformed, null);
    }

    public BackupFileException(
            String message, long line, long column, String path, boolean malformed, @Nullable Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
        this.path = path;
        this.malformed = malformed;
    }

    public long line() {
        return line;
    }

    public long column() {
        return column;
    }

    /** The JSON path of the value at fault, empty for the file as a whole. */
    public String path() {
        return path;
    }

    public boolean malformed() {
        return malformed;
    }
}
