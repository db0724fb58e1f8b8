package org.disputatio.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * The checks every write of this module makes against its map, shared by its repositories. They only read:
 * no write locks the map any more; each locks the items it changes, and the change log's counter last
 * (ADR 025).
 */
final class MapReferences {

    private static final String MAP = """
            OPTIONAL MATCH (m:Map {id: $mapId})
            RETURN m IS NOT NULL AS found
            """;
    private static final String DOCUMENT_TEXT = """
            MATCH (:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            RETURN d.text AS text
            """;
    private static final int CONTEXT = 32;

    private MapReferences() {}

    /** Refuses an unknown map. */
    static void requireMap(TransactionContext tx, MapId map) {
        if (!tx.run(MAP, Map.of("mapId", map.value())).single().get("found").asBoolean()) {
            throw new UnknownItemException("map", map.value());
        }
    }

    /**
     * The anchor as stored, with the context around the quote (W3C TextQuoteSelector prefix and suffix),
     * or an empty list without anchor. Refuses an anchor whose quote is not the document's text there.
     */
    static List<Map<String, Object>> anchors(TransactionContext tx, MapId map, @Nullable DocumentAnchor anchor) {
        if (anchor == null) {
            return List.of();
        }
        String text = tx.run(DOCUMENT_TEXT, Map.of("mapId", map.value())).stream()
                .findFirst()
                .map(r -> r.get("text").asString(""))
                .orElse("");
        if (anchor.end() > text.length()
                || !text.substring(anchor.start(), anchor.end()).equals(anchor.exact())) {
            throw InvalidInputException.of("anchor", "disputatio.anchor.mismatch");
        }
        var row = new HashMap<String, Object>();
        row.put("exact", anchor.exact());
        row.put("prefix", text.substring(Math.max(0, anchor.start() - CONTEXT), anchor.start()));
        row.put("suffix", text.substring(anchor.end(), Math.min(text.length(), anchor.end() + CONTEXT)));
        row.put("start", anchor.start());
        row.put("end", anchor.end());
        return List.of(row);
    }
}
