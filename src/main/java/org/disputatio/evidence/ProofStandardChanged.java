package org.disputatio.evidence;

import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;

/** A claim's proof standard was changed (ADR 031). */
public record ProofStandardChanged(MapId mapId, String claimId, ProofStandard standard, String by)
        implements MapChanged {}
