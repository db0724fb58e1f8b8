package org.disputatio.authoring;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An argument as stored: its conclusion, its linked premises in order, the version an edit must name, and
 * who made it ({@code null}: imported with the text).
 */
public record ArgumentItem(
        String id,
        String conclusionId,
        List<String> premiseIds,
        long version,
        @Nullable String createdBy) {}
