package org.disputatio.seminars;

/** The change would leave the group without an owner (409): make someone else owner first. */
public class LastOwnerException extends RuntimeException {

    public LastOwnerException() {
        super("A group keeps at least one owner: make another member owner first.");
    }
}
