package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** An item of evidence was attached to a claim. */
public record EvidenceAttached(MapId mapId, String evidenceId, String claimId, String by) implements MapChanged {}
