package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user graded (or re-graded) a source. */
public record SourceGraded(MapId mapId, String sourceId, Grade grade, String by) implements MapChanged {}
