package org.disputatio.maps;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Service;

/**
 * Keeps every searchable item stamped with its map's search key ({@link MapId#searchKey}), which the full-text
 * indexes of V0015 hold so that a search reads only the searched map. The writers set the key as they create
 * items; this stamps what they could not: items written before V0015 (at start-up) and items restored from a
 * backup, whose key the file may lack or have wrong.
 */
@Service
public class SearchKeys implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SearchKeys.class);

    private final SearchIndexes indexes;

    SearchKeys(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    @Override
    public void run(ApplicationArguments args) {
        long set = indexes.stampAllKeys();
        if (set > 0) log.info("Search keys set on {} items written before they had one", set);
    }

    /** Stamps the map's items, in a transaction of its own; idempotent. */
    public void stamp(MapId map) {
        indexes.stampKeys(map);
    }
}
