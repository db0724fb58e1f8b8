package org.disputatio.evidence.web;

import io.swagger.v3.oas.annotations.Operation;
import java.security.Principal;
import org.disputatio.evidence.ProofStandardService;
import org.disputatio.evidence.RefusalProblems;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A claim's proof standard (ADR 031); signed-in users only, like every write. Errors: {@link RefusalProblemDetails}. */
@RestController
@RefusalProblems
@RequestMapping("/api/maps/{mapId}")
class ProofStandardApi {

    record StandardRequest(@Nullable String standard) {}

    private final ProofStandardService standards;

    ProofStandardApi(ProofStandardService standards) {
        this.standards = standards;
    }

    /** Answers the standard now in force: the one asked for. */
    @Operation(summary = "Set a claim's proof standard")
    @PutMapping("/claims/{claimId}/standard")
    StandardRequest change(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestBody StandardRequest body,
            Principal principal) {
        standards.change(EvidenceApi.map(mapId), claimId, body.standard(), principal.getName());
        return new StandardRequest(
                body.standard() == null ? null : body.standard().strip());
    }
}
