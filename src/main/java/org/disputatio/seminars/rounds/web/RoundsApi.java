package org.disputatio.seminars.rounds.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.rounds.RoundService;
import org.disputatio.seminars.rounds.RoundService.RoundSummary;
import org.disputatio.seminars.rounds.RoundService.RoundView;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Blind rating rounds over HTTP (ADR 039). Reads are open to whoever may read the map, and show a caller only
 * what the round lets them see: while it is open, their own ratings and who has rated; once closed, everything.
 * Writes need an account (the security configuration) and a role (the service).
 */
@RestController
@RefusalProblems
@RequestMapping("/api/maps/{mapId}/rounds")
class RoundsApi {

    record OpenRequest(@Nullable String kind, @Nullable List<@Nullable String> items) {}

    record RatingRequest(
            @Nullable Double value,
            @Nullable String reliability,
            @Nullable Integer credibility) {}

    record Created(String id) {}

    private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final RoundService rounds;

    RoundsApi(RoundService rounds) {
        this.rounds = rounds;
    }

    @Operation(summary = "Open a rating round on some of the map's items")
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> open(@PathVariable String mapId, @RequestBody OpenRequest body, Principal principal) {
        String id = rounds.open(map(mapId), body.kind(), body.items(), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/rounds/" + id))
                .body(new Created(id));
    }

    @Operation(summary = "List the map's rating rounds")
    @GetMapping
    List<RoundSummary> list(@PathVariable String mapId, @Nullable Principal principal) {
        return rounds.list(map(mapId), name(principal));
    }

    @Operation(summary = "Read a rating round: its items and what the caller may see of the ratings")
    @GetMapping("/{roundId}")
    RoundView round(@PathVariable String mapId, @PathVariable String roundId, @Nullable Principal principal) {
        return rounds.view(map(mapId), roundId, name(principal));
    }

    /** Sets the caller's rating and answers with the round as they may see it (their own ratings only while open). */
    @Refuses(value = HttpStatus.CONFLICT, when = "the round is closed")
    @Operation(summary = "Rate an item in an open round")
    @PutMapping("/{roundId}/ratings/{itemId}")
    RoundView rate(
            @PathVariable String mapId,
            @PathVariable String roundId,
            @PathVariable String itemId,
            @RequestBody RatingRequest body,
            Principal principal) {
        MapId map = map(mapId);
        rounds.rate(map, roundId, itemId, principal.getName(), body.value(), body.reliability(), body.credibility());
        return rounds.view(map, roundId, principal.getName());
    }

    /** Closes the round and answers with its results. */
    @Refuses(value = HttpStatus.CONFLICT, when = "the round is closed already")
    @Operation(summary = "Close a rating round: its ratings become final and visible")
    @PostMapping("/{roundId}/close")
    RoundView close(@PathVariable String mapId, @PathVariable String roundId, Principal principal) {
        MapId map = map(mapId);
        rounds.close(map, roundId, principal.getName());
        return rounds.view(map, roundId, principal.getName());
    }

    @Operation(summary = "Download a closed round's ratings as CSV")
    @ApiResponse(
            responseCode = "200",
            description = "Every rating of the closed round, one a row (RFC 4180), as a file to save.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "409", description = "The round is still open: its ratings are not final.")
    @GetMapping("/{roundId}/ratings.csv")
    ResponseEntity<String> csv(
            @PathVariable String mapId, @PathVariable String roundId, @Nullable Principal principal) {
        String csv = rounds.csv(map(mapId), roundId, name(principal));
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename("round-" + roundId + ".csv")
                                .build()
                                .toString())
                .body(csv);
    }

    private static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) throw new UnknownItemException("map", mapId);
        return new MapId(mapId);
    }

    private static @Nullable String name(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }
}
