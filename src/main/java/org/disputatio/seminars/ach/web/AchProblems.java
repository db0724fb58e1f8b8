package org.disputatio.seminars.ach.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.seminars.ach.AchRefusal;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The ACH API's refusals as problem details, in the shape of the other APIs' (ADR 023). */
@RestControllerAdvice(assignableTypes = AchApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AchProblems {

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

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }
}
