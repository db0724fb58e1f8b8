package org.disputatio.shell.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem details written by hand, for the places that run outside Spring MVC (Tomcat's
 * error valve, the body-limit filter, the error page): the same fields the controllers' problems
 * carry, and a detail that says what to do, never how the server failed.
 */
final class ProblemJson {

    static final String MEDIA_TYPE = "application/problem+json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemJson() {}

    /** The body for {@code status}, with {@code detail} or the generic advice for that status. */
    static String body(int status, @Nullable String detail) {
        return body(status, detail, Map.of());
    }

    static String body(int status, @Nullable String detail, Map<String, Object> properties) {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title(status));
        problem.put("status", status);
        problem.put("detail", detail != null ? detail : advice(status));
        problem.putAll(properties);
        return JSON.writeValueAsString(problem);
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }

    /** What a client can do about an error it gets without a more specific explanation. */
    static String advice(int status) {
        return switch (status) {
            case 400 ->
                "The request is malformed: check the URL (ids may not contain encoded slashes, NUL or"
                        + " invalid UTF-8), the headers and the body.";
            case 401 -> "Sign in first: send your credentials with the request.";
            case 403 -> "You are not allowed to do this.";
            case 404 -> "There is nothing at this address: check the path.";
            case 405 -> "This method is not allowed at this address; the Allow header lists those that are.";
            case 406 -> "This address answers application/json only.";
            case 409 -> "The request conflicts with the current state of the item: reload it, then try again.";
            case 413 -> "The request body is too large.";
            case 414 -> "The URL is too long.";
            case 415 -> "Send the body as application/json.";
            case 429 -> "Too many requests: wait, then try again.";
            case 431 -> "The request headers are too large.";
            default ->
                status >= 500
                        ? "The server could not complete the request. The error was logged; try again later."
                        : title(status) + ".";
        };
    }
}
