package org.disputatio.interchange;

/**
 * A file that is well-formed but whose content does not hold together (a premise that is no claim, two items of
 * one id); the API answers 422 with {@link #where()}.
 */
public class InconsistentFileException extends InterchangeFileException {

    public InconsistentFileException(String where, String message) {
        super(where, message);
    }
}
