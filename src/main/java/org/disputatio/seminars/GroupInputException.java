package org.disputatio.seminars;

/** Input about a group, a role or an invitation that is refused, naming the field at fault (400). */
public class GroupInputException extends IllegalArgumentException {

    private final String field;

    public GroupInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
