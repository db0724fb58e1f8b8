package org.disputatio.authoring.web;

import org.disputatio.authoring.UnknownMapException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An unknown map in the map-ownership API, as a 404 naming {@code mapId} (ADR 023); its other refusals are the
 * shared ones of {@link org.disputatio.evidence.RefusalProblems}.
 */
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
}
