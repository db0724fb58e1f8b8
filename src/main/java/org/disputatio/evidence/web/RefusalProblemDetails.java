package org.disputatio.evidence.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.evidence.UnknownItemException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The refusals every controller marked {@link RefusalProblems} shares, as RFC 9457 problem details that say
 * what to fix: the field (400), the unknown item (404), the version that moved on (409), the right missing
 * (403). A feature's own exceptions stay in its own advice, which comes first; errors common to the whole API
 * (unreadable bodies, refused validation, wrong method) are the shell's, which comes last.
 */
@RestControllerAdvice(annotations = RefusalProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RefusalProblemDetails {

    /** The same shape as the shell's refusals of unreadable or ill-typed bodies: field first, then all errors. */
    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                e.refusals().stream().map(r -> r.field() + ": " + r.message()).collect(Collectors.joining(" ")));
        problem.setTitle("Invalid input");
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
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConcurrentEditException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }
}
