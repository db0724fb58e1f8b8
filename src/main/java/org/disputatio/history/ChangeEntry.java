package org.disputatio.history;

import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;

/**
 * What a writer appends to the log in its own transaction: the map, who, what kind, the item changed,
 * the item it belongs to ({@code onId}: the claim of an item of evidence, the source of a contestation,
 * the target of a counter-argument), a short summary, and the state before as JSON (what undo restores).
 */
public record ChangeEntry(
        MapId map,
        ChangeKind kind,
        String user,
        String itemId,
        @Nullable String onId,
        String summary,
        String before) {}
