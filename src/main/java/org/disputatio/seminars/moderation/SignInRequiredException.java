package org.disputatio.seminars.moderation;

/** A read that needs a signed-in caller (a group's activity): 401. */
public class SignInRequiredException extends RuntimeException {

    public SignInRequiredException(String message) {
        super(message);
    }
}
