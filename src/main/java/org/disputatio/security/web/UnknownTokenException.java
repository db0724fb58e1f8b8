package org.disputatio.security.web;

/** The caller holds no token with this id; someone else's token is reported the same way. */
class UnknownTokenException extends RuntimeException {
    UnknownTokenException(String id) {
        super("You have no API token with the id '" + id + "'.");
    }
}
