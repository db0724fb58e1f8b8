package org.disputatio.seminars.moderation.web;

import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.UnknownItemException;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Moderation's refusals as RFC 9457 problem details (the delete paths' own errors included, for removals). */
@RestControllerAdvice(assignableTypes = ModerationApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModerationProblems {

    @ExceptionHandler
    ProblemDetail invalid(ModerationInputException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid input");
        problem.setProperty("field", e.field());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownReviewException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("kind", e.kind());
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownItem(UnknownItemException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail state(ReviewStateException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail stale(ConcurrentEditException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(IllegalStateException e) {
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

    @ExceptionHandler
    ResponseEntity<ProblemDetail> signIn(SignInRequiredException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Unauthorized");
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(problem);
    }
}
