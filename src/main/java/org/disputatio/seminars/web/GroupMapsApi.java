package org.disputatio.seminars.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.evidence.RefusalProblems;
import org.disputatio.maps.MapId;
import org.disputatio.seminars.GroupMaps;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A seminar group's own copies of maps (issue 13 point 2): its owner or an instructor copies a map, anyone in the
 * group lists them, the owner publishes them. Outsiders get 404: a group's existence is not revealed to them.
 */
@RestController
@RefusalProblems
class GroupMapsApi {

    record Copy(@Nullable String fromMapId) {}

    record Created(String id) {}

    record Publication(@Nullable Boolean published) {}

    record GroupMapJson(String id, String title, boolean published) {}

    private final GroupMaps maps;

    GroupMapsApi(GroupMaps maps) {
        this.maps = maps;
    }

    @Operation(summary = "Copy a map into the group")
    @PostMapping("/api/groups/{groupId}/maps")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Created> copy(
            @PathVariable String groupId, @RequestBody(required = false) @Nullable Copy body, Principal principal) {
        String from = body == null ? null : body.fromMapId();
        if (from == null || from.isBlank()) {
            throw new InvalidInputException("fromMapId", "give the id of the map to copy.");
        }
        MapId copy = maps.copy(groupId, map(from), principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + copy.value())).body(new Created(copy.value()));
    }

    @Operation(summary = "List the group's maps")
    @GetMapping("/api/groups/{groupId}/maps")
    List<GroupMapJson> maps(@PathVariable String groupId, @Nullable Principal principal) {
        return maps.maps(groupId, principal == null ? null : principal.getName()).stream()
                .map(GroupMapsApi::json)
                .toList();
    }

    @Operation(summary = "Publish or unpublish a group's map")
    @PutMapping("/api/groups/{groupId}/maps/{mapId}")
    GroupMapJson publish(
            @PathVariable String groupId,
            @PathVariable String mapId,
            @RequestBody(required = false) @Nullable Publication body,
            Principal principal) {
        if (body == null || body.published() == null) {
            throw new InvalidInputException("published", "give true or false.");
        }
        return json(maps.publish(groupId, map(mapId), body.published(), principal.getName()));
    }

    private static GroupMapJson json(GroupMaps.GroupMap map) {
        return new GroupMapJson(map.id().value(), map.title(), map.published());
    }

    private static MapId map(String id) {
        if (!MapId.isValid(id)) throw new GroupMapsProblems.NoSuchMap(id);
        return new MapId(id);
    }
}
