package org.disputatio.maps;

import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.TransactionContext;
import org.springframework.stereotype.Repository;

/**
 * Whether a claim, an evidence item or a contestation of a map is hidden by a moderator (issue 13, ADR 038). The
 * {@code hidden} property is part of every map item, like {@code mapId}, so this module alone writes it; every read
 * of those labels (here, in evidence and in the evaluation) leaves out items where it is set. Moderation calls these
 * inside its own change-log transaction, so the mark and its log entry commit together.
 */
@Repository
public class HiddenItems {

    /** The kinds of item a moderator can mark, hide and restore. */
    public enum Kind {
        CLAIM,
        EVIDENCE,
        CONTESTATION
    }

    /** An item as moderation sees it: its kind, who wrote it (null for the analysed text's own), a short text. */
    public record Item(String id, Kind kind, @Nullable String author, String text, boolean hidden) {}

    // The item, whichever its label: one indexed look-up per label (an unlabelled match would scan every node).
    private static final String ITEM = """
            CALL () {
              MATCH (n:Claim {mapId: $mapId, id: $id}) RETURN n
              UNION
              MATCH (n:Evidence {mapId: $mapId, id: $id}) RETURN n
              UNION
              MATCH (n:Contestation {mapId: $mapId, id: $id}) RETURN n
            }
            """;
    // Contestations and claims that come with the essay have no user author: "by" of the essay's contestations
    // names a person of the text, not an account.
    private static final String FIND = ITEM + """
            RETURN CASE WHEN n:Claim THEN 'CLAIM' WHEN n:Evidence THEN 'EVIDENCE' ELSE 'CONTESTATION' END AS kind,
                   CASE WHEN n:Contestation THEN (CASE WHEN n.origin = 'user' THEN n.by ELSE null END)
                        ELSE n.createdBy END AS author,
                   coalesce(n.text, n.quote, n.reason, '') AS text, coalesce(n.hidden, false) AS hidden
            LIMIT 1
            """;
    // Setting a property takes the node's write lock, so two moderators deciding at once are serialised.
    private static final String SET_HIDDEN = ITEM + """
            SET n.hidden = true
            """;
    private static final String SET_SHOWN = ITEM + """
            REMOVE n.hidden
            """;

    /** The item with this id in the map, read in the caller's transaction; empty when the map has none. */
    public Optional<Item> find(TransactionContext tx, MapId map, String id) {
        return tx.run(FIND, Map.of("mapId", map.value(), "id", id)).stream()
                .findFirst()
                .map(r -> new Item(
                        id,
                        Kind.valueOf(r.get("kind").asString()),
                        r.get("author").isNull() ? null : r.get("author").asString(),
                        r.get("text").asString(),
                        r.get("hidden").asBoolean()));
    }

    /** Hides the item from every read (it stays in the graph and in the history). */
    public void hide(TransactionContext tx, MapId map, String id) {
        tx.run(SET_HIDDEN, Map.of("mapId", map.value(), "id", id)).consume();
    }

    /** Shows a hidden item again. */
    public void show(TransactionContext tx, MapId map, String id) {
        tx.run(SET_SHOWN, Map.of("mapId", map.value(), "id", id)).consume();
    }
}
