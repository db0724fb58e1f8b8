package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/** A user added a counter-claim attacking a claim or an argument (rebut, undermine or undercut). */
public record CounterArgumentAdded(MapId mapId, String claimId, String attackId, String targetId, String attackKind, String by) implements MapChanged {}
