package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user rated (or re-rated) an argument's inference strength. */
public record InferenceRated(MapId mapId, String argumentId, double value, String by) implements MapChanged {}
