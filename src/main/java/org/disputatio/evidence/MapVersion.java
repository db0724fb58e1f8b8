package org.disputatio.evidence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;

/**
 * The statements every write transaction of this module starts with, shared by its repositories.
 * Moving the map's version first takes the map node's write lock: writes to one map are serialised
 * (so they cannot deadlock, and checks made after it see every earlier commit), and the evaluation
 * cache, keyed on the version, refreshes after the commit. Ratings and grades, the frequent writes, do
 * the same bump at the start of their single statement ({@code Ratings}).
 */
final class MapVersion {

    private static final String BUMP = """
            MATCH (m:Map {id: $mapId})
            SET m.version = coalesce(m.version, 0) + 1
            RETURN m.version AS version
            """;
    private static final String DOCUMENT_TEXT = """
            MATCH (:Map {id: $mapId})-[:HAS_DOCUMENT]->(d:Document)
            RETURN d.text AS text
            """;
    private static final int CONTEXT = 32;

    private MapVersion() {}

    /** Locks the map and increments its version; the map must exist. */
    static long bump(TransactionContext tx, MapId map) {
        var rows = tx.run(BUMP, Map.of("mapId", map.value()))
                .list(r -> r.get("version").asLong());
        if (rows.isEmpty()) {
            throw new UnknownItemException("map", map.value());
        }
        return rows.getFirst();
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
