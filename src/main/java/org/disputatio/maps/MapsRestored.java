package org.disputatio.maps;

import java.util.List;

/**
 * Published once a backup is restored into this instance's database: the maps it brought. What an instance keeps
 * about a map id from before (an evaluation, whether a group works on it) may describe another map by that id.
 */
public record MapsRestored(List<MapId> maps) {

    public MapsRestored {
        maps = List.copyOf(maps);
    }
}
