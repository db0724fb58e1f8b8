package org.disputatio.backup.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.disputatio.backup.BackupFormat;
import org.disputatio.backup.BackupService;
import org.disputatio.backup.RestoreReport;
import org.disputatio.shell.Refuses;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/backup[?passwords=include]} and {@code POST /api/restore}, for admins only (the security
 * configuration refuses others before they get here). The backup streams to the client as it is read.
 */
@RestController
class BackupApi {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;

    BackupApi(BackupService backups) {
        this.backups = backups;
    }

    @Operation(summary = "Download a backup of the whole database (admins)")
    @ApiResponse(
            responseCode = "200",
            description = "The backup file (JSON, versioned, with a published JSON Schema: ADR 043), streamed.",
            content = @Content(mediaType = "application/json", schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/api/backup")
    void backup(
            @RequestParam(name = "passwords", defaultValue = "exclude") Passwords passwords,
            HttpServletResponse response)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                        .filename("disputatio-backup-" + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC)) + ".json")
                        .build()
                        .toString());
        backups.backup(response.getOutputStream(), passwords == Passwords.include);
    }

    @Refuses(
            value = HttpStatus.CONTENT_TOO_LARGE,
            when =
                    "the backup is larger than `disputatio.backup.max-restore-size`, or than this heap can restore (about"
                            + " `disputatio.backup.restore-heap-per-byte` bytes of heap per byte of the file); nothing is"
                            + " written")
    @Refuses(value = HttpStatus.CONFLICT, when = "the database is not empty (`nodes` says how many nodes it holds)")
    @Refuses(
            value = HttpStatus.UNPROCESSABLE_CONTENT,
            when = "the JSON is not a version 1 backup (`line`, `column` and `path` name the place)")
    // The body is read as a stream (a backup can be large), so springdoc sees no body parameter to describe.
    @Operation(
            summary = "Restore a backup into an empty database (admins)",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            required = true,
                            description = "A backup file as GET /api/backup writes it: version 1 of the format, whose"
                                    + " published JSON Schema is " + BackupFormat.SCHEMA + " (ADR 043).",
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON_VALUE,
                                            schema = @Schema(ref = BackupFormat.SCHEMA))))
    @PostMapping(path = "/api/restore", consumes = MediaType.APPLICATION_JSON_VALUE)
    RestoreReport restore(HttpServletRequest request) throws IOException {
        // Content-Length, when given, lets the service refuse a file too large before reading it; -1 if absent.
        return backups.restore(request.getInputStream(), request.getContentLengthLong());
    }

    /** Whether a backup carries the password hashes and API tokens. */
    @SuppressWarnings("java:S115") // the values are the parameter's spelling
    enum Passwords {
        include,
        exclude
    }
}
