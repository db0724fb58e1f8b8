package org.disputatio.seminars;

import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.RoutingControl;
import org.springframework.stereotype.Repository;

/** Reads who is in which group and which group works on which map (the graph is in docs/adr/037-seminar-groups.md). */
@Repository
class Memberships {

    private static final String ROLE = """
            MATCH (ms:Membership {groupId: $groupId, username: $username})
            RETURN ms.role AS role
            """;

    private static final String GROUP_OF_MAP = """
            MATCH (gm:GroupMap {mapId: $mapId})
            RETURN gm.groupId AS groupId, gm.published AS published
            """;

    /** A map a group works on, and whether its owner published it to everyone. */
    record GroupMap(String groupId, boolean published) {}

    // The leader, not a follower: SeminarAccess remembers a "no group" answer for a while, and in a cluster a
    // follower may not have the :GroupMap of a copy made a moment ago (the copy's session shares no bookmark
    // with this query). On one server it is the same database either way.
    private static final QueryConfig LEADER =
            QueryConfig.builder().withRouting(RoutingControl.WRITE).build();

    private final Driver driver;

    Memberships(Driver driver) {
        this.driver = driver;
    }

    Optional<GroupRole> role(String groupId, String username) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ROLE, Map.of("groupId", groupId, "username", username)).stream()
                    .findFirst()
                    .flatMap(r -> GroupRole.fromApiName(r.get("role").asString())));
        }
    }

    /**
     * Asked before every request under a map's path ({@code seminars.web.MapRequestGate}), so its latency is theirs:
     * one managed query, whose BEGIN the driver sends with the query (two round trips, not a session's three).
     */
    Optional<GroupMap> groupOf(String mapId) {
        return driver
                .executableQuery(GROUP_OF_MAP)
                .withParameters(Map.of("mapId", mapId))
                .withConfig(LEADER)
                .execute()
                .records()
                .stream()
                .findFirst()
                .map(r -> new GroupMap(
                        r.get("groupId").asString(), r.get("published").asBoolean(false)));
    }
}
