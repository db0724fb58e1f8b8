package org.disputatio.seminars.web;

import org.disputatio.security.DuplicateUsernameException;
import org.disputatio.security.InvalidAccountInputException;
import org.disputatio.seminars.ExpiredInvitationException;
import org.disputatio.seminars.GroupInputException;
import org.disputatio.seminars.LastOwnerException;
import org.disputatio.seminars.RegistrationRefusedException;
import org.disputatio.seminars.RegistrationThrottledException;
import org.disputatio.seminars.UnknownGroupException;
import org.disputatio.seminars.UnknownInvitationException;
import org.disputatio.seminars.UnknownMemberException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The groups and registration API's refusals as problem details that say what to do. The refusals every API shares (invalid input, unknown item, stale version, not allowed) come from {@code evidence.web.RefusalProblemDetails} through the {@code @RefusalProblems} marker on the controller.
 */
@RestControllerAdvice(assignableTypes = {GroupsApi.class, RegistrationApi.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class SeminarProblems {

    @ExceptionHandler
    ProblemDetail invalid(GroupInputException e) {
        return invalid(e.getMessage(), e.field());
    }

    @ExceptionHandler
    ProblemDetail invalid(InvalidAccountInputException e) {
        return invalid(e.getMessage(), e.field());
    }

    @ExceptionHandler
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "Invalid input", "The request body is not valid JSON of the expected shape.");
    }

    @ExceptionHandler
    ProblemDetail duplicate(DuplicateUsernameException e) {
        var problem = problem(HttpStatus.CONFLICT, "Already exists", e.getMessage());
        problem.setProperty("field", "username");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownGroupException e) {
        return problem(HttpStatus.NOT_FOUND, "Group not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownMemberException e) {
        return problem(HttpStatus.NOT_FOUND, "Member not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknown(UnknownInvitationException e) {
        return problem(HttpStatus.NOT_FOUND, "Invitation not found", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail expired(ExpiredInvitationException e) {
        return problem(HttpStatus.GONE, "Invitation expired", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail lastOwner(LastOwnerException e) {
        return problem(HttpStatus.CONFLICT, "Last owner", e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail refused(RegistrationRefusedException e) {
        return problem(HttpStatus.FORBIDDEN, "Registration refused", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> throttled(RegistrationThrottledException e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(e.seconds()))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "Too many failed registrations", e.getMessage()));
    }

    private static ProblemDetail invalid(String detail, String field) {
        var problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", detail);
        problem.setProperty("field", field);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }
}
