package org.disputatio.authoring.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import org.disputatio.authoring.ImportRefusedException;
import org.disputatio.authoring.ImportRefusedException.Reason;
import org.disputatio.authoring.TextImport;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/maps}: a signed-in user makes a map from a file (multipart: {@code file}, {@code title},
 * {@code language}, optional {@code author} and {@code provenance}) or from a text (JSON: {@code title},
 * {@code language}, {@code text}, optional {@code author} and {@code provenance}); 201 with the new map's
 * {@code id} and its Location. The fields are checked before the file is read, and nothing is written
 * unless everything is right.
 */
@RestController
@RequestMapping("/api/maps")
class NewMapApi {

    /** The JSON form; every field is optional here so that a missing one is refused by name. */
    record NewMapText(
            @Nullable String title,
            @Nullable String language,
            @Nullable String text,
            @Nullable String author,
            @Nullable String provenance) {}

    /** The new map's id (the answer's shape since issue 12: {@code {"id"}}). */
    record NewMap(String id) {}

    static final String CREATED = "The new map: its id (a slug of the title), and its address in Location.";
    static final String UNREADABLE =
            "The text cannot be read: an unreadable, encrypted or empty file, a zip bomb or a line over 100,000 chars.";

    private final TextImport imports;

    NewMapApi(TextImport imports) {
        this.imports = imports;
    }

    // openapi14 (ADR 044): the status NewMapProblems chooses at run time from the refusal's reason, and the 201
    // that springdoc cannot see in a ResponseEntity (with one @ApiResponse, it adds no success of its own).
    @ApiResponse(responseCode = "201", description = CREATED)
    @ApiResponse(responseCode = "422", description = UNREADABLE)
    @Operation(summary = "Make a new map from a file or a text")
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NewMap> fromFile(
            @RequestParam(name = "file", required = false) @Nullable MultipartFile file,
            @RequestParam(name = "title", required = false) @Nullable String title,
            @RequestParam(name = "language", required = false) @Nullable String language,
            @RequestParam(name = "author", required = false) @Nullable String author,
            @RequestParam(name = "provenance", required = false) @Nullable String provenance,
            Principal user)
            throws IOException {
        var metadata = new TextImport.Metadata(orEmpty(title), orEmpty(language), author, provenance);
        TextImport.check(metadata);
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new ImportRefusedException(Reason.INVALID, "file", "file: attach the file to make the map from.");
        }
        if (file.getSize() > TextImport.MAX_FILE_BYTES) {
            throw new ImportRefusedException(
                    Reason.TOO_LARGE,
                    "file",
                    "The file is " + file.getSize() + " bytes; files of at most " + TextImport.MAX_FILE_BYTES
                            + " bytes (10 MB) are read.");
        }
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        var reading = imports.read(file.getBytes(), name);
        return created(imports.create(reading, metadata, user.getName()));
    }

    // openapi14 (ADR 044): the status NewMapProblems chooses at run time from the refusal's reason, and the 201
    // that springdoc cannot see in a ResponseEntity (with one @ApiResponse, it adds no success of its own).
    @ApiResponse(responseCode = "201", description = CREATED)
    @ApiResponse(responseCode = "422", description = UNREADABLE)
    @Operation(summary = "Make a new map from a file or a text")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<NewMap> fromText(@RequestBody NewMapText body, Principal user) {
        var metadata = new TextImport.Metadata(
                orEmpty(body.title()), orEmpty(body.language()), body.author(), body.provenance());
        TextImport.check(metadata);
        if (body.text() == null) {
            throw new ImportRefusedException(Reason.INVALID, "text", "text: give the text to make the map from.");
        }
        var reading = imports.read(body.text());
        return created(imports.create(reading, metadata, user.getName()));
    }

    private static ResponseEntity<NewMap> created(MapId id) {
        return ResponseEntity.created(URI.create("/api/maps/" + id.value())).body(new NewMap(id.value()));
    }

    private static String orEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
