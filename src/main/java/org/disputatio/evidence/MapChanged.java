package org.disputatio.evidence;

import org.disputatio.maps.MapId;

/**
 * Published after a user's change to a map has been committed (never for a failed write), so views
 * showing that map can refresh. {@code by} is the username of whoever made the change.
 */
public sealed interface MapChanged
        permits EvidenceAttached,
                EvidenceEdited,
                EvidenceRemoved,
                EvidenceRated,
                InferenceRated,
                SourceGraded,
                SourceCreated,
                SourceContested,
                ContestationWithdrawn,
                ClaimAdded,
                CounterArgumentAdded,
                ProofStandardChanged {

    MapId mapId();

    String by();
}
