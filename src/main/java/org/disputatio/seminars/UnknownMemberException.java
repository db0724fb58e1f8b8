package org.disputatio.seminars;

/** The user named is not in the group (404). */
public class UnknownMemberException extends RuntimeException {

    public UnknownMemberException(String username) {
        super("'" + username + "' is not in this group.");
    }
}
