package org.disputatio.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import java.util.List;
import org.disputatio.authoring.AnchorRequest;
import org.disputatio.authoring.ClaimChange;
import org.disputatio.authoring.ClaimRevision;
import org.disputatio.authoring.MapPerson;
import org.disputatio.authoring.RevisedClaim;
import org.disputatio.authoring.SplitPart;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.evidence.UnknownItemException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claim revision over HTTP (ADR 035). Reads are open; writes need a signed-in user, and revising a claim
 * someone else created (or one that came with the text) needs the map's owner or an admin. Edits name the
 * version they started from ({@code expectedVersion} in the body, or If-Match); a stale one gets 409.
 */
@RestController
@RefusalProblems
@RequestMapping("/api/maps/{mapId}")
class ClaimRevisionApi {

    record EditRequest(
            @Nullable String text,
            @Nullable String kind,
            @Nullable String proponentId,
            @Nullable AnchorRequest anchor,
            @Nullable Long expectedVersion) {}

    record MergeRequest(@Nullable String intoId, @Nullable Long expectedVersion) {}

    record SplitRequest(
            @Nullable SplitPart first,
            @Nullable SplitPart second,
            @Nullable List<String> moveToSecond,
            @Nullable Long expectedVersion) {}

    record PersonRequest(@Nullable String name) {}

    record Created(String id) {}

    record Split(List<String> ids) {}

    record People(List<MapPerson> people, @Nullable String author) {}

    private final ClaimRevision claims;

    ClaimRevisionApi(ClaimRevision claims) {
        this.claims = claims;
    }

    @Operation(summary = "Read a claim with its version")
    @GetMapping("/claims/{claimId}")
    ResponseEntity<RevisedClaim> claim(@PathVariable String mapId, @PathVariable String claimId) {
        var found = claims.find(map(mapId), claimId).orElseThrow(() -> new UnknownItemException("claim", claimId));
        return ResponseEntity.ok().eTag(Long.toString(found.version())).body(found);
    }

    @Operation(summary = "Change a claim's text or details")
    @PutMapping("/claims/{claimId}")
    ResponseEntity<RevisedClaim> edit(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody EditRequest body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        Long expected = expectedVersion(body.expectedVersion(), ifMatch);
        if (expected == null) {
            throw new InvalidInputException(
                    "expectedVersion",
                    "Say which version you edited: expectedVersion in the body, or the If-Match header.");
        }
        var edited = claims.edit(
                map(mapId),
                claimId,
                expected,
                new ClaimChange(body.text(), body.kind(), body.proponentId(), body.anchor()),
                principal.getName());
        return ResponseEntity.ok().eTag(Long.toString(edited.version())).body(edited);
    }

    @Operation(summary = "Delete a claim")
    @DeleteMapping("/claims/{claimId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestParam(required = false) @Nullable Long expectedVersion,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        claims.delete(map(mapId), claimId, expectedVersion(expectedVersion, ifMatch), principal.getName());
    }

    @Operation(summary = "Merge a claim into another")
    @PostMapping("/claims/{claimId}/merge")
    Created merge(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody MergeRequest body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        return new Created(claims.merge(
                map(mapId),
                claimId,
                body.intoId(),
                expectedVersion(body.expectedVersion(), ifMatch),
                principal.getName()));
    }

    @Operation(summary = "Split a claim into two")
    @PostMapping("/claims/{claimId}/split")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Split> split(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody SplitRequest body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        var ids = claims.split(
                map(mapId),
                claimId,
                body.first(),
                body.second(),
                body.moveToSecond(),
                expectedVersion(body.expectedVersion(), ifMatch),
                principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Split(ids));
    }

    @Operation(summary = "List the map's people (authors and speakers)")
    @GetMapping("/people")
    People people(@PathVariable String mapId) {
        var map = map(mapId);
        return new People(claims.people(map), claims.author(map).orElse(null));
    }

    @Operation(summary = "Add a person to the map")
    @PostMapping("/people")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addPerson(
            @PathVariable String mapId, @RequestBody PersonRequest body, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(claims.addPerson(map(mapId), body.name(), principal.getName())));
    }

    private static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) {
            throw new UnknownItemException("map", mapId);
        }
        return new MapId(mapId);
    }

    /** From the body or query, else from If-Match ("3", W/"3" or 3); null when neither is given. */
    private static @Nullable Long expectedVersion(@Nullable Long given, @Nullable String ifMatch) {
        if (given != null) {
            return given;
        }
        if (ifMatch == null) {
            return null;
        }
        String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("If-Match", "If-Match must hold the claim's version, e.g. \"3\".");
        }
    }
}
