package org.disputatio.authoring;

import java.util.List;
import org.disputatio.maps.MapContent;
import org.jspecify.annotations.Nullable;

/**
 * A claim as its editors see it: what the map shows plus who created it ({@code null}: it came with the
 * text) and the version an edit must name.
 */
public record RevisedClaim(
        String id,
        String kind,
        String text,
        String proponent,
        @Nullable String proponentId,
        @Nullable String createdBy,
        long version,
        List<MapContent.Anchor> anchors) {}
