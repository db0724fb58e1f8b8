package org.disputatio.security;

/** An account with this user name already exists. */
public class DuplicateUsernameException extends RuntimeException {
    public DuplicateUsernameException(String username) {
        super("An account named '" + username + "' already exists.");
    }
}
