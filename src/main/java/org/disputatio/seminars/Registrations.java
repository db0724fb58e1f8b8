package org.disputatio.seminars;

import java.util.Set;
import org.disputatio.security.AccountService;
import org.disputatio.security.DuplicateUsernameException;
import org.disputatio.security.SignInThrottle;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;

/**
 * Self-registration (issue 13 point 1): who may register follows {@link RegistrationMode}; an invitation given with
 * it joins its group. Passwords follow {@link AccountService}'s rules and are stored hashed by it. Every refused
 * attempt counts against the client's address in the sign-in throttle, so invitation codes cannot be guessed at
 * speed and nobody makes the server hash passwords without end.
 *
 * <p>The mode is read from the environment at each call, so an operator's setting (and a test's) applies without a
 * restart of this service; an unknown value stops the start-up.
 */
@Service
public class Registrations {

    private final Environment environment;
    private final AccountService accounts;
    private final GroupService groups;
    private final SignInThrottle throttle;

    Registrations(Environment environment, AccountService accounts, GroupService groups, SignInThrottle throttle) {
        this.environment = environment;
        this.accounts = accounts;
        this.groups = groups;
        this.throttle = throttle;
        mode();
    }

    public RegistrationMode mode() {
        String value = environment.getProperty(RegistrationMode.PROPERTY, "invite");
        return RegistrationMode.parse(value)
                .orElseThrow(() -> new IllegalStateException(
                        RegistrationMode.PROPERTY + " is open, invite or closed," + " not '" + value + "'"));
    }

    /**
     * Creates the account and, with an invitation, joins its group.
     *
     * @param address the client's address, for the throttle
     */
    public Registered register(
            @Nullable String username, @Nullable String password, @Nullable String invitation, String address) {
        var wait = throttle.lockedOut(null, address);
        if (wait.isPresent()) {
            throw new RegistrationThrottledException(Math.max(1, wait.get().toSeconds() + 1));
        }
        try {
            return attempt(username, password, blankToNull(invitation));
        } catch (RegistrationRefusedException
                | UnknownInvitationException
                | ExpiredInvitationException
                | DuplicateUsernameException
                | IllegalArgumentException e) {
            throttle.failed(null, address);
            throw e;
        }
    }

    private Registered attempt(@Nullable String username, @Nullable String password, @Nullable String invitation) {
        var mode = mode();
        if (mode == RegistrationMode.CLOSED) {
            throw new RegistrationRefusedException("Registration is closed here: ask an administrator for an account.");
        }
        if (mode == RegistrationMode.INVITE && invitation == null) {
            throw new RegistrationRefusedException(
                    "Registration here needs an invitation: open the link you were sent, or enter its code.");
        }
        if (invitation != null) {
            groups.usable(invitation);
        }
        var account = accounts.createAccount(username, password, Set.of());
        Joined joined = invitation == null ? null : groups.accept(invitation, account.username());
        return new Registered(account.username(), joined);
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
