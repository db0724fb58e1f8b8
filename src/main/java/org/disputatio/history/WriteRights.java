package org.disputatio.history;

import org.disputatio.maps.MapId;
import org.neo4j.driver.TransactionContext;

/**
 * The last check before a change of a map is logged: every write of a map appends its entry through
 * {@link ChangeLog#write}, so a check here covers every present and future write path, API and workspace alike.
 * Declared here and implemented by the seminars module (a group's map is written by its members only, ADR 037),
 * found through an {@code ObjectProvider}; without an implementation nothing more is checked.
 */
public interface WriteRights {

    /**
     * Refuses the change, rolling back the writer's transaction, if the user may not write the map. Reads in the
     * writer's transaction {@code tx}, never in a session of its own: a writer already holds a pooled connection,
     * and asking the pool for a second one while holding it would starve it under load (OverloadIT).
     *
     * @throws org.springframework.security.access.AccessDeniedException if the user may not write the map
     */
    void check(TransactionContext tx, MapId map, String username);
}
