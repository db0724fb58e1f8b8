package org.disputatio.security;

/** Input to an account or token that the service refuses, naming the field at fault. */
public class InvalidAccountInputException extends IllegalArgumentException {

    private final String field;

    public InvalidAccountInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
