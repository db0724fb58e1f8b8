package org.disputatio.workspace;

import org.disputatio.history.ChangesFollowed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Passes the change follower's batches on to the open workspaces. It is the only road: local writes are
 * not relayed after commit any more, they arrive from the log like those of other app instances (ADR 026).
 */
@Component
class MapChangeRelay {

    private final MapChangeBroadcaster broadcaster;

    MapChangeRelay(MapChangeBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(ChangesFollowed followed) {
        broadcaster.publish(followed.mapId(), followed.changes());
    }
}
