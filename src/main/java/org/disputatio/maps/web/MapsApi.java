package org.disputatio.maps.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.List;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Read-only access to maps, open to anonymous clients. The JSON shapes are a published interface. */
@RestController
@RequestMapping("/api/maps")
class MapsApi {

    /**
     * The first four fields are the original shape; clients rely on them. {@code owner} is null for a map of the
     * admins; {@code lastChange} is the newest change-log entry's time, else the creation's; {@code version} is
     * what a rename sends back as {@code expectedVersion} (ADR 034). {@code group}, the name of the seminar group
     * working on the map, is left out for maps outside groups, whose shape stays as it was (ADR 037).
     */
    record MapListItem(
            String id,
            String title,
            String language,
            long claimCount,
            @Nullable String owner,
            @Nullable Instant createdAt,
            @Nullable Instant lastChange,
            long version,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String group) {}

    private final MapCatalog catalog;

    MapsApi(MapCatalog catalog) {
        this.catalog = catalog;
    }

    /** The maps the caller may read; {@code group} names the seminar group working on a map (ADR 037), else null. */
    @Operation(summary = "List the maps the caller may read")
    @GetMapping
    List<MapListItem> maps(@Nullable Principal principal) {
        var listing = catalog.mapsFor(principal == null ? null : principal.getName());
        return listing.maps().stream()
                .map(m -> new MapListItem(
                        m.id().value(),
                        m.title(),
                        m.language(),
                        m.claimCount(),
                        m.owner(),
                        m.createdAt(),
                        m.lastChange(),
                        m.version(),
                        listing.groups().get(m.id())))
                .toList();
    }

    @Operation(summary = "Read a map: its claims, arguments, attacks, sources and citations")
    @ApiResponse(
            responseCode = "200",
            description = "The map's whole content.",
            content = @Content(schema = @Schema(implementation = MapContent.class)))
    @GetMapping("/{id}")
    ResponseEntity<?> map(@PathVariable String id) {
        if (!MapId.isValid(id)) {
            return notFound(id);
        }
        return catalog.content(new MapId(id))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(id));
    }

    /**
     * The file the map was made from, byte for byte (issue 12): its media type, its name for saving, and its
     * SHA-256 as a strong ETag, so a client that has it gets 304. A shipped map has no file: 404.
     */
    @Operation(summary = "Download the file the map was made from")
    @ApiResponse(
            responseCode = "200",
            description = "The original file, in the media type it was read as.",
            content = {
                @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/markdown", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "text/html", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = "string", format = "binary"))
            })
    @GetMapping("/{id}/original")
    ResponseEntity<?> original(@PathVariable String id, WebRequest request) {
        if (!MapId.isValid(id)) return notFound(id);
        var file = catalog.originalFile(new MapId(id)).orElse(null);
        if (file == null) {
            var problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.NOT_FOUND,
                    "The map '" + id + "' was not made from a file (a shipped map): there is no original to serve.");
            problem.setTitle("No original file");
            problem.setProperty("mapId", id);
            return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
        }
        String etag = "\"" + file.sha256() + "\"";
        if (request.checkNotModified(etag))
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .eTag(etag)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .body(file.bytes());
    }

    /**
     * {@code attachment} with the file's name twice (RFC 6266): an ASCII fallback in {@code filename} (accents dropped,
     * anything else outside printable ASCII as "_"), since header values are bytes that clients read as Latin-1, and
     * the exact name in {@code filename*}, UTF-8 percent-encoded (RFC 8187).
     */
    static String attachment(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }

    static ResponseEntity<ProblemDetail> notFound(String id) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no map with the id '" + id + "'.");
        problem.setTitle("Map not found");
        problem.setProperty("mapId", id);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
