package org.disputatio.interchange.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.disputatio.interchange.ImportReport;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.interchange.MapFormat;
import org.disputatio.interchange.MapImports;
import org.disputatio.maps.MapId;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Maps in other tools' formats (issue 14, ADR 041). {@code POST /api/maps/import?format=aif|xaif|…} reads the file
 * (the request body, or the multipart part {@code file}) into a new map of the signed-in user: 201 with its
 * {@code id} and the import {@code report}. {@code GET /api/maps/{id}/export?format=…} writes a map as a file to
 * download; whoever may read the map may export it (the seminars' map gate applies to every {@code /api/maps/{id}/**}).
 */
@RestController
class InterchangeApi {

    /** The answer to an import (issue 14's interface): the new map's id and what was kept or left out. */
    record ImportedJson(String id, ImportReport report) {}

    /** Both ways of sending the file are refused alike (the API description lists these). */
    private static final String UNKNOWN_FORMAT = "`format` is not one of aif, xaif, argdown (`known` lists them)";

    private static final String INCONSISTENT =
            "the file was read but does not hold together (`where` names the node or line)";

    private final MapImports imports;

    InterchangeApi(MapImports imports) {
        this.imports = imports;
    }

    @Refuses(value = HttpStatus.UNSUPPORTED_MEDIA_TYPE, when = UNKNOWN_FORMAT)
    @Refuses(value = HttpStatus.UNPROCESSABLE_CONTENT, when = INCONSISTENT)
    @Operation(summary = "Import a map from an AIF, xAIF or Argdown file")
    @PostMapping(path = "/api/maps/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportedJson> importFile(
            @RequestParam(name = "format", required = false) @Nullable String format,
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            HttpServletRequest request,
            Principal user)
            throws IOException {
        imports.format(format);
        if (file == null) {
            throw new InterchangeFileException("file", "file: attach the file to import.");
        }
        try (InputStream in = file.getInputStream()) {
            return imported(format, in, request, user);
        }
    }

    // The file is the body itself, read as a stream in the format the query names: springdoc sees no parameter.
    @Refuses(value = HttpStatus.UNSUPPORTED_MEDIA_TYPE, when = UNKNOWN_FORMAT)
    @Refuses(value = HttpStatus.UNPROCESSABLE_CONTENT, when = INCONSISTENT)
    @Operation(
            summary = "Import a map from an AIF, xAIF or Argdown file",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            description = "The file, as the body (or as the form's `file`): AIF or xAIF JSON with"
                                    + " format=aif or xaif, Argdown text with format=argdown.",
                            content = {
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON_VALUE,
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = "text/x-argdown",
                                        schema = @Schema(type = "string", format = "binary")),
                                @Content(
                                        mediaType = MediaType.TEXT_PLAIN_VALUE,
                                        schema = @Schema(type = "string", format = "binary"))
                            }))
    @PostMapping(path = "/api/maps/import")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ImportedJson> importBody(
            @RequestParam(name = "format", required = false) @Nullable String format,
            HttpServletRequest request,
            Principal user)
            throws IOException {
        // The format is checked before a byte of the body is read.
        imports.format(format);
        InputStream in;
        try {
            in = request.getInputStream();
        } catch (IOException e) {
            throw unreadable(e, request);
        }
        try (in) {
            return imported(format, in, request, user);
        }
    }

    private ResponseEntity<ImportedJson> imported(
            @Nullable String format, InputStream in, HttpServletRequest request, Principal user) {
        MapImports.Imported imported;
        try {
            imported = imports.importMap(format == null ? "" : format, in, user.getName());
        } catch (IOException e) {
            throw unreadable(e, request);
        }
        return ResponseEntity.created(URI.create("/api/maps/" + imported.id().value()))
                .body(new ImportedJson(imported.id().value(), imported.report()));
    }

    /**
     * A body that could not be read (the connection broke, or it passed the size limit while streaming): handed to
     * the API's common answer for unreadable bodies, which gives 413 for the size limit.
     */
    private static HttpMessageNotReadableException unreadable(IOException e, HttpServletRequest request) {
        return new HttpMessageNotReadableException(
                "The file could not be read to its end.", e, new ServletServerHttpRequest(request));
    }

    @Operation(summary = "Export a map as an AIF, xAIF or Argdown file")
    @ApiResponse(
            responseCode = "200",
            description = "The map as a file to save: AIF or xAIF (JSON), or Argdown (text).",
            content = {
                @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/x-argdown", schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/api/maps/{id}/export")
    ResponseEntity<?> export(
            @PathVariable String id,
            @RequestParam(name = "format", required = false) @Nullable String format,
            HttpServletResponse response)
            throws IOException {
        MapFormat chosen = imports.format(format);
        if (!MapId.isValid(id)) {
            return notFound(id);
        }
        var content = imports.content(new MapId(id));
        if (content.isEmpty()) {
            return notFound(id);
        }
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(chosen.mediaType());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename(id + "." + chosen.extension(), StandardCharsets.UTF_8)
                        .build()
                        .toString());
        imports.export(content.get(), chosen, response.getOutputStream());
        response.flushBuffer();
        return null;
    }

    private static ResponseEntity<ProblemDetail> notFound(String id) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no map with the id '" + id + "'.");
        problem.setTitle("Map not found");
        problem.setProperty("mapId", id);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
