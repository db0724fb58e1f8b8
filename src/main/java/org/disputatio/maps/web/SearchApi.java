package org.disputatio.maps.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapSearch;
import org.disputatio.maps.SearchQuery;
import org.disputatio.maps.SearchResults;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Search in one map, open to anonymous clients. The JSON shape ({@code SearchResults}) is a published interface. */
@RestController
@RequestMapping("/api/maps/{id}")
class SearchApi {

    private final MapSearch search;

    SearchApi(MapSearch search) {
        this.search = search;
    }

    @Operation(summary = "Search a map for words")
    @ApiResponse(
            responseCode = "200",
            description = "The claims, sources and people that match.",
            content = @Content(schema = @Schema(implementation = SearchResults.class)))
    @GetMapping("/search")
    ResponseEntity<?> search(@PathVariable String id, @RequestParam(required = false) @Nullable String q) {
        if (!MapId.isValid(id)) return MapsApi.notFound(id);
        if (q == null || q.isBlank() || q.length() > SearchQuery.MAX_LENGTH) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.BAD_REQUEST,
                    q == null || q.isBlank()
                            ? "Give some words to search for in the parameter q."
                            : "A search (q) is at most " + SearchQuery.MAX_LENGTH + " characters long.");
            problem.setTitle("Bad search");
            problem.setProperty("field", "q");
            return ResponseEntity.badRequest().body(problem);
        }
        return search.search(new MapId(id), q)
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> MapsApi.notFound(id));
    }
}
