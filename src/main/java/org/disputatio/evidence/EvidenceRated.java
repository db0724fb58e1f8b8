package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user rated (or re-rated) an item of evidence's strength. */
public record EvidenceRated(MapId mapId, String evidenceId, double value, String by) implements MapChanged {}
