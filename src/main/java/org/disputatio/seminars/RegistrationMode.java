package org.disputatio.seminars;

import java.util.Locale;
import java.util.Optional;

/** Who may create their own account ({@code disputatio.registration}, env {@code DISPUTATIO_REGISTRATION}). */
public enum RegistrationMode {
    /** Anyone. */
    OPEN,
    /** Only with a valid invitation code (the default: a server on the internet gets no strangers' accounts). */
    INVITE,
    /** Nobody: admins create accounts, as before issue 13. */
    CLOSED;

    public static final String PROPERTY = "disputatio.registration";

    static Optional<RegistrationMode> parse(String value) {
        for (var mode : values()) {
            if (mode.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                return Optional.of(mode);
            }
        }
        return Optional.empty();
    }
}
