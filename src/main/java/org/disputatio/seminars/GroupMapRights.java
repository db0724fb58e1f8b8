package org.disputatio.seminars;

import java.util.HashMap;
import java.util.Map;
import org.disputatio.authoring.GroupStanding;
import org.disputatio.authoring.MapRights;
import org.disputatio.history.WriteRights;
import org.disputatio.maps.MapAudience;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * What a seminar group's map lets each user do, told to the lower modules through the interfaces they declare
 * (they cannot depend on seminars): authoring learns who directs a map's group, the change log refuses writes
 * of non-members and viewers, the lists leave out maps the user may not read (ADR 037, "How every path checks").
 * Maps outside groups pass every check unchanged.
 */
@Component
class GroupMapRights implements GroupStanding, WriteRights, MapAudience {

    // Read in the writer's transaction (see WriteRights): the group working on the map, the writer's role in it,
    // and whether the writer is an admin. No row: the map is outside groups.
    private static final String WRITER = """
            MATCH (gm:GroupMap {mapId: $mapId})
            OPTIONAL MATCH (ms:Membership {groupId: gm.groupId, username: $username})
            OPTIONAL MATCH (u:User {username: $username})
            RETURN ms.role AS role, coalesce('ADMIN' IN u.roles, false) AS admin
            """;

    private final SeminarAccess access;
    private final GroupMapRecords records;
    private final MapRights rights;

    GroupMapRights(SeminarAccess access, GroupMapRecords records, MapRights rights) {
        this.access = access;
        this.records = records;
        this.rights = rights;
    }

    @Override
    public boolean directs(MapId map, String username) {
        return access.groupOf(map)
                .flatMap(group -> access.roleInGroup(group, username))
                .map(role -> role.atLeast(GroupRole.INSTRUCTOR))
                .orElse(false);
    }

    @Override
    public boolean mayRead(MapId map, @Nullable String username) {
        return access.mayRead(map, username);
    }

    @Override
    public boolean mayWrite(MapId map, String username) {
        return access.roleIn(map, username)
                .map(role -> role.atLeast(GroupRole.MEMBER))
                .orElse(false);
    }

    @Override
    public void check(TransactionContext tx, MapId map, String username) {
        // A map this instance has just seen outside groups needs nothing read (one statement fewer per rating);
        // otherwise the standing is read in the writer's own transaction, never through a second connection.
        if (access.knownOutsideGroups(map)) return;
        var standing = tx.run(WRITER, Map.of("mapId", map.value(), "username", username)).stream()
                .findFirst();
        if (standing.isEmpty()) return; // a map outside groups
        var r = standing.get();
        if (r.get("admin").asBoolean(false)) return; // admins act as owners of every group
        var role = r.get("role").isNull()
                ? java.util.Optional.<GroupRole>empty()
                : GroupRole.fromApiName(r.get("role").asString());
        if (role.isEmpty() || !role.get().atLeast(GroupRole.MEMBER)) {
            throw new AccessDeniedException("Only the members of the group working on this map write to it.");
        }
    }

    @Override
    public Map<MapId, GroupWork> groupWork(@Nullable String username) {
        boolean admin = username != null && !username.isBlank() && rights.admin(username);
        var work = new HashMap<MapId, GroupWork>();
        records.work(username)
                .forEach((id, w) ->
                        work.put(new MapId(id), new GroupWork(w.groupName(), admin || w.member() || w.published())));
        return work;
    }
}
