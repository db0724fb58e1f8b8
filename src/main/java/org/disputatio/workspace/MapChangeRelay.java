package org.disputatio.workspace;

import org.disputatio.evidence.MapChanged;
import org.disputatio.history.ChangeUndone;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Passes every committed change of a map (the evidence module's events and the history's undos) on to the open workspaces. */
@Component
class MapChangeRelay {

    private final MapChangeBroadcaster broadcaster;

    MapChangeRelay(MapChangeBroadcaster broadcaster) {
        this.broadcaster = broadcaster;
    }

    @EventListener
    void on(MapChanged change) {
        broadcaster.publish(change.mapId());
    }

    @EventListener
    void on(ChangeUndone undone) {
        broadcaster.publish(undone.mapId());
    }
}
