package org.disputatio.maps;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** What maps exist, and the graph of each, for views and the REST API. */
@Service
public class MapCatalog {

    private final Maps maps;
    private final NewMaps newMaps;

    private final ObjectProvider<MapActivity> activity;
    private final ObjectProvider<MapAudience> audience;

    MapCatalog(Maps maps, NewMaps newMaps, ObjectProvider<MapActivity> activity, ObjectProvider<MapAudience> audience) {
        this.maps = maps;
        this.newMaps = newMaps;
        this.activity = activity;
        this.audience = audience;
    }

    /** The maps a user sees in the list, and the name of the group working on each map that has one. */
    public record Listing(List<MapSummary> maps, java.util.Map<MapId, String> groups) {}

    /**
     * The maps this user ({@code null}: anonymous) may read: every map outside groups, and the maps of the user's
     * seminar groups and the published ones (ADR 037), with their groups' names.
     */
    public Listing mapsFor(@Nullable String username) {
        var seminars = audience.getIfAvailable();
        if (seminars == null) {
            return new Listing(maps(), java.util.Map.of());
        }
        var work = seminars.groupWork(username);
        var groups = new java.util.HashMap<MapId, String>();
        work.forEach((id, w) -> groups.put(id, w.groupName()));
        var readable = maps().stream()
                .filter(m -> !work.containsKey(m.id()) || work.get(m.id()).readable())
                .toList();
        return new Listing(readable, java.util.Map.copyOf(groups));
    }

    // Maps made from a user's text (issue 12, docs/adr/033-text-import.md), written in the caller's
    // transaction so that the map and its change-log entry commit together.

    /** Whether the id is taken, by a map or by the change log of a map that was deleted, in the caller's transaction. */
    public boolean taken(org.neo4j.driver.TransactionContext tx, MapId id) {
        return newMaps.taken(tx, id);
    }

    /**
     * Stores a map made from a text (no claims yet) in the caller's transaction: its document with the reading
     * text, the text it was read from, the sections, and the file itself byte for byte; {@code owner} owns it.
     */
    public void createFromText(
            org.neo4j.driver.TransactionContext tx,
            MapContent map,
            String owner,
            OriginalFile file,
            List<Section> sections) {
        newMaps.insert(tx, map, owner, file, sections);
    }

    /**
     * Stores a whole map read from another tool's file (issue 14), owned by {@code owner}, in the caller's
     * transaction, so that the map and its change-log entry commit together.
     *
     * @return false, writing nothing, if a map with this id exists already
     */
    public boolean createImported(org.neo4j.driver.TransactionContext tx, MapContent map, String owner) {
        return Maps.insert(tx, map, null, owner);
    }

    /** Deletes a map read from a file, with everything in it, in the caller's transaction (undo of its import). */
    public boolean deleteImported(org.neo4j.driver.TransactionContext tx, MapId id) {
        return Maps.deleteImported(tx, id);
    }

    /** Deletes a map made from a text, with its document and file, in the caller's transaction (undo of its creation). */
    public boolean deleteCreated(org.neo4j.driver.TransactionContext tx, MapId id) {
        return newMaps.delete(tx, id);
    }

    /** The file a map was made from, byte for byte; empty for a shipped map. */
    public Optional<OriginalFile> originalFile(MapId id) {
        return newMaps.originalFile(id);
    }

    /** The name of the file a map was made from, without reading its bytes; empty for a shipped map. */
    public Optional<String> originalFileName(MapId id) {
        return newMaps.originalFileName(id);
    }

    /** The sections stored with a map made from a text (its headings); empty for other maps. */
    public List<Section> sections(MapId id) {
        return newMaps.sections(id);
    }

    /** Every map that is not deleted, with its owner and the time of its last change. */
    public List<MapSummary> maps() {
        return withLastChanges(maps.list());
    }

    public Optional<MapSummary> find(MapId id) {
        return maps.find(id).map(m -> withLastChanges(List.of(m)).getFirst());
    }

    private List<MapSummary> withLastChanges(List<MapSummary> list) {
        var log = activity.getIfAvailable();
        var last = log == null
                ? java.util.Map.<MapId, java.time.Instant>of()
                : log.lastChanges(list.stream().map(MapSummary::id).toList());
        return list.stream().map(m -> m.withLastChange(last.get(m.id()))).toList();
    }

    /** The whole map, as stored. */
    public Optional<MapContent> content(MapId id) {
        return maps.details(id);
    }

    /**
     * Stores a new map in one transaction.
     *
     * @return false, writing nothing, if a map with this id exists already
     */
    public boolean create(MapContent map) {
        return maps.insert(map, null, null);
    }

    /**
     * Stores a new map owned by {@code owner} (null: the admins) in one transaction.
     *
     * @return false, writing nothing, if a map with this id exists already
     */
    public boolean create(MapContent map, @Nullable String contentHash, @Nullable String owner) {
        return maps.insert(map, contentHash, owner);
    }

    /**
     * Stores a new map imported from files, with the hash of the content it was read from, so that a later
     * start can tell whether the files changed.
     *
     * @return false, writing nothing, if a map with this id exists already
     */
    public boolean create(MapContent map, String contentHash) {
        return maps.insert(map, contentHash, null);
    }

    /** The hash stored with an imported map; empty for a map stored without one. */
    public Optional<String> contentHash(MapId id) {
        return maps.contentHash(id);
    }

    /**
     * Replaces an imported map's content with a new version of its files, keeping users' work on it: their
     * evidence, ratings, grades, contestations, claims and attacks, and the change log. Items are matched by id.
     *
     * @return the ids of imported items the new version drops although users worked on them; when there are
     *     any, nothing is written (dropping them would orphan that work)
     */
    public List<String> replaceImported(MapContent map, String contentHash) {
        return maps.replaceImported(map, contentHash);
    }
}
