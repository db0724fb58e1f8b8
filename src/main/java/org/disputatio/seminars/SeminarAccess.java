package org.disputatio.seminars;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Optional;
import org.disputatio.authoring.MapRights;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapsRestored;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What a user is to a map, for every seminar feature (rounds, matrices, moderation, access checks). A map a
 * group works on answers with the user's role in that group (none for outsiders); a map outside any group (the
 * shipped essay, users' own maps) answers as before groups existed: its owner and admins act as its instructors,
 * anyone signed in as a member, anonymous visitors as viewers. Admins act as the owner of every group's map.
 */
@Component
public class SeminarAccess {

    /** How long "no group works on this map" is believed without asking the database again. */
    static final Duration OUTSIDE_GROUPS_FOR = Duration.ofSeconds(30);

    private final Memberships memberships;
    private final MapRights rights;

    // Which group works on a map, asked by every API request to a map (MapRequestGate) and every write (the
    // change log's WriteRights): a read transaction each, about a tenth of a rating's CPU (docs/benchmarks.md,
    // rate9). A map's group never changes: its :GroupMap is created with the copy, in the copy's transaction,
    // and never deleted or moved, so a group once found is kept. "No group" could turn into a group only if a
    // copy were later given the same id, and a copy's id ends in 32 random bits (MapOwnership.newId); it is
    // still believed for OUTSIDE_GROUPS_FOR only, and forgotten for the maps a restore brings.
    private final Cache<MapId, String> groups =
            Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<MapId, Boolean> outsideGroups = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(OUTSIDE_GROUPS_FOR)
            .build();

    SeminarAccess(Memberships memberships, MapRights rights) {
        this.memberships = memberships;
        this.rights = rights;
    }

    /** The group working on the map, empty for a map outside groups. */
    public Optional<String> groupOf(MapId map) {
        var known = groups.getIfPresent(map);
        if (known != null) return Optional.of(known);
        if (knownOutsideGroups(map)) return Optional.empty();
        return groupMap(map).map(Memberships.GroupMap::groupId);
    }

    /**
     * Whether this instance has lately seen that no group works on the map, without asking the database: for
     * checks made inside a writer's transaction, which must not take a second connection (WriteRights).
     */
    boolean knownOutsideGroups(MapId map) {
        return outsideGroups.getIfPresent(map) != null;
    }

    /** The map's group and whether it is published, read now (the flag changes), and remembered as above. */
    private Optional<Memberships.GroupMap> groupMap(MapId map) {
        var group = memberships.groupOf(map.value());
        if (group.isPresent()) {
            groups.put(map, group.get().groupId());
        } else {
            outsideGroups.put(map, true);
        }
        return group;
    }

    @EventListener
    void restored(MapsRestored restored) {
        groups.invalidateAll(restored.maps());
        outsideGroups.invalidateAll(restored.maps());
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
        var group = knownOutsideGroups(map) ? Optional.<Memberships.GroupMap>empty() : groupMap(map);
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
