package org.disputatio.seminars.moderation;

/** No such mark (or item to mark) in the map: 404. */
public class UnknownReviewException extends RuntimeException {

    private final String kind;
    private final String id;

    public UnknownReviewException(String kind, String id) {
        super("There is no " + kind + " '" + id + "'.");
        this.kind = kind;
        this.id = id;
    }

    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
