package org.disputatio.seminars;

import java.util.Optional;
import org.disputatio.authoring.MapRights;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a user is to a map, for every seminar feature (rounds, matrices, moderation, access checks). A map a
 * group works on answers with the user's role in that group (none for outsiders); a map outside any group (the
 * shipped essay, users' own maps) answers as before groups existed: its owner and admins act as its instructors,
 * anyone signed in as a member, anonymous visitors as viewers. Admins act as the owner of every group's map.
 */
@Component
public class SeminarAccess {

    private final Memberships memberships;
    private final MapRights rights;

    SeminarAccess(Memberships memberships, MapRights rights) {
        this.memberships = memberships;
        this.rights = rights;
    }

    /** The group working on the map, empty for a map outside groups. */
    public Optional<String> groupOf(MapId map) {
        return memberships.groupOf(map.value()).map(Memberships.GroupMap::groupId);
    }

    /** The user's role in a group, empty if they are not a member. */
    public Optional<GroupRole> roleInGroup(String groupId, @Nullable String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        if (rights.admin(username)) {
            return Optional.of(GroupRole.OWNER);
        }
        return memberships.role(groupId, username);
    }

    /**
     * The user's role for a map ({@code null} username: anonymous); empty when they may not even read it (an
     * outsider to a group's unpublished map).
     */
    public Optional<GroupRole> roleIn(MapId map, @Nullable String username) {
        var group = memberships.groupOf(map.value());
        if (group.isPresent()) {
            var role = roleInGroup(group.get().groupId(), username);
            if (role.isPresent() || !group.get().published()) {
                return role;
            }
            return Optional.of(GroupRole.VIEWER);
        }
        if (username == null || username.isBlank()) {
            return Optional.of(GroupRole.VIEWER);
        }
        if (rights.admin(username)) {
            return Optional.of(GroupRole.OWNER);
        }
        boolean owner = rights.owner(map).flatMap(o -> o).map(username::equals).orElse(false);
        return Optional.of(owner ? GroupRole.OWNER : GroupRole.MEMBER);
    }

    /** Whether the user may read the map at all. */
    public boolean mayRead(MapId map, @Nullable String username) {
        return roleIn(map, username).isPresent();
    }
}
