package org.disputatio.evidence;

import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;

/**
 * What a user types to attach or edit an item of evidence. Validated by the service: claim, source,
 * locator (at most 200 characters), quote (at most 2000) and stance are required; the URL is http(s);
 * the note has at most 4000 characters; an anchor must match the document.
 */
public record EvidenceDraft(
        String claimId,
        String sourceId,
        String locator,
        String quote,
        @Nullable String url,
        Stance stance,
        @Nullable String note,
        @Nullable DocumentAnchor anchor) {}
