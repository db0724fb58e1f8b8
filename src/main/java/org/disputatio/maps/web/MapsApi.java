package org.disputatio.maps.web;

import java.util.List;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
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

    record MapListItem(String id, String title, String language, long claimCount) {}

    private final MapCatalog catalog;

    MapsApi(MapCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    List<MapListItem> maps() {
        return catalog.maps().stream()
                .map(m -> new MapListItem(m.id().value(), m.title(), m.language(), m.claimCount()))
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
