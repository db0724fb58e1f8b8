package org.disputatio.evidence.web;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The one refusal of the evidence API that is not shared ({@link RefusalProblemDetails} has the others): a
 * step the item's state no longer allows, such as withdrawing a contestation twice, is a 409. Only here,
 * because elsewhere an IllegalStateException is a fault of the server, not of the request.
 */
@RestControllerAdvice(assignableTypes = {EvidenceApi.class, ProofStandardApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class EvidenceProblems {

    @ExceptionHandler
    ProblemDetail state(IllegalStateException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        return problem;
    }
}
