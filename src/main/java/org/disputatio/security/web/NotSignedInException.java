package org.disputatio.security.web;

/**
 * A read that only makes sense for a signed-in caller. GET requests under /api are open to
 * anonymous visitors in the security configuration, so these endpoints check for themselves.
 */
class NotSignedInException extends RuntimeException {
    NotSignedInException() {
        super("Sign in first: send an API token (Authorization: Bearer …) or HTTP Basic credentials.");
    }
}
