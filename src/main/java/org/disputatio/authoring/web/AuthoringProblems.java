package org.disputatio.authoring.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Authoring's refusals as RFC 9457 problem details, in the shape of the evidence API's: 400 naming the field,
 * 404 naming the item, 409 with the current version, 403 saying who may.
 */
@RestControllerAdvice(assignableTypes = AuthoringApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthoringProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        var problem = problem(
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                e.refusals().stream().map(r -> r.field() + ": " + r.message()).collect(Collectors.joining(" ")));
        problem.setProperty("field", e.field());
        problem.setProperty(
                "errors",
                e.refusals().stream()
                        .map(r -> Map.of("field", r.field(), "message", r.message()))
                        .toList());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownItemException e) {
        var problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownMap(UnknownMapException e) {
        var problem = problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
        problem.setProperty("kind", "map");
        problem.setProperty("id", e.map().value());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConcurrentEditException e) {
        var problem = problem(HttpStatus.CONFLICT, "Changed by someone else", e.getMessage());
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
