package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * An edit of a claim: each field left out stays as it is. {@code proponentId} is a person of the map, or
 * empty to make the editor the proponent; {@code anchor} replaces the claim's anchors.
 */
public record ClaimChange(
        @Nullable String text,
        @Nullable String kind,
        @Nullable String proponentId,
        @Nullable AnchorRequest anchor) {}
