package org.disputatio.security;

/** An account named in a request does not exist. */
public class UnknownAccountException extends RuntimeException {

    public UnknownAccountException(String username) {
        super("There is no account '" + username + "'.");
    }
}
