package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** An item of evidence was edited; {@code version} is its new version. */
public record EvidenceEdited(MapId mapId, String evidenceId, String claimId, long version, String by) implements MapChanged {}
