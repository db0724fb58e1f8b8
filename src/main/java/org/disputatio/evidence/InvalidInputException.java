package org.disputatio.evidence;

/** Input a user can correct: {@code field} names the form field or JSON property, the message says what is wrong. */
public class InvalidInputException extends IllegalArgumentException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
