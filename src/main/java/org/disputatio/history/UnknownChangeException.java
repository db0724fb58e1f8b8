package org.disputatio.history;

/** There is no map, or no change with that seq in the map. */
public class UnknownChangeException extends RuntimeException {

    public UnknownChangeException(String message) {
        super(message);
    }
}
