package org.disputatio.authoring;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapLifecycle;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Undoes renames and deletions of maps: the old title comes back; a deleted map is restored as it was. */
@Component
class MapReversals implements ChangeReverser {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapLifecycle lifecycle;

    MapReversals(MapLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return EnumSet.of(ChangeKind.MapRenamed, ChangeKind.MapDeleted);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        lifecycle.lock(tx, new MapId(change.mapId()));
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        MapId map = new MapId(change.mapId());
        var head = lifecycle
                .lock(tx, map)
                .orElseThrow(() -> new UndoConflictException("The map " + map.value() + " no longer exists."));
        Map<String, Object> before = JSON.readValue(change.before(), new TypeReference<Map<String, Object>>() {});
        String title = String.valueOf(before.getOrDefault("title", head.title()));
        return switch (change.kind()) {
            case MapRenamed -> {
                if (head.deleted()) {
                    throw new UndoConflictException("The map is deleted: restore it first.");
                }
                lifecycle.rename(tx, map, title);
                yield "title \"" + title + "\" restored";
            }
            case MapDeleted -> {
                if (!head.deleted()) {
                    throw new UndoConflictException("The map is not deleted.");
                }
                lifecycle.restore(tx, map);
                yield "map \"" + head.title() + "\" restored";
            }
            default -> throw new IllegalArgumentException(change.kind() + " is not a change of a map's own.");
        };
    }
}
