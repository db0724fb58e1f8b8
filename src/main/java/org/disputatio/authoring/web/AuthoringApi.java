package org.disputatio.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.disputatio.authoring.ArgumentEditing;
import org.disputatio.authoring.ArgumentItem;
import org.disputatio.authoring.AttackItem;
import org.disputatio.authoring.CitationItem;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.DocumentAnchor;
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
 * Arguments, attacks, citations, pros and cons over HTTP (ADR 032). Creations answer 201 with the new id and
 * its Location; an edit names the version it started from ({@code expectedVersion} or If-Match) and a stale
 * one gets 409; refusals are problem details naming the field.
 */
@RestController
@RefusalProblems
@RequestMapping("/api/maps/{mapId}")
class AuthoringApi {

    record ArgumentRequest(
            @Nullable String conclusionId,
            @Nullable List<@Nullable String> premiseIds,
            @Nullable Long expectedVersion) {}

    record AttackRequest(
            @Nullable String fromId,
            @Nullable String targetId,
            @Nullable String kind) {}

    record CitationRequest(
            @Nullable String sourceId, @Nullable String locator) {}

    /** The new claim's fields; a con may ask to undermine rather than rebut. */
    record SideRequest(
            @Nullable String kind,
            @Nullable String text,
            @Nullable String section,
            @Nullable DocumentAnchor anchor,
            @Nullable String attackKind,
            @Nullable String proponentId) {
        /** Without a kind, a pro is a premise and a con a counter-claim; without a proponent, the writer's. */
        ClaimDraft draft(String defaultKind) {
            return new ClaimDraft(kind == null ? defaultKind : kind, text, section, anchor, proponentId);
        }
    }

    record Created(String id) {}

    record ProCreated(String id, String argumentId) {}

    record ConCreated(String id, String attackId) {}

    private final ArgumentEditing editing;

    AuthoringApi(ArgumentEditing editing) {
        this.editing = editing;
    }

    // --- arguments

    @Operation(summary = "Add an argument for a claim, with its premises")
    @PostMapping("/arguments")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addArgument(
            @PathVariable String mapId, @RequestBody ArgumentRequest body, Principal principal) {
        String id = editing.addArgument(map(mapId), body.conclusionId(), body.premiseIds(), principal.getName());
        return created(mapId, "/arguments/" + id, new Created(id));
    }

    @Operation(summary = "Read an argument: its conclusion, premises and version")
    @GetMapping("/arguments/{argumentId}")
    ResponseEntity<ArgumentItem> argument(@PathVariable String mapId, @PathVariable String argumentId) {
        var found = editing.argument(map(mapId), argumentId)
                .orElseThrow(() -> new UnknownItemException("argument", argumentId));
        return ResponseEntity.ok().eTag(Long.toString(found.version())).body(found);
    }

    @Operation(summary = "Change an argument's premises or scheme")
    @PutMapping("/arguments/{argumentId}")
    ResponseEntity<ArgumentItem> editArgument(
            @PathVariable String mapId,
            @PathVariable String argumentId,
            @RequestBody ArgumentRequest body,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        MapId map = map(mapId);
        editing.editArgument(
                map,
                argumentId,
                expectedVersion(body.expectedVersion(), ifMatch),
                body.conclusionId(),
                body.premiseIds(),
                principal.getName());
        var edited =
                editing.argument(map, argumentId).orElseThrow(() -> new UnknownItemException("argument", argumentId));
        return ResponseEntity.ok().eTag(Long.toString(edited.version())).body(edited);
    }

    @Operation(summary = "Delete an argument")
    @DeleteMapping("/arguments/{argumentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteArgument(
            @PathVariable String mapId,
            @PathVariable String argumentId,
            @RequestParam(required = false) @Nullable Long expectedVersion,
            @RequestHeader(name = "If-Match", required = false) @Nullable String ifMatch,
            Principal principal) {
        Long expected = expectedVersion == null && ifMatch == null ? null : expectedVersion(expectedVersion, ifMatch);
        editing.deleteArgument(map(mapId), argumentId, expected, principal.getName());
    }

    // --- attacks

    @Operation(summary = "Add an attack: a rebuttal, an undermining or an undercut")
    @PostMapping("/attacks")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> addAttack(
            @PathVariable String mapId, @RequestBody AttackRequest body, Principal principal) {
        String id = editing.addAttack(map(mapId), body.fromId(), body.targetId(), body.kind(), principal.getName());
        return created(mapId, "/attacks/" + id, new Created(id));
    }

    @Operation(summary = "Read an attack")
    @GetMapping("/attacks/{attackId}")
    AttackItem attack(@PathVariable String mapId, @PathVariable String attackId) {
        return editing.attack(map(mapId), attackId).orElseThrow(() -> new UnknownItemException("attack", attackId));
    }

    @Operation(summary = "Delete an attack")
    @DeleteMapping("/attacks/{attackId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteAttack(@PathVariable String mapId, @PathVariable String attackId, Principal principal) {
        editing.deleteAttack(map(mapId), attackId, principal.getName());
    }

    // --- citations

    @Operation(summary = "List a claim's citations of sources")
    @GetMapping("/claims/{claimId}/citations")
    List<CitationItem> citations(@PathVariable String mapId, @PathVariable String claimId) {
        return editing.citations(map(mapId), claimId);
    }

    @Operation(summary = "Cite a source for a claim")
    @PostMapping("/claims/{claimId}/citations")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> cite(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody CitationRequest body,
            Principal principal) {
        String id = editing.cite(map(mapId), claimId, body.sourceId(), body.locator(), principal.getName());
        return created(mapId, "/claims/" + claimId + "/citations/" + id, new Created(id));
    }

    @Operation(summary = "Remove a citation from a claim")
    @DeleteMapping("/claims/{claimId}/citations/{citationId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void uncite(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @PathVariable String citationId,
            Principal principal) {
        editing.uncite(map(mapId), claimId, citationId, principal.getName());
    }

    // --- pros and cons

    @Operation(summary = "Add a reason for a claim (a new claim and the argument it makes)")
    @PostMapping("/claims/{claimId}/pros")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProCreated> addPro(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody SideRequest body,
            Principal principal) {
        var pro = editing.addPro(map(mapId), claimId, body.draft("premise"), principal.getName());
        return created(mapId, "/arguments/" + pro.argumentId(), new ProCreated(pro.id(), pro.argumentId()));
    }

    @Operation(summary = "Add an objection to a claim (a new claim and the attack it makes)")
    @PostMapping("/claims/{claimId}/cons")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ConCreated> addCon(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody SideRequest body,
            Principal principal) {
        var con = editing.addCon(
                map(mapId), claimId, body.draft("counter-claim"), body.attackKind(), principal.getName());
        return created(mapId, "/attacks/" + con.attackId(), new ConCreated(con.id(), con.attackId()));
    }

    private static <T> ResponseEntity<T> created(String mapId, String path, T body) {
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + path)).body(body);
    }

    private static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) {
            throw new UnknownItemException("map", mapId);
        }
        return new MapId(mapId);
    }

    /** From the body or query, else from If-Match ("3", W/"3" or 3). */
    private static long expectedVersion(@Nullable Long given, @Nullable String ifMatch) {
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
