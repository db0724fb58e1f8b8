package org.disputatio.seminars.rounds.web;

import org.disputatio.seminars.rounds.RoundClosedException;
import org.disputatio.seminars.rounds.RoundOpenException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The rounds' own refusals as RFC 9457 problem details: 409 for a closed round (rating, closing again) or an open one
 * (CSV). 400 naming the field, 403 for a role that may not and 404 for an unknown map, round or item are the shared
 * ones of {@code evidence.web.RefusalProblemDetails}, through the {@code @RefusalProblems} marker on the controller.
 */
@RestControllerAdvice(assignableTypes = RoundsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoundsProblems {

    /** The round's state forbids it now: closed (rating, closing again) or still open (CSV). */
    @ExceptionHandler({RoundClosedException.class, RoundOpenException.class})
    ProblemDetail state(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
