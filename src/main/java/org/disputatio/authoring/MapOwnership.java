package org.disputatio.authoring;

import jakarta.validation.Validator;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeEntry;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapLifecycle;
import org.disputatio.maps.MapSummary;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps as things users own (issue 12 point 3): the owner or an admin renames and deletes a map, undoably
 * through the change log; anyone signed in copies a map they can read into a new one of their own. Who may
 * read a seminar group's map is checked before a request reaches this class (ADR 037, "How every path checks").
 */
@Service
public class MapOwnership {

    /** A rename as saved: the title and the map's version after it. */
    public record Renamed(MapId id, String title, long version) {}

    /** A deletion as saved, with the seq of its change-log entry: undoing that entry restores the map. */
    public record Deleted(MapId id, String title, Instant at, long seq) {}

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final MapRights rights;
    private final MapLifecycle lifecycle;
    private final MapCatalog catalog;
    private final ChangeLog changeLog;
    private final UndoService undo;
    private final Validator validator;
    private final Clock clock;
    private final ObjectProvider<GroupStanding> groups;

    MapOwnership(
            MapRights rights,
            MapLifecycle lifecycle,
            MapCatalog catalog,
            ChangeLog changeLog,
            UndoService undo,
            Validator validator,
            Clock clock,
            ObjectProvider<GroupStanding> groups) {
        this.groups = groups;
        this.rights = rights;
        this.lifecycle = lifecycle;
        this.catalog = catalog;
        this.changeLog = changeLog;
        this.undo = undo;
        this.validator = validator;
        this.clock = clock;
    }

    /** Whether this user may rename and delete the map (its owner or an admin); false for anonymous or unknown. */
    public boolean mayChange(MapId map, @Nullable String username) {
        if (username == null) return false;
        try {
            return rights.require(map, username).mayChangeStructure();
        } catch (AccessDeniedException | UnknownMapException e) {
            return false;
        }
    }

    /**
     * Gives the map a new title.
     *
     * @param expectedVersion the version the user started from; null to rename whatever the version
     * @throws InvalidInputException for a blank or over-long title (field {@code title})
     * @throws UnknownMapException for an unknown or deleted map
     * @throws AccessDeniedException for anyone but the owner or an admin
     * @throws ConcurrentEditException if the map's version is no longer {@code expectedVersion}
     */
    public Renamed rename(MapId map, @Nullable String title, @Nullable Long expectedVersion, String username) {
        String checked = title(title);
        requireStructureRights(map, username);
        return changeLog.write((tx, entries) -> {
            var head =
                    lifecycle.lock(tx, map).filter(h -> !h.deleted()).orElseThrow(() -> new UnknownMapException(map));
            if (expectedVersion != null && head.version() != expectedVersion) {
                throw new ConcurrentEditException(map.value(), expectedVersion, head.version());
            }
            lifecycle.rename(tx, map, checked);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.MapRenamed,
                    username,
                    map.value(),
                    null,
                    "Map renamed from \"" + head.title() + "\" to \"" + checked + "\"",
                    JSON.writeValueAsString(Map.of("title", head.title()))));
            return new Renamed(map, checked, head.version() + 1);
        });
    }

    /**
     * Deletes the map softly: it leaves every list and read at once, and undoing the returned change restores it.
     *
     * @throws UnknownMapException for an unknown or already deleted map
     * @throws AccessDeniedException for anyone but the owner or an admin
     * @throws ConcurrentEditException if {@code expectedVersion} is given and no longer the map's version
     */
    public Deleted delete(MapId map, @Nullable Long expectedVersion, String username) {
        requireStructureRights(map, username);
        Instant at = clock.instant();
        String title = changeLog.write((tx, entries) -> {
            var head =
                    lifecycle.lock(tx, map).filter(h -> !h.deleted()).orElseThrow(() -> new UnknownMapException(map));
            if (expectedVersion != null && head.version() != expectedVersion) {
                throw new ConcurrentEditException(map.value(), expectedVersion, head.version());
            }
            lifecycle.delete(tx, map, username, at);
            entries.append(new ChangeEntry(
                    map,
                    ChangeKind.MapDeleted,
                    username,
                    map.value(),
                    null,
                    "Map \"" + head.title() + "\" deleted",
                    JSON.writeValueAsString(Map.of("title", head.title()))));
            return head.title();
        });
        long seq = changeLog.forItems(map, List.of(map.value()), 1).stream()
                .filter(c -> c.kind() == ChangeKind.MapDeleted)
                .map(Change::seq)
                .findFirst()
                .orElse(0L);
        return new Deleted(map, title, at, seq);
    }

    /** Restores a deleted map by undoing its deletion (the deleter or an admin, as every undo). */
    public Change restore(MapId map, long deletionSeq, String username) {
        return undo.undo(map, deletionSeq, username);
    }

    /** The deleted maps this user may restore: those they own or deleted; every one for an admin. */
    public List<RestorableMap> deleted(String username) {
        return lifecycle.deleted(username, rights.admin(username)).stream()
                .filter(d -> mayRead(d.id(), username))
                .map(d -> new RestorableMap(d, deletionSeq(d.id())))
                .filter(r -> r.seq() > 0)
                .toList();
    }

    /** A deleted map and the seq of the change that deleted it. */
    public record RestorableMap(MapLifecycle.DeletedMap map, long seq) {}

    private long deletionSeq(MapId map) {
        return changeLog.forItems(map, List.of(map.value()), 1).stream()
                .filter(c -> c.kind() == ChangeKind.MapDeleted)
                .map(Change::seq)
                .findFirst()
                .orElse(0L);
    }

    /**
     * Copies a map the user can read into a new map they own: the text, the structure and the sources, not
     * anybody's evidence, ratings, grades or contestations (ADR 034).
     *
     * @param title the copy's title; null for the original's with " (copy)"
     * @return the new map's id
     * @throws UnknownMapException for an unknown or deleted map, or a group's map the user may not read
     * @throws AccessDeniedException for nobody signed in, or a viewer of a group's map
     */
    public MapId copy(MapId map, @Nullable String title, String username) {
        if (username == null || username.isBlank()) throw new AccessDeniedException("Sign in to copy a map.");
        // The API's gate (seminars.web.MapRequestGate) refuses these before the call; the maps list and the
        // workspace call here directly, so the same rules are checked here too (gaps13): an outsider learns nothing
        // of a group's map (404), a viewer, who may not write to it, may not take its work out either (403).
        if (!mayRead(map, username)) throw new UnknownMapException(map);
        if (!mayCopy(map, username)) {
            throw new AccessDeniedException("Only the members of the group working on this map copy it.");
        }
        MapSummary original = catalog.find(map).orElseThrow(() -> new UnknownMapException(map));
        String checked = title == null ? copyTitle(original.title()) : title(title);
        rights.require(map, username); // the account exists
        return copyAs(map, original.title(), checked, username, (tx, copy) -> {});
    }

    /**
     * Copies a map, under its own title, into a new one owned by {@code owner}, running {@code alongside} in the copy's transaction
     * (a seminar group records its claim on the copy there: both commit or neither). The caller has checked
     * that whoever asked may read the original and have the copy made.
     *
     * @throws UnknownMapException for an unknown or deleted map
     */
    public MapId copyFor(MapId map, String owner, BiConsumer<TransactionContext, MapId> alongside) {
        MapSummary original = catalog.find(map).orElseThrow(() -> new UnknownMapException(map));
        return copyAs(map, original.title(), original.title(), owner, alongside);
    }

    private MapId copyAs(
            MapId map,
            String originalTitle,
            String title,
            String owner,
            BiConsumer<TransactionContext, MapId> alongside) {
        for (int attempt = 0; ; attempt++) {
            MapId id = newId(title);
            // The copy starts its own log with a MapCopied entry naming the source; the copy, what runs alongside
            // it (a seminar group's claim on the copy) and the entry commit together or not at all.
            boolean copied = changeLog.write((tx, entries) -> {
                if (!lifecycle.copy(tx, map, id, title, owner)) return false;
                alongside.accept(tx, id);
                entries.append(new ChangeEntry(
                        id,
                        ChangeKind.MapCopied,
                        owner,
                        id.value(),
                        map.value(),
                        "Copied from the map '" + originalTitle + "' (" + map.value() + ").",
                        "{}"));
                return true;
            });
            if (copied) return id;
            if (catalog.find(map).isEmpty()) throw new UnknownMapException(map);
            if (attempt == 3) throw new IllegalStateException("Could not find a free id for the copy of " + map);
        }
    }

    /** Whether the user may duplicate the map: signed in, and a member of its group or above for a group's map. */
    public boolean mayCopy(MapId map, @Nullable String username) {
        return rights.mayWrite(map, username);
    }

    private boolean mayRead(MapId map, String username) {
        var standing = groups.getIfAvailable();
        return standing == null || standing.mayRead(map, username);
    }

    private void requireStructureRights(MapId map, String username) {
        Editor editor = rights.require(map, username);
        if (!editor.mayChangeStructure()) {
            throw new AccessDeniedException(
                    "Only the map's owner (" + rights.owner(map).flatMap(o -> o).orElse("the admins")
                            + ") or an admin may rename or delete it.");
        }
    }

    private String title(@Nullable String title) {
        var input = new MapTitle(title);
        var violations = validator.validate(input);
        if (!violations.isEmpty()) throw InvalidInputException.of(violations);
        return java.util.Objects.requireNonNull(title).strip();
    }

    static String copyTitle(String original) {
        String title = original + " (copy)";
        return title.length() <= MapTitle.MAX
                ? title
                : original.substring(0, MapTitle.MAX - 7).strip() + " (copy)";
    }

    /** A readable id from the title (ASCII letters and digits), made unique by a random tail. */
    static MapId newId(String title) {
        String folded = Normalizer.normalize(title, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        if (folded.length() > 60) folded = folded.substring(0, 60).replaceAll("-+$", "");
        byte[] tail = new byte[4];
        RANDOM.nextBytes(tail);
        return new MapId(
                (folded.isEmpty() ? "map" : folded) + "-" + HexFormat.of().formatHex(tail));
    }

    /** The map as the list shows it; empty for an unknown or deleted map. */
    public Optional<MapSummary> summary(MapId map) {
        return catalog.find(map);
    }
}
