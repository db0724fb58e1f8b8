package org.disputatio.evidence.web;

import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns the services' errors into RFC 9457 problem details that say what to fix. */
@RestControllerAdvice(assignableTypes = EvidenceApi.class)
class EvidenceProblems {

    @ExceptionHandler
    ProblemDetail invalid(InvalidInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("field", e.field());
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
    ProblemDetail state(IllegalStateException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }

    /** Malformed JSON, or a value of the wrong type (e.g. an unknown stance). */
    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        InvalidInputException invalid = cause(e);
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.BAD_REQUEST,
                invalid != null ? invalid.getMessage() : "The request body is not valid JSON of the expected shape.");
        problem.setTitle("Invalid input");
        if (invalid != null) {
            problem.setProperty("field", invalid.field());
        }
        return problem;
    }

    private static @org.jspecify.annotations.Nullable InvalidInputException cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }
}
