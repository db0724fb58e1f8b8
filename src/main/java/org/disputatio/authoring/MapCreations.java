package org.disputatio.authoring;

import java.util.Map;
import java.util.Set;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeReverser;
import org.disputatio.history.UndoConflictException;
import org.disputatio.maps.MapCatalog;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Component;

/**
 * Undoes the making of a map from a text (a copy's {@link ChangeKind#MapCopied} is refused: delete the copy): deletes the map, its document and its file, but only while
 * nobody has changed anything in it since (any later entry in its change log, numbered or not, refuses
 * the undo with 409): deleting it then would take other people's work with it. A map imported from another
 * tool's file ({@link ChangeKind#MapImported}, issue 14) is undone the same way, with everything the file held.
 */
@Component
class MapCreations implements ChangeReverser {

    private static final String LOCK_MAP = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            SET m.locking = true
            REMOVE m.locking
            """;
    private static final String LATER_CHANGES = """
            MATCH (x:Change {mapId: $mapId})
            WHERE x.seq IS NULL OR x.seq > $seq
            RETURN count(x) AS later
            """;

    private final MapCatalog catalog;

    MapCreations(MapCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Set<ChangeKind> kinds() {
        return Set.of(ChangeKind.MapCreated, ChangeKind.MapCopied, ChangeKind.MapImported);
    }

    @Override
    public void lock(TransactionContext tx, Change change) {
        tx.run(LOCK_MAP, Map.of("mapId", change.mapId())).consume();
    }

    @Override
    public String revert(TransactionContext tx, Change change, String user) {
        if (change.kind() == ChangeKind.MapCopied) {
            // A copy holds a whole map of items made in it; deleting the map (undoable itself) is the way back.
            throw new UndoConflictException("A copy is not unmade by undo; delete the map '" + change.mapId()
                    + "' instead (that deletion can be undone).");
        }
        long later = tx.run(LATER_CHANGES, Map.of("mapId", change.mapId(), "seq", change.seq()))
                .single()
                .get("later")
                .asLong();
        if (later > 0) {
            throw new UndoConflictException("The map '" + change.mapId() + "' has " + later
                    + " change(s) since it was made; it can no longer be unmade by undo.");
        }
        var map = new org.disputatio.maps.MapId(change.mapId());
        boolean deleted = change.kind() == ChangeKind.MapImported
                ? catalog.deleteImported(tx, map)
                : catalog.deleteCreated(tx, map);
        if (!deleted) {
            throw new UndoConflictException("The map '" + change.mapId() + "' is gone already.");
        }
        return "deleted the map '" + change.mapId() + "'";
    }
}
