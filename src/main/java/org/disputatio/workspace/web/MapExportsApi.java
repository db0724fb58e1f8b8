package org.disputatio.workspace.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.disputatio.evaluation.Perspective;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.Scenario;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports of a map for people (issue 14 point 6, ADR 045): its claims and its sources as CSV, and the printable
 * report as PDF, optionally under a what-if scenario. Reads, open to whoever may read the map: on a seminar group's
 * map the group's request gate has already answered 404 to outsiders.
 */
@RestController
@RequestMapping("/api/maps/{mapId}")
class MapExportsApi {

    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    private final WorkspaceService workspaces;
    private final Clock clock;

    MapExportsApi(WorkspaceService workspaces, Clock clock) {
        this.workspaces = workspaces;
        this.clock = clock;
    }

    @Operation(summary = "Download the map's claims as CSV")
    @ApiResponse(
            responseCode = "200",
            description = "The claims, one a row (RFC 4180), as a file to save.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/claims.csv")
    ResponseEntity<?> claims(@PathVariable String mapId) {
        return csv(mapId, "-claims.csv", MapTables::claims);
    }

    @Operation(summary = "Download the map's sources with their grades as CSV")
    @ApiResponse(
            responseCode = "200",
            description = "The sources with their grades, one a row (RFC 4180), as a file to save.",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/sources.csv")
    ResponseEntity<?> sources(@PathVariable String mapId) {
        return csv(mapId, "-sources.csv", w -> MapTables.sources(w, grades(w)));
    }

    /**
     * The printable report; with {@code reject=sourceId} (repeated, or comma-separated) the what-if scenario's
     * before → after too. 400 for a source the map does not have.
     */
    @Operation(summary = "Download the printable report of a map as PDF")
    @ApiResponse(
            responseCode = "200",
            description = "The report, as a PDF file to save or print.",
            content = @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/report.pdf")
    ResponseEntity<?> report(
            @PathVariable String mapId, @RequestParam(required = false) @Nullable List<String> reject) {
        Optional<Workspace> opened = open(mapId);
        if (opened.isEmpty()) return unknownMap(mapId);
        Workspace w = opened.get();
        Set<String> rejected = new LinkedHashSet<>();
        if (reject != null)
            reject.stream().map(String::strip).filter(s -> !s.isEmpty()).forEach(rejected::add);
        Set<String> unknown = new TreeSet<>();
        for (String id : rejected) {
            if (!w.evaluation().snapshot().hasSource(id)) unknown.add(id);
        }
        if (!unknown.isEmpty()) {
            return problem(
                    HttpStatus.BAD_REQUEST,
                    "The map '" + mapId + "' has no source " + String.join(", ", unknown) + " to reject.");
        }
        Scenario scenario = workspaces
                .scenario(w, List.copyOf(rejected), Perspective.ALL)
                .orElseThrow(() -> new IllegalStateException("The map '" + mapId + "' went away while printing."));
        String xhtml = ReportDocument.of(w, scenario, grades(w), clock.instant());
        return file(
                MediaType.APPLICATION_PDF,
                w.id().value() + (rejected.isEmpty() ? "" : "-what-if") + "-report.pdf",
                ReportPrinter.pdf(xhtml, w.map().title()));
    }

    /** A table of the map as a CSV file named after the map ({@code suffix} after its id), or 404. */
    private ResponseEntity<?> csv(String mapId, String suffix, Function<Workspace, String> table) {
        return open(mapId)
                .<ResponseEntity<?>>map(w -> file(CSV, w.id().value() + suffix, table.apply(w)))
                .orElseGet(() -> unknownMap(mapId));
    }

    private Optional<Workspace> open(String mapId) {
        return MapId.isValid(mapId) ? workspaces.open(new MapId(mapId)) : Optional.empty();
    }

    /** Per source, how many users gave each Admiralty grade. */
    private Map<String, Map<String, Integer>> grades(Workspace w) {
        Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
        for (MapContent.Source s : w.map().sources()) {
            out.put(s.id(), workspaces.sourceGradeGrid(w.id(), s.id(), null).counts());
        }
        return out;
    }

    private static ResponseEntity<?> file(MediaType type, String name, Object body) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(name, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(body);
    }

    private static ResponseEntity<?> unknownMap(String mapId) {
        return problem(HttpStatus.NOT_FOUND, "There is no map with the id '" + mapId + "'.");
    }

    private static ResponseEntity<?> problem(HttpStatus status, String detail) {
        return ResponseEntity.status(status)
                .contentType(PROBLEM)
                .body(ProblemDetail.forStatusAndDetail(status, detail));
    }
}
