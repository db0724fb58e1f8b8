package org.disputatio.seminars.moderation;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapSummary;
import org.disputatio.seminars.SeminarAccess;
import org.disputatio.seminars.UnknownGroupException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * A group's activity: who did what, on which of its maps, when, merged from the change logs of the maps the group
 * works on (its {@code :GroupMap}s), newest first. Only the group's members read it.
 */
@Service
public class GroupActivity {

    /** How many entries one read returns unless asked for fewer. */
    public static final int DEFAULT_LIMIT = 50;

    /** One change in the feed, with the title of its map. */
    public record Entry(String mapId, String mapTitle, Change change) {}

    private final FeedMaps groups;
    private final SeminarAccess access;
    private final ChangeLog changeLog;
    private final MapCatalog catalog;

    GroupActivity(FeedMaps groups, SeminarAccess access, ChangeLog changeLog, MapCatalog catalog) {
        this.groups = groups;
        this.access = access;
        this.changeLog = changeLog;
        this.catalog = catalog;
    }

    /**
     * The group's newest changes made strictly after {@code after} (all when null), newest first, at most
     * {@code limit}. A client polls with the newest {@code at} it has seen and gets only what came later; when more
     * than {@code limit} came later it gets the newest {@code limit} of them, so it pages back with a smaller
     * window or a larger limit (ADR 038).
     *
     * @throws UnknownGroupException for an unknown group, and for a signed-in user outside it: the same 404 as
     *     every other read of a group, so that a group's id reveals nothing (ADR 037)
     */
    public List<Entry> activity(String groupId, @Nullable Instant after, int limit, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new SignInRequiredException("Sign in to read a group's activity.");
        }
        if (!groups.exists(groupId) || access.roleInGroup(groupId, username).isEmpty()) {
            throw new UnknownGroupException(groupId);
        }
        var maps = groups.maps(groupId).stream()
                .filter(MapId::isValid)
                .map(MapId::new)
                .toList();
        var titles = new HashMap<String, String>();
        return changeLog.across(maps, after == null ? Instant.EPOCH : after, limit).stream()
                .map(change -> new Entry(
                        change.mapId(),
                        titles.computeIfAbsent(
                                change.mapId(),
                                id -> catalog.find(new MapId(id))
                                        .map(MapSummary::title)
                                        .orElse(id)),
                        change))
                .toList();
    }
}
