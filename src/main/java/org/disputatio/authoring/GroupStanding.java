package org.disputatio.authoring;

import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;

/**
 * What a user is to a map that a seminar group works on, as authoring needs to know it. Declared here and
 * implemented by the seminars module (which depends on authoring, never the reverse), found through an
 * {@code ObjectProvider}: without an implementation every map is outside groups and works as before (ADR 037).
 */
public interface GroupStanding {

    /** Whether the user directs the group working on the map (its owner or an instructor); false outside groups. */
    boolean directs(MapId map, String username);

    /** Whether the user may read the map; true for every map outside groups. */
    boolean mayRead(MapId map, @Nullable String username);

    /**
     * Whether the signed-in user may write to the map at all (add, rate, grade, contest): a member of its group or
     * above; a group's viewer or an outsider may not. True for every map outside groups.
     */
    default boolean mayWrite(MapId map, String username) {
        return true;
    }
}
