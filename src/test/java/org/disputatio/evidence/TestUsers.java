package org.disputatio.evidence;

import java.util.Set;
import org.disputatio.security.AccountService;
import org.disputatio.security.DuplicateUsernameException;

/** Accounts for tests; they outlive {@code TestGraphs.clear}, so creating one twice is fine. */
public final class TestUsers {

    public static final String PASSWORD = "test-password-123";

    private TestUsers() {}

    public static void ensure(AccountService accounts, String... usernames) {
        for (String username : usernames) {
            try {
                accounts.createAccount(username, PASSWORD, Set.of());
            } catch (DuplicateUsernameException e) {
                // already there from an earlier test
            }
        }
    }
}
