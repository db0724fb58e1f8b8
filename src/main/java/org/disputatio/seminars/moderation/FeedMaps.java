package org.disputatio.seminars.moderation;

import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Repository;

/** Reads a group and the maps it works on ({@code :Group}, {@code :GroupMap}: ADR 037) for its activity feed. */
@Repository
class FeedMaps {

    private static final String GROUP = "MATCH (g:Group {id: $groupId}) RETURN count(g) > 0 AS found";
    private static final String MAPS = """
            MATCH (gm:GroupMap {groupId: $groupId})
            RETURN gm.mapId AS mapId
            ORDER BY gm.mapId
            """;

    private final Driver driver;

    FeedMaps(Driver driver) {
        this.driver = driver;
    }

    boolean exists(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(GROUP, Map.of("groupId", groupId))
                    .single()
                    .get("found")
                    .asBoolean());
        }
    }

    List<String> maps(String groupId) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(MAPS, Map.of("groupId", groupId))
                    .list(r -> r.get("mapId").asString()));
        }
    }
}
