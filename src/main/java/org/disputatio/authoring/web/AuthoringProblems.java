package org.disputatio.authoring.web;

import org.disputatio.authoring.UnknownMapException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown map in the authoring and claim-revision APIs, as a 404 in the shape of an unknown item's
 * ({@code kind} "map" and its {@code id}); their other refusals are the shared ones of
 * {@link org.disputatio.evidence.RefusalProblems}.
 */
@RestControllerAdvice(assignableTypes = {AuthoringApi.class, ClaimRevisionApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuthoringProblems {

    @ExceptionHandler
    ProblemDetail unknownMap(UnknownMapException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Not found");
        problem.setProperty("kind", "map");
        problem.setProperty("id", e.map().value());
        return problem;
    }
}
