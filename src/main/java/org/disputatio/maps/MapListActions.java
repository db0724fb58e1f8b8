package org.disputatio.maps;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;

/**
 * What a higher module lets users do to maps from the list of maps (rename, duplicate, delete, restore): the
 * maps module lists maps and shows these; the module that changes maps (authoring) implements them, so that
 * maps need not depend on it.
 */
public interface MapListActions {

    /** The buttons for one map of the list, for whoever is signed in; {@code refresh} reads the list again. */
    List<Component> forMap(MapSummary map, Runnable refresh);

    /** Shown above the list for the signed-in user (their recently deleted maps, to restore); empty if none. */
    Optional<Component> aboveList(Runnable refresh);

    /** Opens the rename of the map if the signed-in user may rename it (Alt+Shift+R on the selected row). */
    void rename(MapSummary map, Runnable refresh);
}
