package org.disputatio.seminars.moderation.web;

import org.disputatio.seminars.UnknownGroupException;
import org.disputatio.seminars.moderation.ModerationInputException;
import org.disputatio.seminars.moderation.ReviewStateException;
import org.disputatio.seminars.moderation.SignInRequiredException;
import org.disputatio.seminars.moderation.UnknownReviewException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Moderation's refusals as RFC 9457 problem details (the delete paths' own errors included, for removals). The refusals every API shares (invalid input, unknown item, stale version, not allowed) come from {@code evidence.web.RefusalProblemDetails} through the {@code @RefusalProblems} marker on the controller.
 */
@RestControllerAdvice(assignableTypes = ModerationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationProblems {

    @ExceptionHandler
    ProblemDetail invalid(ModerationInputException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e);
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownReviewException e) {
        var problem = problem(HttpStatus.NOT_FOUND, "Not found", e);
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    /** The same answer as the groups API's for a group one is not in (ADR 037): nothing tells it exists. */
    @ExceptionHandler
    ProblemDetail unknownGroup(UnknownGroupException e) {
        return problem(HttpStatus.NOT_FOUND, "Group not found", e);
    }

    @ExceptionHandler
    ProblemDetail state(ReviewStateException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e);
    }

    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> signIn(SignInRequiredException e) {
        var problem = problem(HttpStatus.UNAUTHORIZED, "Unauthorized", e);
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        var problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
        return problem;
    }
}
