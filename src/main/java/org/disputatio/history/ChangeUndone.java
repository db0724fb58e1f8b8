package org.disputatio.history;

import org.disputatio.maps.MapId;

/** Published after an undo has been committed, so views showing the map refresh. */
public record ChangeUndone(MapId mapId, long seq, long undoneSeq, String by) {}
