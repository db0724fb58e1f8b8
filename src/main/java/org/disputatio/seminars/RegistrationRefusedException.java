package org.disputatio.seminars;

/** Registration is closed, or needs an invitation that was not given (403). */
public class RegistrationRefusedException extends RuntimeException {

    public RegistrationRefusedException(String message) {
        super(message);
    }
}
