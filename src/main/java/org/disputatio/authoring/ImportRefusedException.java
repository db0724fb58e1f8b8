package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * A text or file that cannot become a map, and why, in words for the user: too large (413), of a type
 * that is not read (415), unreadable, encrypted, empty or with a line too long (422), or a field of the
 * request that is missing or invalid (400, naming {@link #field()}). Nothing is written when it is thrown.
 */
public class ImportRefusedException extends RuntimeException {

    /** How the refusal reads over HTTP. */
    public enum Reason {
        INVALID(400),
        TOO_LARGE(413),
        UNSUPPORTED(415),
        UNREADABLE(422);

        private final int status;

        Reason(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    private final Reason reason;
    private final @Nullable String field;

    public ImportRefusedException(Reason reason, @Nullable String field, String message) {
        super(message);
        this.reason = reason;
        this.field = field;
    }

    public ImportRefusedException(Reason reason, @Nullable String field, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.field = field;
    }

    public Reason reason() {
        return reason;
    }

    /** The request field at fault ({@code file}, {@code text}, {@code title}…), if one is. */
    public @Nullable String field() {
        return field;
    }
}
