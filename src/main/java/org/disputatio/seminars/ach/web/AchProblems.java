package org.disputatio.seminars.ach.web;

import org.disputatio.seminars.ach.AchRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The ACH API's refusals as problem details, in the shape of the other APIs' (ADR 023). The refusals every API shares (invalid input, unknown item, stale version, not allowed) come from {@code evidence.web.RefusalProblemDetails} through the {@code @RefusalProblems} marker on the controller.
 */
@RestControllerAdvice(assignableTypes = AchApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AchProblems {

    @ExceptionHandler
    ProblemDetail notFound(AchRefusal.NotFound e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("id", e.id());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail duplicate(AchRefusal.Duplicate e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Already in the matrix");
        problem.setProperty("existingId", e.existingId());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail signIn(AchRefusal.SignInRequired e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setTitle("Sign in first");
        return problem;
    }
}
