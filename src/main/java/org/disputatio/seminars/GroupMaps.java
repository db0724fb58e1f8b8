package org.disputatio.seminars;

import java.util.Comparator;
import java.util.List;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapSummary;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * A seminar group's own copies of maps (issue 13 point 2): an instructor or the owner copies a map they can read
 * for the group; the group's work on the copy never touches the original; the owner publishes it to everyone.
 */
@Service
public class GroupMaps {

    /** A map of the group, as its list shows it. */
    public record GroupMap(MapId id, String title, boolean published) {}

    private final SeminarAccess access;
    private final GroupMapRecords records;
    private final MapOwnership ownership;
    private final MapCatalog catalog;

    GroupMaps(SeminarAccess access, GroupMapRecords records, MapOwnership ownership, MapCatalog catalog) {
        this.access = access;
        this.records = records;
        this.ownership = ownership;
        this.catalog = catalog;
    }

    /**
     * The maps this user may copy into a group: those they may read that are no group's copy (a copy of a copy
     * would carry one seminar's text changes into another). The shipped maps come first, the ones a seminar
     * usually starts from: they have no owner (ADR 034); then by title.
     */
    public List<MapSummary> copyable(String username) {
        var listing = catalog.mapsFor(username);
        return listing.maps().stream()
                .filter(m -> !listing.groups().containsKey(m.id()))
                .sorted(Comparator.comparing((MapSummary m) -> m.owner() != null)
                        .thenComparing(MapSummary::title, String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(m -> m.id().value()))
                .toList();
    }

    /**
     * Copies the map for the group: the text, the structure and the sources, nobody's evidence, ratings, grades or
     * contestations (ADR 034). The copy belongs to the group's owner and is unpublished; the map and its
     * {@code :GroupMap} commit in one transaction.
     *
     * @throws UnknownGroupException if there is no such group or the user is not in it
     * @throws AccessDeniedException for a member or viewer of the group
     * @throws UnknownMapException if the original does not exist or the user may not read it
     */
    public MapId copy(String groupId, MapId from, String username) {
        var role = access.roleInGroup(groupId, username).orElseThrow(() -> new UnknownGroupException(groupId));
        var group = records.group(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        if (!role.atLeast(GroupRole.INSTRUCTOR)) {
            throw new AccessDeniedException("Only the group's owner and instructors copy maps for it.");
        }
        if (!access.mayRead(from, username)) throw new UnknownMapException(from);
        return ownership.copyFor(from, group.owner(), (tx, copy) -> GroupMapRecords.insert(tx, groupId, copy.value()));
    }

    /** The maps the group works on, by title; for anyone in the group. */
    public List<GroupMap> maps(String groupId, @Nullable String username) {
        access.roleInGroup(groupId, username).orElseThrow(() -> new UnknownGroupException(groupId));
        records.group(groupId).orElseThrow(() -> new UnknownGroupException(groupId));
        return records.ofGroup(groupId).stream()
                .map(m -> new GroupMap(new MapId(m.id()), m.title(), m.published()))
                .toList();
    }

    /**
     * Publishes the group's map to everyone (readable, not writable) or takes it back; the group's owner only.
     *
     * @throws UnknownGroupException if there is no such group or the user is not in it
     * @throws AccessDeniedException for anyone in the group but its owner
     * @throws UnknownMapException if the group does not work on the map
     */
    public GroupMap publish(String groupId, MapId map, boolean published, String username) {
        var role = access.roleInGroup(groupId, username).orElseThrow(() -> new UnknownGroupException(groupId));
        if (role != GroupRole.OWNER) throw new AccessDeniedException("Only the group's owner publishes its maps.");
        if (!records.publish(groupId, map.value(), published)) throw new UnknownMapException(map);
        return maps(groupId, username).stream()
                .filter(m -> m.id().equals(map))
                .findFirst()
                .orElseThrow(() -> new UnknownMapException(map));
    }
}
