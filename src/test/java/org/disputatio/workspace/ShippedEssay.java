package org.disputatio.workspace;

import org.disputatio.importing.EssayMapLoader;
import org.disputatio.importing.EssayMaps;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;

/** The shipped essay map, stored again by tests that emptied the database. */
public final class ShippedEssay {

    public static final MapId ID = new MapId("furr-staline-democratie");

    private ShippedEssay() {}

    public static void ensureStored(MapCatalog catalog) {
        if (catalog.find(ID).isEmpty()) catalog.create(EssayMaps.toContent(EssayMapLoader.loadShippedEssay()));
    }
}
