package org.disputatio.history;

/** The change cannot be undone as things stand; the message says why (the later change, or what depends on it). */
public class UndoConflictException extends RuntimeException {

    public UndoConflictException(String message) {
        super(message);
    }
}
