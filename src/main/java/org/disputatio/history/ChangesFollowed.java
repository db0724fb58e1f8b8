package org.disputatio.history;

import java.util.List;
import org.disputatio.maps.MapId;

/**
 * The changes of one map that the {@link ChangeFollower} read in one poll, in seq order and without
 * gaps: whichever app instance committed them. A burst of writes arrives as one event.
 */
public record ChangesFollowed(MapId mapId, List<Change> changes) {

    public ChangesFollowed {
        changes = List.copyOf(changes);
    }

    /** The seq of the newest change in this event. */
    public long lastSeq() {
        return changes.getLast().seq();
    }
}
