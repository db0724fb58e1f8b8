package org.disputatio.security;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Creates accounts and checks passwords. Passwords are only ever stored as hashes (bcrypt through
 * Spring's delegating encoder, which records the algorithm so it can be upgraded later).
 */
@Service
public class AccountService implements UserDetailsService {

    static final Pattern USERNAME = Pattern.compile("[\\p{L}\\p{N}._-]{2,64}");
    static final int MIN_PASSWORD_LENGTH = 10;
    static final int MAX_PASSWORD_LENGTH = 128;

    private final Accounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(Accounts accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /**
     * @throws InvalidAccountInputException naming the field at fault
     * @throws DuplicateUsernameException if the name is taken
     */
    public Account createAccount(@Nullable String username, @Nullable String password, Set<Role> roles) {
        checkUsername(username);
        checkPassword(password);
        var withUser = EnumSet.of(Role.USER);
        withUser.addAll(roles);
        accounts.create(username, passwordEncoder.encode(password), withUser, clock.instant());
        return accounts.find(username).orElseThrow().account();
    }

    /** Creates the first admin, but only in a database without any account. */
    boolean createFirstAdmin(String username, String password) {
        checkPassword(password);
        return accounts.createIfNoAccountExists(
                username, passwordEncoder.encode(password), EnumSet.of(Role.USER, Role.ADMIN), clock.instant());
    }

    public void changePassword(String username, String currentPassword, String newPassword) {
        var stored = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        if (!passwordEncoder.matches(currentPassword, stored.passwordHash())) {
            throw new IllegalArgumentException("The current password is wrong.");
        }
        checkPassword(newPassword);
        accounts.updatePasswordHash(username, passwordEncoder.encode(newPassword));
    }

    /**
     * An admin sets another account's password, e.g. for accounts restored from a backup without their
     * password hashes (ADR 043), or for a user who forgot theirs.
     *
     * @throws UnknownAccountException if there is no such account
     */
    public void setPassword(String username, @Nullable String newPassword) {
        checkPassword(newPassword);
        if (!accounts.updatePasswordHash(username, passwordEncoder.encode(newPassword))) {
            throw new UnknownAccountException(username);
        }
    }

    public List<Account> accounts() {
        return accounts.all();
    }

    public long count() {
        return accounts.count();
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var stored = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(stored.account().username())
                .password(stored.passwordHash())
                .roles(stored.account().roles().stream().map(Role::name).toArray(String[]::new))
                .build();
    }

    private static void checkUsername(@Nullable String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new InvalidAccountInputException(
                    "username", "A user name has 2 to 64 letters, digits, dots, dashes or underscores.");
        }
    }

    private static void checkPassword(@Nullable String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > MAX_PASSWORD_LENGTH) {
            throw new InvalidAccountInputException(
                    "password",
                    "A password has " + MIN_PASSWORD_LENGTH + " to " + MAX_PASSWORD_LENGTH + " characters.");
        }
    }
}
