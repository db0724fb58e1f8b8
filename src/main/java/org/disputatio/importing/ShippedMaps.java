package org.disputatio.importing;

import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the maps shipped with the product (today: the Furr essay) into Neo4j on first start. A map
 * already present is left alone, so users' evidence, ratings and contestations on it survive
 * restarts and upgrades.
 */
@Component
public class ShippedMaps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedMaps.class);

    private final MapCatalog catalog;
    private final boolean enabled;

    ShippedMaps(MapCatalog catalog, @Value("${disputatio.import.shipped-maps:true}") boolean enabled) {
        this.catalog = catalog;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (enabled) {
            importShippedEssay();
        }
    }

    /** @return true if the essay was imported now, false if it was there already. */
    public boolean importShippedEssay() {
        long start = System.nanoTime();
        EssayMap essay = EssayMapLoader.loadShippedEssay();
        if (catalog.find(new MapId(essay.id().value())).isPresent()) {
            return false;
        }
        long loaded = System.nanoTime();
        boolean created = catalog.create(EssayMaps.toContent(essay));
        if (created) {
            log.info(
                    "Imported the map '{}': {} claims, {} arguments, {} attacks, {} sources in {} ms"
                            + " (files read and validated in {} ms)",
                    essay.id().value(),
                    essay.claims().size(),
                    essay.arguments().size(),
                    essay.attacks().size(),
                    essay.sources().size(),
                    (System.nanoTime() - start) / 1_000_000,
                    (loaded - start) / 1_000_000);
        }
        return created;
    }
}
