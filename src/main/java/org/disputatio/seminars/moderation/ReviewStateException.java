package org.disputatio.seminars.moderation;

/** A decision the mark's state does not allow (resolving a removed item's mark, restoring a shown item): 409. */
public class ReviewStateException extends RuntimeException {

    public ReviewStateException(String message) {
        super(message);
    }
}
