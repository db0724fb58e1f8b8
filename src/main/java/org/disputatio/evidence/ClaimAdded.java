package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user added a claim, attributed to them. */
public record ClaimAdded(MapId mapId, String claimId, String by) implements MapChanged {}
