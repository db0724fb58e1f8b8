package org.disputatio.seminars.moderation;

/** A refused field of a moderation request: 400 naming the field. */
public class ModerationInputException extends RuntimeException {

    private final String field;

    public ModerationInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
