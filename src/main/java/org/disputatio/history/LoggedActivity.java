package org.disputatio.history;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.disputatio.maps.MapActivity;
import org.disputatio.maps.MapId;
import org.neo4j.driver.Driver;
import org.springframework.stereotype.Repository;

/** When each map last changed: the time of the entry its counter numbered last (ADR 025), for the list of maps. */
@Repository
class LoggedActivity implements MapActivity {

    private static final String LAST_CHANGES = """
            UNWIND $mapIds AS mapId
            MATCH (c:ChangeCounter {mapId: mapId})
            MATCH (x:Change {mapId: mapId, seq: c.lastSeq})
            RETURN mapId, x.at AS at
            """;

    private final Driver driver;

    LoggedActivity(Driver driver) {
        this.driver = driver;
    }

    @Override
    public Map<MapId, Instant> lastChanges(Collection<MapId> maps) {
        var last = new HashMap<MapId, Instant>();
        if (maps.isEmpty()) return last;
        try (var session = driver.session()) {
            session.executeRead(tx -> tx.run(
                                    LAST_CHANGES,
                                    Map.of(
                                            "mapIds",
                                            maps.stream().map(MapId::value).toList()))
                            .list())
                    .forEach(r -> last.put(
                            new MapId(r.get("mapId").asString()),
                            r.get("at").asZonedDateTime().toInstant()));
        }
        return last;
    }
}
