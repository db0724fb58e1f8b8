package org.disputatio.authoring;

import org.disputatio.maps.MapId;

/** The map named in a request does not exist (404). */
public class UnknownMapException extends RuntimeException {

    private final MapId map;

    public UnknownMapException(MapId map) {
        super("There is no map '" + map.value() + "'.");
        this.map = map;
    }

    public MapId map() {
        return map;
    }
}
