package org.disputatio.maps;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Service;

/**
 * Renaming, deleting, restoring and copying maps: the writes to {@code :Map} nodes, which this module owns.
 * Who may do them, and their entries in the change log, are the concern of the caller (the authoring module);
 * the methods taking a transaction run in the caller's, so that the change and its entry commit together.
 */
@Service
public class MapLifecycle {

    /** A map's head as read under its write lock: its version before the lock, title, owner and state. */
    public record Head(long version, String title, @Nullable String owner, boolean deleted) {}

    /** A deleted map, as its owner sees it among those they may restore. */
    public record DeletedMap(
            MapId id, String title, @Nullable String owner, Instant deletedAt, String deletedBy, long claimCount) {}

    private final MapRecords records;

    MapLifecycle(MapRecords records) {
        this.records = records;
    }

    /**
     * Takes the map's write lock (deleted or not) and counts one more version of it; empty if there is no such map.
     * A writer that then refuses the change throws, and the version goes back with the rest of its transaction.
     */
    public Optional<Head> lock(TransactionContext tx, MapId map) {
        return records.lock(tx, map).map(l -> new Head(l.previousVersion(), l.title(), l.owner(), l.deleted()));
    }

    /** Renames a map that is not deleted; call after {@link #lock}. */
    public void rename(TransactionContext tx, MapId map, String title) {
        records.setTitle(tx, map, title);
    }

    /** Hides the map from every list and read (a soft delete); call after {@link #lock}. */
    public void delete(TransactionContext tx, MapId map, String user, Instant at) {
        records.delete(tx, map, user, at);
    }

    /** Brings a deleted map back as it was; call after {@link #lock}. */
    public void restore(TransactionContext tx, MapId map) {
        records.restore(tx, map);
    }

    /** The deleted maps this user owns or deleted; every deleted map for {@code everyone} (admins). */
    public List<DeletedMap> deleted(String user, boolean everyone) {
        return records.deleted(user, everyone);
    }

    /**
     * Copies a map's text, structure and sources into a new map owned by {@code owner}, in one transaction.
     *
     * @return false, writing nothing, if {@code from} is not a map or a map {@code to} exists (even deleted)
     */
    public boolean copy(MapId from, MapId to, String title, String owner) {
        return records.copy(from, to, title, owner);
    }

    /**
     * The same copy, with {@code alongside} given the transaction and the copy's id once the copy is written: what it writes
     * (a seminar group's claim on the copy, say) commits with the copy or not at all.
     */
    public boolean copy(
            MapId from,
            MapId to,
            String title,
            String owner,
            java.util.function.BiConsumer<TransactionContext, MapId> alongside) {
        return records.copy(from, to, title, owner, alongside);
    }
}
