package org.disputatio.seminars;

import java.util.List;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.maps.MapId;
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

    GroupMaps(SeminarAccess access, GroupMapRecords records, MapOwnership ownership) {
        this.access = access;
        this.records = records;
        this.ownership = ownership;
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
