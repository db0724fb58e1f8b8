package org.disputatio.maps.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    @GetMapping("/{id}")
    ResponseEntity<?> map(@PathVariable String id) {
        if (!MapId.isValid(id)) {
            return notFound(id);
        }
        return catalog.content(new MapId(id))
                .<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElseGet(() -> notFound(id));
    }

    static ResponseEntity<ProblemDetail> notFound(String id) {
        var problem =
                ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no map with the id '" + id + "'.");
        problem.setTitle("Map not found");
        problem.setProperty("mapId", id);
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }
}
