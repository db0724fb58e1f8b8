package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** An item of evidence was removed, with its ratings. */
public record EvidenceRemoved(MapId mapId, String evidenceId, String claimId, String by) implements MapChanged {}
