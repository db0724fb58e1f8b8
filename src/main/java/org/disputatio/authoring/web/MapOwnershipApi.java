package org.disputatio.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A map's owner or an admin renames it ({@code PUT /api/maps/{id}}) and deletes it (soft: undo the deletion
 * through the change log to restore it); anyone signed in copies a map into a new one of their own.
 */
@RestController
@RefusalProblems
class MapOwnershipApi {

    /** A rename; {@code expectedVersion} (or If-Match) refuses it with 409 if someone changed the map since. */
    record Rename(@Nullable String title, @Nullable Long expectedVersion) {}

    record Renamed(String id, String title, long version) {}

    record Deleted(String id, String title, Instant deletedAt, long seq, String undo) {}

    record Copy(@Nullable String title) {}

    record Created(String id) {}

    record DeletedMapJson(
            String id,
            String title,
            @Nullable String owner,
            Instant deletedAt,
            String deletedBy,
            long claimCount,
            long seq,
            String undo) {}

    private final MapOwnership ownership;

    MapOwnershipApi(MapOwnership ownership) {
        this.ownership = ownership;
    }

    @Operation(summary = "Rename a map")
    @PutMapping("/api/maps/{id}")
    Renamed rename(
            @PathVariable String id,
            @RequestBody Rename body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        var renamed =
                ownership.rename(map(id), body.title(), version(body.expectedVersion(), ifMatch), principal.getName());
        return new Renamed(renamed.id().value(), renamed.title(), renamed.version());
    }

    @Operation(summary = "Delete a map (it can be restored)")
    @DeleteMapping("/api/maps/{id}")
    Deleted delete(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String expectedVersion,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        Long given = null;
        if (expectedVersion != null) {
            try {
                given = Long.parseLong(expectedVersion.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("expectedVersion", "expectedVersion must be a whole number.");
            }
        }
        var deleted = ownership.delete(map(id), version(given, ifMatch), principal.getName());
        return new Deleted(
                deleted.id().value(),
                deleted.title(),
                deleted.at(),
                deleted.seq(),
                undoPath(deleted.id(), deleted.seq()));
    }

    @Operation(summary = "Copy a map into a new map of the caller's")
    @PostMapping("/api/maps/{id}/copies")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> copy(
            @PathVariable String id, @RequestBody(required = false) @Nullable Copy body, Principal principal) {
        MapId copy = ownership.copy(map(id), body == null ? null : body.title(), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + copy.value())).body(new Created(copy.value()));
    }

    @Operation(summary = "List the caller's deleted maps, to restore")
    @GetMapping("/api/deleted-maps")
    List<DeletedMapJson> deleted(Principal principal) {
        return ownership.deleted(principal.getName()).stream()
                .map(r -> new DeletedMapJson(
                        r.map().id().value(),
                        r.map().title(),
                        r.map().owner(),
                        r.map().deletedAt(),
                        r.map().deletedBy(),
                        r.map().claimCount(),
                        r.seq(),
                        undoPath(r.map().id(), r.seq())))
                .toList();
    }

    private static String undoPath(MapId map, long seq) {
        return "/api/maps/" + map.value() + "/changes/" + seq + "/undo";
    }

    private static MapId map(String id) {
        if (!MapId.isValid(id)) throw new MapOwnershipProblems.NoSuchMap(id);
        return new MapId(id);
    }

    private static @Nullable Long version(@Nullable Long given, @Nullable String ifMatch) {
        if (given != null || ifMatch == null) return given;
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must hold the map's version, e.g. \"3\".");
        }
    }
}
