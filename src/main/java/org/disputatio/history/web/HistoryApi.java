package org.disputatio.history.web;

import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.history.UnknownChangeException;
import org.disputatio.maps.MapId;
import org.disputatio.shell.Refuses;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A map's change log over HTTP: anyone who may read the map pages through it by seq (a follower polls with
 * {@code after} set to the last seq it saw); the author of a change, or an admin, undoes it.
 */
@RestController
@RequestMapping("/api/maps/{mapId}/changes")
class HistoryApi {

    /** One change as clients see it; the state kept for undo stays on the server. */
    record ChangeJson(
            long seq,
            Instant at,
            String user,
            String kind,
            String itemId,
            @Nullable String onId,
            String summary,
            @Nullable Long undoes) {

        static ChangeJson of(Change c) {
            return new ChangeJson(
                    c.seq(), c.at(), c.user(), c.kind().name(), c.itemId(), c.onId(), c.summary(), c.undoes());
        }
    }

    record Page(List<ChangeJson> changes, long last) {}

    private final ChangeLog changeLog;
    private final UndoService undo;

    HistoryApi(ChangeLog changeLog, UndoService undo) {
        this.changeLog = changeLog;
        this.undo = undo;
    }

    @Operation(summary = "List a map's changes after a sequence number, a page at a time")
    @GetMapping
    Page changes(
            @PathVariable String mapId,
            @RequestParam(defaultValue = "0") String after,
            @RequestParam(defaultValue = "100") String limit) {
        long from = number(after, "after", 0, Long.MAX_VALUE);
        int size = (int) number(limit, "limit", 1, ChangeLog.MAX_LIMIT);
        var page = changeLog
                .after(map(mapId), from, size)
                .orElseThrow(() -> new UnknownChangeException("There is no map '" + mapId + "'."));
        return new Page(page.changes().stream().map(ChangeJson::of).toList(), page.last());
    }

    @Refuses(
            value = HttpStatus.CONFLICT,
            when =
                    "the change cannot be undone any more: it is itself an undo, was undone already, or what it changed has changed since")
    @Operation(summary = "Undo a change")
    @PostMapping("/{seq}/undo")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ChangeJson> undo(@PathVariable String mapId, @PathVariable String seq, Principal principal) {
        long n = number(seq, "seq", 1, Long.MAX_VALUE);
        Change entry = undo.undo(map(mapId), n, principal.getName());
        return ResponseEntity.created(URI.create("/api/maps/" + mapId + "/changes?after=" + (entry.seq() - 1)))
                .body(ChangeJson.of(entry));
    }

    private static long number(String text, String name, long min, long max) {
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new BadParameterException(name, "'" + name + "' must be a whole number, not '" + text + "'.");
        }
        if (value < min || value > max) {
            throw new BadParameterException(
                    name, "'" + name + "' must be between " + min + " and " + max + "; it was " + value + ".");
        }
        return value;
    }

    private static MapId map(String mapId) {
        if (!MapId.isValid(mapId)) {
            throw new UnknownChangeException("There is no map '" + mapId + "'.");
        }
        return new MapId(mapId);
    }
}
