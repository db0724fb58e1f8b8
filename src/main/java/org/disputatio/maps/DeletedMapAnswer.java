package org.disputatio.maps;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The answer every read keyed by a deleted map's id gets: 404, in the same words as for a map that never existed
 * (ADR 034). {@code maps.web.DeletedMapReads} gives it before any controller runs, unless the handler says it
 * gives it itself ({@link GivenByHandler}).
 */
public final class DeletedMapAnswer {

    private DeletedMapAnswer() {}

    /**
     * On a GET handler whose own read of the map already tells a live map from a missing one (it matches
     * {@code :Map}, which a deleted map is not), and which, whenever it would answer anything but success, asks
     * {@link MapLifecycle#deleted} and throws {@link #of} when the map is deleted. Then a read of a live map costs no
     * separate deletion check, a transaction of several round trips to the database (ADR 051), and every answer
     * stays what the check gave before the handler ran.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    public @interface GivenByHandler {}

    /** The 404 problem for the deleted map with this id. */
    public static ErrorResponseException of(String mapId) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no map with the id '" + mapId + "'.");
        problem.setTitle("Map not found");
        problem.setProperty("mapId", mapId);
        return new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
    }
}
