package org.disputatio.maps;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a view of a map needs to know about moderation (issue 13, ADR 038), declared here so that the workspace can ask
 * without depending on the seminars module, which implements it.
 */
public interface MapModeration {

    /** A mark for review as its item's author and the moderators see it. */
    record Mark(String reviewId, String reason, String note, String by, String status) {}

    /** Whether the user moderates the map (marks, hides, restores, removes). */
    boolean moderates(MapId map, @Nullable String username);

    /** The undecided or hidden marks on an item that this user may see: none unless they wrote it or moderate. */
    List<Mark> marksOn(MapId map, String itemId, @Nullable String username);

    /** An item hidden by a moderator, with the words it had when marked, as moderators see it (gaps13). */
    record HiddenItem(String reviewId, String itemId, String itemKind, String text, String reason) {}

    /**
     * The map's hidden items, for a moderator only (empty for anyone else): every read of the map leaves them out,
     * so a view shows them apart, dimmed, with a way to restore them.
     */
    default List<HiddenItem> hiddenItems(MapId map, @Nullable String username) {
        return List.of();
    }

    /** Shows a hidden item again, through its mark (logged, undoable); refused to anyone but a moderator. */
    default void restoreHidden(MapId map, String reviewId, String username) {
        throw new UnsupportedOperationException("No moderation here.");
    }
}
