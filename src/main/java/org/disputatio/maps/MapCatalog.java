package org.disputatio.maps;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** What maps exist, and the graph of each, for views and the REST API. */
@Service
public class MapCatalog {

    private final Maps maps;

    MapCatalog(Maps maps) {
        this.maps = maps;
    }

    public List<MapSummary> maps() {
        return maps.list();
    }

    public Optional<MapSummary> find(MapId id) {
        return maps.find(id);
    }

    /** The whole map, as stored. */
    public Optional<MapContent> content(MapId id) {
        return maps.details(id);
    }

    /**
     * Stores a new map in one transaction.
     *
     * @return false, writing nothing, if a map with this id exists already
     */
    public boolean create(MapContent map) {
        return maps.insert(map);
    }
}
