package org.disputatio.seminars.rounds.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.seminars.rounds.RoundClosedException;
import org.disputatio.seminars.rounds.RoundOpenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rounds' refusals as RFC 9457 problem details: 400 naming the field, 403 for a role that may not, 404 for an
 * unknown map, round or item, 409 for a closed round (rating, closing again) or an open one (CSV).
 */
@RestControllerAdvice(assignableTypes = RoundsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundsProblems {

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

    /** The round's state forbids it now: closed (rating, closing again) or still open (CSV). */
    @ExceptionHandler({RoundClosedException.class, RoundOpenException.class})
    ProblemDetail state(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
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
