package org.disputatio.maps;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * When each map last changed, as its change log knows it. Implemented by the module that keeps the log, which
 * depends on maps; the list of maps asks through this interface so that maps need not depend on it.
 */
public interface MapActivity {

    /** The time of the newest logged change of each of these maps that has one. */
    Map<MapId, Instant> lastChanges(Collection<MapId> maps);
}
