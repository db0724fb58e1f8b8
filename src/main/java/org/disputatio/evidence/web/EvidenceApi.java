package org.disputatio.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Objects;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.DocumentAnchor;
import org.disputatio.evidence.Evidence;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.GradeSpread;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.evidence.SourceDraft;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.evidence.UserContestation;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.disputatio.shell.Refuses;
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
 * Evidence, ratings, grades, contestations and user claims over HTTP. Reads are open; writes need a
 * signed-in user (HTTP Basic), enforced by the security configuration and again by the services.
 * Edits and removals carry the version they started from ({@code expectedVersion} in the body or query,
 * or {@code If-Match}); a stale one gets 409.
 */
@RestController
@RefusalProblems
@RequestMapping("/api/maps/{mapId}")
class EvidenceApi {

    /** An edit: the draft's fields plus the version it was made from (or send it as If-Match). */
    record EvidenceEdit(
            String claimId,
            String sourceId,
            String locator,
            String quote,
            @Nullable String url,
            Stance stance,
            @Nullable String note,
            @Nullable DocumentAnchor anchor,
            @Nullable Long expectedVersion) {

        EvidenceDraft draft() {
            return new EvidenceDraft(claimId, sourceId, locator, quote, url, stance, note, anchor);
        }
    }

    record RatingRequest(
            @NotNull(message = "{disputatio.required}") @Nullable
            Double value) {}

    record GradeRequest(
            @NotNull(message = "{disputatio.required}")
            @Pattern(regexp = "\\s*[A-Fa-f]\\s*", message = "{disputatio.reliability}")
            @Nullable
            String reliability,

            @NotNull(message = "{disputatio.required}") @Nullable
            Integer credibility) {}

    record ReasonRequest(@Nullable String reason) {}

    record CounterArgumentRequest(
            @Nullable String targetId,
            @Nullable String attackKind,
            @Nullable ClaimDraft claim) {}

    record Created(String id) {}

    private final EvidenceService evidence;
    private final RatingService ratings;
    private final ContestationService contestations;
    private final ClaimEditing claims;

    EvidenceApi(
            EvidenceService evidence, RatingService ratings, ContestationService contestations, ClaimEditing claims) {
        this.evidence = evidence;
        this.ratings = ratings;
        this.contestations = contestations;
        this.claims = claims;
    }

    // --- evidence

    @Operation(summary = "List the evidence users attached to a claim")
    @GetMapping("/claims/{claimId}/evidence")
    List<Evidence> evidenceOfClaim(@PathVariable String mapId, @PathVariable String claimId) {
        return evidence.forClaim(map(mapId), claimId);
    }

    @Operation(summary = "Read one piece of evidence")
    @GetMapping("/evidence/{id}")
    ResponseEntity<Evidence> evidence(@PathVariable String mapId, @PathVariable String id) {
        var found = evidence.find(map(mapId), id).orElseThrow(() -> new UnknownItemException("evidence", id));
        return ResponseEntity.ok().eTag(Long.toString(found.version())).body(found);
    }

    @Operation(summary = "Attach evidence to a claim")
    @PostMapping("/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Evidence> attach(@PathVariable String mapId, @RequestBody EvidenceDraft draft, Principal principal) {
        var attached = evidence.attach(map(mapId), draft, principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/evidence/" + attached.id()))
                .eTag(Long.toString(attached.version()))
                .body(attached);
    }

    @Operation(summary = "Change a piece of evidence")
    @PutMapping("/evidence/{id}")
    ResponseEntity<Evidence> edit(
            @PathVariable String mapId,
            @PathVariable String id,
            @RequestBody EvidenceEdit edit,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        long expected = expectedVersion(edit.expectedVersion(), ifMatch);
        var edited = evidence.edit(map(mapId), id, expected, edit.draft(), principal.getName());
        return ResponseEntity.ok().eTag(Long.toString(edited.version())).body(edited);
    }

    @Operation(summary = "Remove a piece of evidence")
    @DeleteMapping("/evidence/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @PathVariable String mapId,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable Long expectedVersion,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        evidence.remove(map(mapId), id, expectedVersion(expectedVersion, ifMatch), principal.getName());
    }

    // --- ratings and grades

    @Operation(summary = "List the ratings of a piece of evidence")
    @GetMapping("/evidence/{id}/ratings")
    RatingSpread evidenceRatings(@PathVariable String mapId, @PathVariable String id, @Nullable Principal principal) {
        return ratings.evidenceRatings(map(mapId), id, principal == null ? null : principal.getName());
    }

    @Operation(summary = "Rate a piece of evidence")
    @PutMapping("/evidence/{id}/rating")
    RatingSpread rateEvidence(
            @PathVariable String mapId,
            @PathVariable String id,
            @Valid @RequestBody RatingRequest body,
            Principal principal) {
        return ratings.rateEvidence(map(mapId), id, principal.getName(), value(body));
    }

    @Operation(summary = "List the ratings of an argument's inference")
    @GetMapping("/arguments/{id}/ratings")
    RatingSpread inferenceRatings(@PathVariable String mapId, @PathVariable String id, @Nullable Principal principal) {
        return ratings.inferenceRatings(map(mapId), id, principal == null ? null : principal.getName());
    }

    @Operation(summary = "Rate an argument's inference")
    @PutMapping("/arguments/{id}/rating")
    RatingSpread rateInference(
            @PathVariable String mapId,
            @PathVariable String id,
            @Valid @RequestBody RatingRequest body,
            Principal principal) {
        return ratings.rateInference(map(mapId), id, principal.getName(), value(body));
    }

    @Operation(summary = "List the Admiralty grades users gave a source")
    @GetMapping("/sources/{id}/grades")
    GradeSpread grades(@PathVariable String mapId, @PathVariable String id, @Nullable Principal principal) {
        return ratings.sourceGrades(map(mapId), id, principal == null ? null : principal.getName());
    }

    @Operation(summary = "Grade a source (Admiralty code)")
    @PutMapping("/sources/{id}/grade")
    GradeSpread grade(
            @PathVariable String mapId,
            @PathVariable String id,
            @Valid @RequestBody GradeRequest body,
            Principal principal) {
        // @Valid made sure both are there and the reliability is one letter.
        String reliability = Objects.requireNonNull(body.reliability()).strip();
        int credibility = Objects.requireNonNull(body.credibility());
        ratings.gradeSource(map(mapId), id, principal.getName(), reliability.charAt(0), credibility);
        return ratings.sourceGrades(map(mapId), id, principal.getName());
    }

    // --- sources and contestations

    @Operation(summary = "Add a source to the map")
    @PostMapping("/sources")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> createSource(
            @PathVariable String mapId, @RequestBody SourceDraft draft, Principal principal) {
        String id = evidence.createSource(map(mapId), draft, principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    @Operation(summary = "List the contestations of a source")
    @GetMapping("/sources/{id}/contestations")
    List<UserContestation> contestations(@PathVariable String mapId, @PathVariable String id) {
        return contestations.forSource(map(mapId), id);
    }

    @Operation(summary = "Contest a source, with a reason")
    @PostMapping("/sources/{id}/contestations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserContestation> contest(
            @PathVariable String mapId, @PathVariable String id, @RequestBody ReasonRequest body, Principal principal) {
        var made = contestations.contest(map(mapId), id, principal.getName(), body.reason());
        return ResponseEntity.status(HttpStatus.CREATED).body(made);
    }

    @Refuses(value = HttpStatus.CONFLICT, when = "the contestation has been withdrawn already")
    @Operation(summary = "Withdraw one's contestation of a source")
    @PostMapping("/sources/{sourceId}/contestations/{id}/withdrawal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(
            @PathVariable String mapId, @PathVariable String sourceId, @PathVariable String id, Principal principal) {
        contestations.withdraw(map(mapId), sourceId, id, principal.getName());
    }

    // --- claims

    @Operation(summary = "Add a claim to the map")
    @PostMapping("/claims")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addClaim(@PathVariable String mapId, @RequestBody ClaimDraft draft, Principal principal) {
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new Created(claims.addClaim(map(mapId), draft, principal.getName())));
    }

    @Operation(summary = "Add a counter-argument: a new claim attacking a claim or an argument")
    @PostMapping("/counter-arguments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addCounterArgument(
            @PathVariable String mapId, @RequestBody CounterArgumentRequest body, Principal principal) {
        String id = claims.addCounterArgument(
                map(mapId), body.targetId(), body.attackKind(), body.claim(), principal.getName());
        return ResponseEntity.status(HttpStatus.CREATED).body(new Created(id));
    }

    static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) {
            throw new UnknownItemException("map", mapId);
        }
        return new MapId(mapId);
    }

    private static double value(RatingRequest body) {
        // @Valid made sure it is there; the service checks the step.
        return Objects.requireNonNull(body.value());
    }

    /** From the body or query, else from If-Match ("3", W/"3" or 3). */
    static long expectedVersion(@Nullable Long given, @Nullable String ifMatch) {
        if (given != null) {
            return given;
        }
        if (ifMatch != null) {
            String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                throw new InvalidInputException("If-Match", "If-Match must hold the item's version, e.g. \"3\".");
            }
        }
        throw new InvalidInputException(
                "expectedVersion",
                "Say which version you edited: expectedVersion in the body, or the If-Match header.");
    }
}
