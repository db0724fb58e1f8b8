package org.disputatio.authoring.web;

import java.util.Map;
import java.util.stream.Collectors;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The map-ownership API's refusals as problem details, in the shape of the evidence API's (ADR 023). */
@RestControllerAdvice(assignableTypes = MapOwnershipApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class MapOwnershipProblems {

    /** An id that cannot name a map (wrong characters, too long): as unknown as any other. */
    static final class NoSuchMap extends RuntimeException {
        final String id;

        NoSuchMap(String id) {
            super("There is no map '" + id + "'.");
            this.id = id;
        }
    }

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
    ProblemDetail unknown(UnknownMapException e) {
        return notFound(e.getMessage(), e.map().value());
    }

    @ExceptionHandler
    ProblemDetail unknown(NoSuchMap e) {
        return notFound(e.getMessage(), e.id);
    }

    private static ProblemDetail notFound(String detail, String id) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Map not found");
        problem.setProperty("mapId", id);
        return problem;
    }

    @ExceptionHandler
    ProblemDetail conflict(ConcurrentEditException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Changed by someone else");
        problem.setProperty("currentVersion", e.currentVersion());
        return problem;
    }

    @ExceptionHandler
    ProblemDetail denied(AccessDeniedException e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("Not allowed");
        return problem;
    }
}
