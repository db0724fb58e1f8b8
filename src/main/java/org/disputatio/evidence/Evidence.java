package org.disputatio.evidence;

import java.time.Instant;
import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;

/**
 * An item of evidence as stored: who attached it and when, and its {@code version}, which every edit
 * increments. Edits and removals name the version they started from, so a stale one is refused.
 */
public record Evidence(
        String id,
        String mapId,
        String claimId,
        String sourceId,
        String locator,
        String quote,
        @Nullable String url,
        Stance stance,
        @Nullable String note,
        @Nullable DocumentAnchor anchor,
        String createdBy,
        Instant createdAt,
        long version) {

    /** The draft this item would be edited from. */
    public EvidenceDraft draft() {
        return new EvidenceDraft(claimId, sourceId, locator, quote, url, stance, note, anchor);
    }
}
