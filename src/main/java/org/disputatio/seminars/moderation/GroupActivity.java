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
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
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
     * The group's newest changes made after {@code after} (all when null), newest first, at most {@code limit}.
     *
     * @throws UnknownReviewException for an unknown group (404)
     * @throws AccessDeniedException for a signed-in user outside the group (403)
     */
    public List<Entry> activity(String groupId, @Nullable Instant after, int limit, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new SignInRequiredException("Sign in to read a group's activity.");
        }
        if (!groups.exists(groupId)) {
            throw new UnknownReviewException("group", groupId);
        }
        if (access.roleInGroup(groupId, username).isEmpty()) {
            throw new AccessDeniedException("Only the group's members read its activity.");
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
