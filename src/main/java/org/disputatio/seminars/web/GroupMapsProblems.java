package org.disputatio.seminars.web;

import org.disputatio.authoring.UnknownMapException;
import org.disputatio.seminars.UnknownGroupException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The group-maps API's own refusals as problem details, in the shape of the other APIs' (ADR 023): an unknown group
 * or map. The refusals every API shares (a missing field, an unknown item, a stale version, not allowed) come from
 * {@code evidence.web.RefusalProblemDetails} through the {@code @RefusalProblems} marker on the controller, and an
 * unreadable body from the shell's advice.
 */
@RestControllerAdvice(assignableTypes = GroupMapsApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class GroupMapsProblems {

    /** An id that cannot name a map: as unknown as any other. */
    static final class NoSuchMap extends RuntimeException {
        final String id;

        NoSuchMap(String id) {
            super("There is no map '" + id + "'.");
            this.id = id;
        }
    }

    @ExceptionHandler
    ProblemDetail unknownGroup(UnknownGroupException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Group not found");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownMap(UnknownMapException e) {
        return mapNotFound(e.getMessage(), e.map().value());
    }

    @ExceptionHandler
    ProblemDetail unknownMap(NoSuchMap e) {
        return mapNotFound(e.getMessage(), e.id);
    }

    private static ProblemDetail mapNotFound(String detail, String id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Map not found");
        problem.setProperty("mapId", id);
        return problem;
    }
}
