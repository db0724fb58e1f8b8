package org.disputatio.seminars;

/** No invitation has this code (404). */
public class UnknownInvitationException extends RuntimeException {

    public UnknownInvitationException() {
        super("There is no invitation with this code: check it, or ask for a new one.");
    }
}
