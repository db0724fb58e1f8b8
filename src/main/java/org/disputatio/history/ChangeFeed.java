package org.disputatio.history;

import org.disputatio.maps.MapId;

/** Who wants to hear about a map's changes registers here; {@link ChangeFollower} is the app's one feed. */
@FunctionalInterface
public interface ChangeFeed {

    /** Ends one interest in a map; the map stays followed while others are still interested. */
    @FunctionalInterface
    interface Following {
        void stop();
    }

    /**
     * Follows the map from the log's current end, so only changes committed from now on are published as
     * {@link ChangesFollowed}.
     */
    Following follow(MapId map);
}
