package org.disputatio.evaluation.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.disputatio.evaluation.ArgumentAssessment;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Perspective;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evaluation.WhatIf;
import org.disputatio.maps.DeletedMapAnswer;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapLifecycle;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Evaluation of a map, open to anonymous clients. The JSON shapes are a published interface. */
@RestController
@RequestMapping("/api/maps/{mapId}")
class EvaluationApi {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EvaluationJson(
            String mapId,
            long seq,
            String semantics,
            String perspective,
            List<ClaimJson> claims,
            List<ArgumentJson> arguments,
            @Nullable WhatIfJson whatIf) {}

    /** An argument's strength (null when it did not converge) and its label (ADR 029). */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ArgumentJson(String id, @Nullable Double strength, String label) {
        static ArgumentJson of(ArgumentAssessment a) {
            return new ArgumentJson(
                    a.id(),
                    a.converged() && a.strength().isPresent() ? a.strength().getAsDouble() : null,
                    a.label().name());
        }
    }

    /**
     * {@code strength} is null when the iteration did not converge: then no number is shown. {@code standsOn} is
     * {@code assertion} or {@code arguments} (ADR 029); {@code standard} is the claim's proof standard (ADR 031).
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ClaimJson(
            String id,
            @Nullable Double strength,
            boolean converged,
            String label,
            String standsOn,
            String standard,
            boolean grounded,
            boolean dependsOnContested,
            List<String> contestedSources,
            List<String> criticalSources,
            List<List<String>> supportSets,
            boolean supportSetsTruncated) {

        static ClaimJson of(ClaimAssessment a) {
            return new ClaimJson(
                    a.id(),
                    a.converged() && a.strength().isPresent() ? a.strength().getAsDouble() : null,
                    a.converged(),
                    a.label().name(),
                    a.standsOn().name().toLowerCase(Locale.ROOT),
                    a.standard().spelling(),
                    a.grounded(),
                    a.dependsOnContested(),
                    a.contestedSources(),
                    a.criticalSources(),
                    a.supportSets(),
                    a.supportSetsTruncated());
        }
    }

    record WhatIfJson(
            List<String> rejected,
            List<String> lostGrounding,
            List<String> changedLabel,
            List<String> changedStrength) {
        static WhatIfJson of(WhatIf w) {
            return new WhatIfJson(w.rejected(), w.lostGrounding(), w.changedLabel(), w.changedStrength());
        }
    }

    private final EvaluationService evaluations;
    private final MapLifecycle lifecycle;

    EvaluationApi(EvaluationService evaluations, MapLifecycle lifecycle) {
        this.evaluations = evaluations;
        this.lifecycle = lifecycle;
    }

    /**
     * The whole map's evaluation by default. With {@code claims=id1,id2,…} only those claims (ids the map does
     * not have are left out) and the arguments that conclude one of them, in the same shape: a client of a map
     * of a million claims need not read the whole body (269 MB at 1M claims, docs/benchmarks.md) to see a few.
     */
    @Operation(summary = "Evaluate a map: every claim's strength and label, optionally under a what-if")
    @ApiResponse(
            responseCode = "200",
            description = "The evaluation, of the whole map or of the claims asked for.",
            content = @Content(schema = @Schema(implementation = EvaluationJson.class)))
    @GetMapping("/evaluation")
    @DeletedMapAnswer.GivenByHandler
    ResponseEntity<?> evaluation(
            @PathVariable String mapId,
            @RequestParam(required = false) @Nullable String reject,
            @RequestParam(required = false) @Nullable String semantics,
            @RequestParam(required = false) @Nullable String claims,
            @RequestParam(required = false) @Nullable String perspective,
            @Nullable Principal principal) {
        return unlessDeleted(mapId, evaluationOf(mapId, reject, semantics, claims, perspective, principal));
    }

    private ResponseEntity<?> evaluationOf(
            String mapId,
            @Nullable String reject,
            @Nullable String semantics,
            @Nullable String claims,
            @Nullable String perspective,
            @Nullable Principal principal) {
        if (!MapId.isValid(mapId)) {
            return problem(HttpStatus.NOT_FOUND, "There is no map with the id '" + mapId + "'.");
        }
        Semantics chosen;
        try {
            chosen = semantics(semantics);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        ResponseEntity<?> refused = refusal(perspective, principal);
        if (refused != null) {
            return refused;
        }
        Perspective seen = perspective(perspective, principal);
        Set<String> rejected = ids(reject);
        @Nullable Set<String> chosenClaims = claims == null ? null : ids(claims);
        try {
            return evaluations
                    .evaluate(new MapId(mapId), chosen, rejected, seen)
                    .<ResponseEntity<?>>map(result -> ResponseEntity.ok(new EvaluationJson(
                            mapId,
                            result.seq(),
                            name(chosen),
                            seen.everyone() ? "all" : "user:" + seen.user(),
                            (chosenClaims == null
                                            ? result.evaluation().claims()
                                            : result.evaluation().claims(chosenClaims))
                                    .stream().map(ClaimJson::of).toList(),
                            (chosenClaims == null
                                            ? result.evaluation().arguments()
                                            : result.evaluation().argumentsConcluding(chosenClaims))
                                    .stream().map(ArgumentJson::of).toList(),
                            result.whatIf().map(WhatIfJson::of).orElse(null))))
                    .orElseGet(() -> problem(HttpStatus.NOT_FOUND, "There is no map with the id '" + mapId + "'."));
        } catch (EvaluationService.UnknownSourceException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (EvaluationService.UnknownUserException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    @Operation(summary = "Explain a claim's strength: what it rests on and what attacks it")
    @ApiResponse(
            responseCode = "200",
            description = "Why the claim has its strength.",
            content = @Content(schema = @Schema(implementation = ExplanationJson.class)))
    @GetMapping("/claims/{claimId}/explanation")
    @DeletedMapAnswer.GivenByHandler
    ResponseEntity<?> explanation(
            @PathVariable String mapId,
            @PathVariable String claimId,
            @RequestParam(required = false) @Nullable String semantics,
            @RequestParam(required = false) @Nullable String perspective,
            @Nullable Principal principal) {
        return unlessDeleted(mapId, explanationOf(mapId, claimId, semantics, perspective, principal));
    }

    private ResponseEntity<?> explanationOf(
            String mapId,
            String claimId,
            @Nullable String semantics,
            @Nullable String perspective,
            @Nullable Principal principal) {
        if (!MapId.isValid(mapId)) {
            return problem(HttpStatus.NOT_FOUND, "There is no map with the id '" + mapId + "'.");
        }
        Semantics chosen;
        try {
            chosen = semantics(semantics);
        } catch (IllegalArgumentException e) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        ResponseEntity<?> refused = refusal(perspective, principal);
        if (refused != null) {
            return refused;
        }
        try {
            return evaluations
                    .explain(new MapId(mapId), claimId, chosen, perspective(perspective, principal))
                    .<ResponseEntity<?>>map(e -> ResponseEntity.ok(ExplanationJson.of(e)))
                    .orElseGet(() -> problem(
                            HttpStatus.NOT_FOUND, "There is no claim '" + claimId + "' in a map '" + mapId + "'."));
        } catch (EvaluationService.UnknownUserException e) {
            return problem(HttpStatus.NOT_FOUND, e.getMessage());
        }
    }

    /**
     * The answer, or the deleted map's when the map is deleted: a success came from the evaluation's own read of a
     * live {@code :Map}, so only a refusal asks whether the map is deleted, and a deleted map gets the answer
     * {@code maps.web.DeletedMapReads} gave before this handler ran, whatever the parameters (ADR 051).
     */
    private ResponseEntity<?> unlessDeleted(String mapId, ResponseEntity<?> answer) {
        if (!answer.getStatusCode().is2xxSuccessful() && MapId.isValid(mapId) && lifecycle.deleted(new MapId(mapId))) {
            throw DeletedMapAnswer.of(mapId);
        }
        return answer;
    }

    /** Why a {@code perspective} parameter is refused (401 for "mine" without a caller, 400 for nonsense); null if not. */
    private static @Nullable ResponseEntity<?> refusal(@Nullable String perspective, @Nullable Principal principal) {
        if (perspective == null
                || perspective.isBlank()
                || perspective.equals("all")
                || (perspective.startsWith("user:") && !perspective.substring(5).isBlank())) {
            return null;
        }
        if (perspective.equals("mine")) {
            return principal == null
                    ? problem(HttpStatus.UNAUTHORIZED, "Sign in to see the map from your own perspective.")
                    : null;
        }
        return problem(
                HttpStatus.BAD_REQUEST, "Unknown perspective '" + perspective + "': use all, mine or user:{name}.");
    }

    /** A perspective {@link #refusal} let through: everyone's, the caller's, or the named user's (ADR 031). */
    private static Perspective perspective(@Nullable String perspective, @Nullable Principal principal) {
        if (perspective == null || perspective.isBlank() || perspective.equals("all")) {
            return Perspective.ALL;
        }
        if (perspective.equals("mine")) {
            return Perspective.of(java.util.Objects.requireNonNull(principal).getName());
        }
        return Perspective.of(perspective.substring(5));
    }

    /** The non-blank entries of a comma-separated list, in order, once each. */
    private static Set<String> ids(@Nullable String list) {
        Set<String> ids = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .forEach(ids::add);
        }
        return ids;
    }

    private static Semantics semantics(@Nullable String name) {
        if (name == null || name.isBlank() || name.equals("df-quad")) {
            return Semantics.DF_QUAD;
        }
        if (name.equals("quadratic-energy")) {
            return Semantics.QUADRATIC_ENERGY;
        }
        throw new IllegalArgumentException("Unknown semantics '" + name + "': use df-quad or quadratic-energy.");
    }

    static String name(Semantics s) {
        return s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status).body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
