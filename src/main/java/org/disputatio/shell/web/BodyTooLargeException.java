package org.disputatio.shell.web;

import java.io.IOException;

/** A request body grew past the API's limit while it was being read (a chunked body has no length to check first). */
class BodyTooLargeException extends IOException {

    private final long limit;

    BodyTooLargeException(long limit) {
        super("The request body is larger than " + limit + " bytes.");
        this.limit = limit;
    }

    long limit() {
        return limit;
    }
}
