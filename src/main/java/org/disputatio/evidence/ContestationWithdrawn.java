package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user contestation was withdrawn, by its author or an admin. */
public record ContestationWithdrawn(MapId mapId, String sourceId, String contestationId, String by) implements MapChanged {}
