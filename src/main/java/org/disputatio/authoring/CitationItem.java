package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * A claim's citation of a source. Citations imported with the text have the id {@code cite-<position>}
 * (their place among the claim's citations); users' have an id of their own (ADR 032).
 */
public record CitationItem(
        String id,
        String claimId,
        String sourceId,
        @Nullable String locator,
        @Nullable String createdBy) {}
