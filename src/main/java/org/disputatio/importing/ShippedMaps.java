package org.disputatio.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.security.FirstAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the maps shipped with the product (today: the Furr essay) into Neo4j on start. A map already present
 * is re-imported only when its content changed (a hash stored on the map), in place, so users' evidence,
 * ratings, grades, contestations and the change log survive restarts and upgrades (ADR 007, "Re-import").
 */
@Component
public class ShippedMaps implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ShippedMaps.class);

    /** What a start did with a shipped map. */
    public enum Outcome {
        /** The map was not in the database: imported. */
        CREATED,
        /** The database holds the same content: nothing written. */
        UNCHANGED,
        /** The content changed: the imported items were replaced, users' work kept. */
        REPLACED,
        /** The new content drops items users worked on: nothing written, the old version stays. */
        BLOCKED
    }

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

    /** @return true if the essay was imported now, false if it was there already (updated or not). */
    public boolean importShippedEssay() {
        long start = System.nanoTime();
        EssayMap essay = EssayMapLoader.loadShippedEssay();
        long loaded = System.nanoTime();
        Outcome outcome = importContent(EssayMaps.toContent(essay));
        if (outcome == Outcome.CREATED || outcome == Outcome.REPLACED) {
            log.info(
                    "{} the map '{}': {} claims, {} arguments, {} attacks, {} sources in {} ms"
                            + " (files read and validated in {} ms)",
                    outcome == Outcome.CREATED ? "Imported" : "Re-imported (its files changed)",
                    essay.id().value(),
                    essay.claims().size(),
                    essay.arguments().size(),
                    essay.attacks().size(),
                    essay.sources().size(),
                    (System.nanoTime() - start) / 1_000_000,
                    (loaded - start) / 1_000_000);
        }
        return outcome == Outcome.CREATED;
    }

    /** Imports a map's content, or replaces the stored one when it differs. */
    Outcome importContent(MapContent content) {
        MapId id = new MapId(content.id());
        String hash = hash(content);
        if (catalog.find(id).isEmpty()) {
            // Another instance starting at the same moment may win the race: then the map is there, as wanted.
            return catalog.create(content, hash, FirstAdmin.USERNAME) ? Outcome.CREATED : Outcome.UNCHANGED;
        }
        if (catalog.contentHash(id).filter(hash::equals).isPresent()) {
            return Outcome.UNCHANGED;
        }
        List<String> blocked = catalog.replaceImported(content, hash);
        if (!blocked.isEmpty()) {
            log.warn(
                    "The map '{}' was NOT re-imported although its files changed: the new version drops {} item(s)"
                            + " that users have worked on (evidence, ratings, grades, contestations or their own"
                            + " attacks): {}. The database keeps the previous version. Keep those ids in the map"
                            + " files, or move the users' work off them, then restart.",
                    content.id(),
                    blocked.size(),
                    blocked);
            return Outcome.BLOCKED;
        }
        return Outcome.REPLACED;
    }

    /**
     * A hash of exactly what the import writes (records print every component), so a change of the files that
     * changes nothing stored (a comment) re-imports nothing, and any change that does is seen.
     */
    static String hash(MapContent content) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(content.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
