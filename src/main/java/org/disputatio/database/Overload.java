package org.disputatio.database;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.concurrent.TimeoutException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells apart the database failures that mean "too busy or out of reach right now, try again" from bugs:
 * the driver's connection pool exhausted (its pending-acquisition queue full, or no connection within the
 * acquisition timeout), a transient error still there after the driver's retries (deadlock, lock timeout,
 * memory limit), or the server unreachable; also a write refused by the instance's own admission of writes
 * (history's {@code WritesRefusedException}, whose cause is a {@link TimeoutException}; ADR 036). The API
 * answers those with 503 and {@code Retry-After}, never 500.
 */
public final class Overload {

    /** What the API sends in {@code Retry-After}: long enough for a burst to drain on a small machine. */
    public static final int RETRY_AFTER_SECONDS = 2;

    /** The problem's detail: what the client should do. */
    public static final String DETAIL = "The server is too busy, or cannot reach its database, to answer this"
            + " request now. Try again in " + RETRY_AFTER_SECONDS + " seconds.";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Overload() {}

    /** Whether {@code failure}, or any of its causes, is one of those errors. */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof TransientException
                    || t instanceof ServiceUnavailableException
                    || t instanceof SessionExpiredException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t.getCause() == t) {
                return false;
            }
        }
        return false;
    }

    /** Writes the 503 problem with {@code Retry-After} (also where Spring Security caught the failure itself). */
    public static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", Overload.DETAIL);
        problem.put("instance", request.getRequestURI());
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Overload.RETRY_AFTER_SECONDS));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
