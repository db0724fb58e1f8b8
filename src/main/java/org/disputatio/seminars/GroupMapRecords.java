package org.disputatio.seminars;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/** Writes and reads the {@code :GroupMap} nodes: which group works on which map, and whether it is published. */
@Repository
class GroupMapRecords {

    private static final String GROUP = """
            MATCH (g:Group {id: $groupId})
            RETURN g.name AS name, g.owner AS owner
            """;

    private static final String INSERT = """
            CREATE (:GroupMap {mapId: $mapId, groupId: $groupId, published: false})
            """;

    private static final String OF_GROUP = """
            MATCH (gm:GroupMap {groupId: $groupId})
            MATCH (m:Map {id: gm.mapId})
            RETURN m.id AS id, m.title AS title, gm.published AS published
            ORDER BY m.title, m.id
            """;

    private static final String PUBLISH = """
            MATCH (gm:GroupMap {groupId: $groupId, mapId: $mapId})
            SET gm.published = $published
            RETURN gm.mapId AS mapId
            """;

    private static final String WORK = """
            MATCH (gm:GroupMap)
            OPTIONAL MATCH (g:Group {id: gm.groupId})
            OPTIONAL MATCH (ms:Membership {groupId: gm.groupId, username: $username})
            RETURN gm.mapId AS mapId, coalesce(g.name, gm.groupId) AS name, gm.published AS published,
                   ms IS NOT NULL AS member
            """;

    /** A seminar group as the copy of a map needs it: its name and its owner. */
    record Group(String name, String owner) {}

    /** A map of a group, as the group's list shows it. */
    record Listed(String id, String title, boolean published) {}

    /** A map some group works on, with the group's name, as one user sees it. */
    record Work(String groupName, boolean published, boolean member) {}

    private final Driver driver;

    GroupMapRecords(Driver driver) {
        this.driver = driver;
    }

    Optional<Group> group(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(GROUP, Map.of("groupId", groupId)).stream()
                    .findFirst()
                    .map(r ->
                            new Group(r.get("name").asString(""), r.get("owner").asString(""))));
        }
    }

    /** Records, in the copy's own transaction, that the group works on the map (not published). */
    static void insert(TransactionContext tx, String groupId, String mapId) {
        tx.run(INSERT, Map.of("groupId", groupId, "mapId", mapId)).consume();
    }

    List<Listed> ofGroup(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(OF_GROUP, Map.of("groupId", groupId))
                    .list(r -> new Listed(
                            r.get("id").asString(),
                            r.get("title").asString(),
                            r.get("published").asBoolean(false))));
        }
    }

    /** Sets whether the group's map is published; false if the group does not work on that map. */
    boolean publish(String groupId, String mapId, boolean published) {
        try (var session = driver.session()) {
            return session.executeWrite(
                    tx -> tx.run(PUBLISH, Map.of("groupId", groupId, "mapId", mapId, "published", published))
                            .hasNext());
        }
    }

    Map<String, Work> work(@Nullable String username) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var work = new HashMap<String, Work>();
                tx.run(WORK, Map.of("username", username == null ? "" : username))
                        .forEachRemaining(r -> work.put(
                                r.get("mapId").asString(),
                                new Work(
                                        r.get("name").asString(),
                                        r.get("published").asBoolean(false),
                                        r.get("member").asBoolean())));
                return work;
            });
        }
    }
}
