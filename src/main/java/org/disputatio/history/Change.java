package org.disputatio.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One committed change as the log holds it. {@code undoes} is the seq an undo reverted; {@code personal}
 * says whether it was a user's own rating or grade (or the undo of one). {@code seq} is 0 for an entry not
 * numbered yet, which only undo's check for later changes ever reads.
 */
public record Change(
        String mapId,
        long seq,
        Instant at,
        String user,
        ChangeKind kind,
        String itemId,
        @Nullable String onId,
        String summary,
        String before,
        boolean personal,
        @Nullable Long undoes) {}
