package org.disputatio.seminars;

/** The invitation existed but its time is over (410): the person who sent it can make a new one. */
public class ExpiredInvitationException extends RuntimeException {

    public ExpiredInvitationException() {
        super("This invitation has expired: ask the person who sent it for a new one.");
    }
}
