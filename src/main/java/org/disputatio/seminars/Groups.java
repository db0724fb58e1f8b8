package org.disputatio.seminars;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;

/**
 * Writes and reads groups, memberships and invitations (the graph of docs/adr/037-seminar-groups.md). Every
 * change of a group's members first locks its :Group node (by writing who changed it and when), so two
 * concurrent changes of one group run one after the other and the last-owner rule cannot be raced.
 */
@Repository
class Groups {

    private static final String CREATE = """
            CREATE (g:Group {id: $id, name: $name, owner: $username, createdBy: $username, createdAt: $now})
            CREATE (:Membership {groupId: $id, username: $username, role: 'owner', since: $now, addedBy: $username})
            """;

    private static final String MINE = """
            MATCH (mine:Membership {username: $username})
            MATCH (g:Group {id: mine.groupId})
            RETURN g.id AS id, g.name AS name, mine.role AS role, g.createdAt AS createdAt,
                   COUNT { MATCH (ms:Membership) WHERE ms.groupId = g.id } AS members
            ORDER BY g.createdAt DESC, g.id
            """;

    private static final String GROUP = """
            MATCH (g:Group {id: $id})
            RETURN g.id AS id, g.name AS name, g.createdAt AS createdAt, g.createdBy AS createdBy,
                   COUNT { MATCH (ms:Membership) WHERE ms.groupId = g.id } AS members
            """;

    private static final String MEMBERS = """
            MATCH (ms:Membership {groupId: $id})
            RETURN ms.username AS username, ms.role AS role, ms.since AS since
            ORDER BY CASE ms.role WHEN 'owner' THEN 0 WHEN 'instructor' THEN 1 WHEN 'member' THEN 2 ELSE 3 END,
                     ms.username
            """;

    private static final String INVITATIONS = """
            MATCH (i:Invitation {groupId: $id})
            RETURN i.code AS code, i.groupId AS groupId, i.role AS role, i.expiresAt AS expiresAt,
                   i.createdBy AS createdBy, i.createdAt AS createdAt, coalesce(i.uses, 0) AS uses
            ORDER BY i.createdAt DESC
            """;

    private static final String INVITATION = """
            MATCH (i:Invitation {code: $code})
            RETURN i.code AS code, i.groupId AS groupId, i.role AS role, i.expiresAt AS expiresAt,
                   i.createdBy AS createdBy, i.createdAt AS createdAt, coalesce(i.uses, 0) AS uses
            """;

    private static final String INVITE = """
            MATCH (g:Group {id: $groupId})
            CREATE (:Invitation {code: $code, groupId: $groupId, role: $role, expiresAt: $expiresAt,
                                 createdBy: $username, createdAt: $now, uses: 0})
            """;

    /** Takes the group's write lock (see the class comment) and says who changed it last. */
    private static final String LOCK = """
            MATCH (g:Group {id: $groupId})
            SET g.membersChangedAt = $now, g.membersChangedBy = $username
            RETURN g.id AS id
            """;

    private static final String ROLE = """
            MATCH (ms:Membership {groupId: $groupId, username: $member})
            RETURN ms.role AS role
            """;

    private static final String OWNERS = """
            MATCH (ms:Membership {groupId: $groupId, role: 'owner'})
            RETURN count(ms) AS n
            """;

    private static final String JOIN = """
            CREATE (:Membership {groupId: $groupId, username: $member, role: $role, since: $now, addedBy: $username})
            """;

    private static final String SET_ROLE = """
            MATCH (ms:Membership {groupId: $groupId, username: $member})
            SET ms.role = $role, ms.roleChangedAt = $now, ms.roleChangedBy = $username
            """;

    private static final String REMOVE = """
            MATCH (ms:Membership {groupId: $groupId, username: $member})
            DELETE ms
            """;

    private static final String USED = """
            MATCH (i:Invitation {code: $code})
            SET i.uses = coalesce(i.uses, 0) + 1, i.lastUsedAt = $now
            """;

    private final Driver driver;

    Groups(Driver driver) {
        this.driver = driver;
    }

    void create(String id, String name, String username, Instant now) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(
                    tx -> tx.run(CREATE, Map.of("id", id, "name", name, "username", username, "now", utc(now))));
        }
    }

    List<GroupSummary> mine(String username) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(MINE, Map.of("username", username))
                    .list(r -> new GroupSummary(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            GroupRole.fromApiName(r.get("role").asString()).orElseThrow(),
                            r.get("members").asLong(),
                            instant(r.get("createdAt")))));
        }
    }

    Optional<GroupDetails> group(String id) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(GROUP, Map.of("id", id)).stream()
                    .findFirst()
                    .map(r -> new GroupDetails(
                            r.get("id").asString(),
                            r.get("name").asString(),
                            r.get("members").asLong(),
                            instant(r.get("createdAt")),
                            r.get("createdBy").asString())));
        }
    }

    List<Member> members(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(MEMBERS, Map.of("id", groupId))
                    .list(r -> new Member(
                            r.get("username").asString(),
                            GroupRole.fromApiName(r.get("role").asString()).orElseThrow(),
                            instant(r.get("since")))));
        }
    }

    List<Invitation> invitations(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(INVITATIONS, Map.of("id", groupId)).list(r -> invitation(r::get)));
        }
    }

    Optional<Invitation> invitation(String code) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(INVITATION, Map.of("code", code)).stream()
                    .findFirst()
                    .map(r -> invitation(r::get)));
        }
    }

    void invite(Invitation invitation) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    INVITE,
                    Map.of(
                            "code", invitation.code(),
                            "groupId", invitation.groupId(),
                            "role", invitation.role().apiName(),
                            "expiresAt", utc(invitation.expiresAt()),
                            "username", invitation.createdBy(),
                            "now", utc(invitation.createdAt()))));
        }
    }

    /**
     * Runs {@code change} in one transaction holding the group's lock; {@code change} sees the memberships as
     * they are inside it. Empty if the group does not exist.
     */
    <T> Optional<T> change(String groupId, String username, Instant now, Function<GroupChange, T> change) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> {
                var params = Map.<String, Object>of("groupId", groupId, "username", username, "now", utc(now));
                if (!tx.run(LOCK, params).hasNext()) {
                    return Optional.empty();
                }
                return Optional.of(change.apply(new GroupChange(tx, params)));
            });
        }
    }

    /** The memberships of one group inside a locked transaction. */
    static final class GroupChange {
        private final TransactionContext tx;
        private final Map<String, Object> params;

        private GroupChange(TransactionContext tx, Map<String, Object> params) {
            this.tx = tx;
            this.params = params;
        }

        Optional<GroupRole> role(String member) {
            return tx.run(ROLE, with("member", member)).stream()
                    .findFirst()
                    .flatMap(r -> GroupRole.fromApiName(r.get("role").asString()));
        }

        long owners() {
            return tx.run(OWNERS, params).single().get("n").asLong();
        }

        void join(String member, GroupRole role) {
            tx.run(JOIN, with("member", member, "role", role.apiName()));
        }

        void setRole(String member, GroupRole role) {
            tx.run(SET_ROLE, with("member", member, "role", role.apiName()));
        }

        void remove(String member) {
            tx.run(REMOVE, with("member", member));
        }

        void used(String code) {
            tx.run(USED, with("code", code));
        }

        private Map<String, Object> with(String key, Object value, Object... more) {
            var all = new HashMap<>(params);
            all.put(key, value);
            for (int i = 0; i < more.length; i += 2) {
                all.put((String) more[i], more[i + 1]);
            }
            return all;
        }
    }

    private static Invitation invitation(Function<String, Value> r) {
        return new Invitation(
                r.apply("code").asString(),
                r.apply("groupId").asString(),
                GroupRole.fromApiName(r.apply("role").asString()).orElseThrow(),
                instant(r.apply("expiresAt")),
                r.apply("createdBy").asString(),
                instant(r.apply("createdAt")),
                r.apply("uses").asLong());
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(ZoneOffset.UTC);
    }

    private static Instant instant(Value value) {
        return value.asZonedDateTime().toInstant();
    }
}
