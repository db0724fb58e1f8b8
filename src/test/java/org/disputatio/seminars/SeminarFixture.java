package org.disputatio.seminars;

import java.util.List;
import java.util.Map;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.neo4j.driver.Driver;

/**
 * Two seminar groups written with Cypher exactly as ADR 037 fixes the graph (groups13 builds the API in
 * parallel): "Seminar A" ({@link #GROUP}: Olga owns it, Ines instructs, Mila is a member, Vera a viewer) and
 * "Seminar B" ({@link #OTHER_GROUP}: Otto is a member, of no use on Seminar A's maps).
 */
public final class SeminarFixture {

    public static final String GROUP = "g-seminar-a";
    public static final String OTHER_GROUP = "g-seminar-b";
    public static final String OWNER = "olga";
    public static final String INSTRUCTOR = "ines";
    public static final String MEMBER = "mila";
    public static final String VIEWER = "vera";
    public static final String OUTSIDER = "otto";

    private SeminarFixture() {}

    /** The accounts and both groups with their memberships. */
    public static void groups(Driver driver, AccountService accounts) {
        TestUsers.ensure(accounts, OWNER, INSTRUCTOR, MEMBER, VIEWER, OUTSIDER);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run(
                        """
                        UNWIND $groups AS g
                        CREATE (:Group {id: g.id, name: g.name, owner: g.owner, createdAt: datetime()})
                        """,
                        Map.of(
                                "groups",
                                List.of(
                                        Map.of("id", GROUP, "name", "Seminar A", "owner", OWNER),
                                        Map.of("id", OTHER_GROUP, "name", "Seminar B", "owner", OUTSIDER))));
                tx.run(
                        """
                        UNWIND $memberships AS ms
                        CREATE (:Membership {groupId: ms.groupId, username: ms.username, role: ms.role,
                                             since: datetime()})
                        """,
                        Map.of(
                                "memberships",
                                List.of(
                                        membership(GROUP, OWNER, GroupRole.OWNER),
                                        membership(GROUP, INSTRUCTOR, GroupRole.INSTRUCTOR),
                                        membership(GROUP, MEMBER, GroupRole.MEMBER),
                                        membership(GROUP, VIEWER, GroupRole.VIEWER),
                                        membership(OTHER_GROUP, OUTSIDER, GroupRole.OWNER))));
            });
        }
    }

    /** Makes an existing map one that {@link #GROUP} works on, unpublished, as the copy endpoint would. */
    public static void groupMap(Driver driver, String mapId) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "CREATE (:GroupMap {mapId: $mapId, groupId: $groupId, published: false})",
                    Map.of("mapId", mapId, "groupId", GROUP)));
        }
    }

    private static Map<String, String> membership(String group, String username, GroupRole role) {
        return Map.of("groupId", group, "username", username, "role", role.apiName());
    }
}
