package org.disputatio.maps;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Who sees which maps in the lists: declared here, implemented by the seminars module (which sits above maps),
 * found through an {@code ObjectProvider}. A map no seminar group works on is for everyone, as before groups.
 */
public interface MapAudience {

    /** A map a seminar group works on: the group's name, and whether the user asking may read the map. */
    record GroupWork(String groupName, boolean readable) {}

    /** Every map a group works on, by id, as the user ({@code null}: anonymous) sees it; other maps are absent. */
    Map<MapId, GroupWork> groupWork(@Nullable String username);
}
