package org.disputatio.importing;

import java.nio.file.Path;

/**
 * Prints the problems of a map folder, for whoever writes a map:
 * {@code java -cp target/classes:target/test-classes:<snakeyaml-engine.jar> org.disputatio.importing.ValidateEssayMap src/main/resources/maps/furr-staline-democratie}.
 */
public final class ValidateEssayMap {

    private ValidateEssayMap() {}

    public static void main(String[] args) {
        Path folder = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + EssayMapLoader.SHIPPED_ESSAY);
        try {
            EssayMap map = EssayMapLoader.load(MapFolder.directory(folder));
            System.out.println("OK: " + map.claims().size() + " claims, "
                    + map.arguments().size() + " arguments, "
                    + map.attacks().size() + " attacks, " + map.sources().size() + " sources, "
                    + map.contestations().size() + " contestations");
            System.out.println(map.unattachedReferences().size() + " references of the essay that no claim cites:");
            map.unattachedReferences()
                    .forEach(r -> System.out.println(
                            "  line " + r.originalLine() + ": " + r.citation().raw()));
        } catch (MapFileException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}
