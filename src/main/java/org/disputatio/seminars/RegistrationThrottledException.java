package org.disputatio.seminars;

/** Too many failed registrations from this address (429); {@code seconds} to wait before trying again. */
public class RegistrationThrottledException extends RuntimeException {

    private final long seconds;

    public RegistrationThrottledException(long seconds) {
        super("Too many failed registrations from this address; retry in " + seconds + " s.");
        this.seconds = seconds;
    }

    public long seconds() {
        return seconds;
    }
}
