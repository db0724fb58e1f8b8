package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user added a source to the map's bibliography. */
public record SourceCreated(MapId mapId, String sourceId, String by) implements MapChanged {}
