package org.disputatio.interchange;

/**
 * A file that cannot be read as the format it was sent as; the API answers 400 (or 422 when it is
 * well-formed but inconsistent) with {@link #where()} and the message.
 */
public class InterchangeFileException extends RuntimeException {

    private final String where;

    /** @param where the line ({@code line 12}) or node ({@code node 117}) at fault, or {@code file} */
    public InterchangeFileException(String where, String message) {
        super(message);
        this.where = where;
    }

    public String where() {
        return where;
    }
}
