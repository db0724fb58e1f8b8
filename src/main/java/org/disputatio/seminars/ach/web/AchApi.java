package org.disputatio.seminars.ach.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.ach.AchRefusal;
import org.disputatio.seminars.ach.AchScores;
import org.disputatio.seminars.ach.AchService;
import org.disputatio.seminars.ach.Consistency;
import org.disputatio.seminars.ach.Hypothesis;
import org.disputatio.seminars.ach.MatrixItem;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Competing hypotheses of a map (issue 13 point 5, ADR 040): hypotheses and items, one's own ratings, and the
 * matrix ({@code matrix=mine|group}) with its ranking, diagnosticity and sensitivity. Reads follow the map's
 * readers; writes need a member of the map or more; a rating always goes to the caller's own matrix.
 */
@RestController
@RefusalProblems
class AchApi {

    record NewHypothesis(@Nullable String text, @Nullable String claimId) {}

    record HypothesisJson(
            String id, String label, String text, @Nullable String claimId, String createdBy) {
        static HypothesisJson of(Hypothesis h) {
            return new HypothesisJson(h.id(), h.label(), h.text(), h.claimId(), h.createdBy());
        }
    }

    record NewItem(
            @Nullable String kind,
            @Nullable String refId,
            @Nullable String credibility,
            @Nullable String relevance) {}

    record ItemJson(
            String id,
            String label,
            String kind,
            String refId,
            String text,
            String credibility,
            String relevance,
            double weight,
            List<String> sources) {
        static ItemJson of(MatrixItem i) {
            return new ItemJson(
                    i.id(),
                    i.label(),
                    i.kind().apiName(),
                    i.refId(),
                    i.text(),
                    i.credibility().apiName(),
                    i.relevance().apiName(),
                    i.credibility().factor() * i.relevance().factor(),
                    i.sources());
        }
    }

    record NewRating(@Nullable String rating) {}

    record RatingJson(
            String hypothesisId,
            String itemId,
            @Nullable String rating,
            @Nullable String before) {}

    record CellJson(
            String hypothesisId, String itemId, @Nullable String rating, int spread, int raters) {}

    record ScoreJson(String hypothesisId, double inconsistency, int rank) {
        static ScoreJson of(AchScores.Score s) {
            return new ScoreJson(s.hypothesisId(), s.inconsistency(), s.rank());
        }
    }

    record DiagnosticityJson(String itemId, int spread, double weightedSpread, boolean diagnostic) {}

    record ShiftJson(
            String dropped,
            String id,
            List<String> items,
            List<String> leaders,
            boolean leaderChanged,
            List<ScoreJson> ranking) {}

    record MatrixJson(
            String matrix,
            int raters,
            List<HypothesisJson> hypotheses,
            List<ItemJson> items,
            List<CellJson> cells,
            List<ScoreJson> ranking,
            List<String> leaders,
            List<DiagnosticityJson> diagnosticity,
            List<ShiftJson> sensitivity) {}

    private final AchService ach;

    AchApi(AchService ach) {
        this.ach = ach;
    }

    @Operation(summary = "List the map's competing hypotheses")
    @GetMapping("/api/maps/{mapId}/hypotheses")
    List<HypothesisJson> hypotheses(@PathVariable String mapId, @Nullable Principal principal) {
        return ach.hypotheses(map(mapId), name(principal)).stream()
                .map(HypothesisJson::of)
                .toList();
    }

    @Operation(summary = "Add a hypothesis to the ACH matrix")
    @PostMapping("/api/maps/{mapId}/hypotheses")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<HypothesisJson> addHypothesis(
            @PathVariable String mapId, @RequestBody NewHypothesis body, Principal principal) {
        var h = ach.addHypothesis(map(mapId), body.text(), body.claimId(), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/hypotheses/" + h.id()))
                .body(HypothesisJson.of(h));
    }

    @Operation(summary = "Remove a hypothesis from the ACH matrix")
    @DeleteMapping("/api/maps/{mapId}/hypotheses/{hypothesisId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeHypothesis(
            @PathVariable String mapId, @PathVariable String hypothesisId, Principal principal) {
        ach.removeHypothesis(map(mapId), hypothesisId, principal.getName());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List the ACH matrix's items of evidence")
    @GetMapping("/api/maps/{mapId}/ach/items")
    List<ItemJson> items(@PathVariable String mapId, @Nullable Principal principal) {
        return ach.items(map(mapId), name(principal)).stream().map(ItemJson::of).toList();
    }

    @Refuses(
            value = HttpStatus.CONFLICT,
            when = "the claim, source or evidence item is a row of the matrix already (`existingId` names it)")
    @Operation(summary = "Add an item of evidence to the ACH matrix")
    @PostMapping("/api/maps/{mapId}/ach/items")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ItemJson> addItem(@PathVariable String mapId, @RequestBody NewItem body, Principal principal) {
        var item = ach.addItem(
                map(mapId), body.kind(), body.refId(), body.credibility(), body.relevance(), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/ach/items/" + item.id()))
                .body(ItemJson.of(item));
    }

    /** Instructors and owners: the row leaves the matrix, its ratings kept for an undo (gaps13). */
    @Operation(summary = "Remove an item from the ACH matrix")
    @DeleteMapping("/api/maps/{mapId}/ach/items/{itemId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> removeItem(@PathVariable String mapId, @PathVariable String itemId, Principal principal) {
        ach.removeItem(map(mapId), itemId, principal.getName());
        return ResponseEntity.noContent().build();
    }

    record NewWeights(
            @Nullable String credibility, @Nullable String relevance) {}

    /** Instructors and owners: {@code {"credibility","relevance"}}, each low|medium|high; one left out stays. */
    @Operation(summary = "Change an ACH item's credibility or relevance")
    @PutMapping("/api/maps/{mapId}/ach/items/{itemId}")
    ItemJson reweighItem(
            @PathVariable String mapId,
            @PathVariable String itemId,
            @RequestBody NewWeights body,
            Principal principal) {
        return ItemJson.of(
                ach.reweighItem(map(mapId), itemId, body.credibility(), body.relevance(), principal.getName()));
    }

    @Operation(summary = "Rate how consistent an ACH item is with a hypothesis")
    @PutMapping("/api/maps/{mapId}/ach/ratings/{hypothesisId}/{itemId}")
    RatingJson rate(
            @PathVariable String mapId,
            @PathVariable String hypothesisId,
            @PathVariable String itemId,
            @RequestBody NewRating body,
            Principal principal) {
        Consistency rating = null;
        if (body.rating() != null) {
            rating = Consistency.parse(body.rating())
                    .orElseThrow(() -> new InvalidInputException(
                            "rating", "rating is one of CC, C, N, I, II, NA (or null to clear it)."));
        }
        var before = ach.rate(map(mapId), hypothesisId, itemId, rating, principal.getName());
        return new RatingJson(
                hypothesisId,
                itemId,
                rating == null ? null : rating.name(),
                before.map(Consistency::name).orElse(null));
    }

    @Operation(summary = "Read the ACH matrix (the group's or the caller's) with its ratings")
    @GetMapping("/api/maps/{mapId}/ach")
    MatrixJson matrix(
            @PathVariable String mapId,
            @RequestParam(defaultValue = "group") String matrix,
            @Nullable Principal principal) {
        AchService.Which which = switch (matrix.strip().toLowerCase(Locale.ROOT)) {
            case "mine" -> AchService.Which.MINE;
            case "group" -> AchService.Which.GROUP;
            default -> throw new InvalidInputException("matrix", "matrix is mine or group.");
        };
        var m = ach.matrix(map(mapId), which, name(principal));
        var s = m.scoring();
        return new MatrixJson(
                which.name().toLowerCase(Locale.ROOT),
                m.raters(),
                m.hypotheses().stream().map(HypothesisJson::of).toList(),
                m.items().stream().map(ItemJson::of).toList(),
                m.cells().stream()
                        .map(c -> new CellJson(
                                c.hypothesisId(),
                                c.itemId(),
                                c.rating() == null ? null : c.rating().name(),
                                c.spread(),
                                c.raters()))
                        .toList(),
                s.ranking().stream().map(ScoreJson::of).toList(),
                s.leaders(),
                s.diagnosticity().stream()
                        .map(d -> new DiagnosticityJson(d.itemId(), d.spread(), d.weightedSpread(), d.diagnostic()))
                        .toList(),
                s.sensitivity().stream()
                        .map(x -> new ShiftJson(
                                x.dropped().name().toLowerCase(Locale.ROOT),
                                x.id(),
                                x.items(),
                                x.leaders(),
                                x.leaderChanged(),
                                x.ranking().stream().map(ScoreJson::of).toList()))
                        .toList());
    }

    private static @Nullable String name(@Nullable Principal principal) {
        return principal == null ? null : principal.getName();
    }

    private static MapId map(String id) {
        if (!MapId.isValid(id)) throw new AchRefusal.NotFound("map", id);
        return new MapId(id);
    }
}
