package org.disputatio.evidence;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A user's contestation of a source; the source counts as contested while one is open. */
public record UserContestation(
        String id,
        String sourceId,
        String by,
        String reason,
        boolean open,
        Instant createdAt,
        @Nullable Instant withdrawnAt) {}
