package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user contested a source. */
public record SourceContested(MapId mapId, String sourceId, String contestationId, String by) implements MapChanged {}
