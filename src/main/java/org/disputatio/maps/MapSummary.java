package org.disputatio.maps;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the list of maps. {@code owner} is null for a map that belongs to the admins (stored before
 * owners existed); {@code lastChange} is the time of the newest entry of the map's change log, else its
 * creation; {@code version} counts changes of the map's own metadata (its title), for concurrent renames.
 */
public record MapSummary(
        MapId id,
        String title,
        String language,
        long claimCount,
        @Nullable String owner,
        @Nullable Instant createdAt,
        @Nullable Instant lastChange,
        long version) {

    public MapSummary(MapId id, String title, String language, long claimCount) {
        this(id, title, language, claimCount, null, null, null, 1);
    }

    /** The same line with the newest change of the map's log, when it has one. */
    public MapSummary withLastChange(@Nullable Instant logged) {
        Instant newest = logged == null ? createdAt : logged;
        return new MapSummary(id, title, language, claimCount, owner, createdAt, newest, version);
    }
}
