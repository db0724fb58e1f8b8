package org.disputatio.importing;

import java.util.Optional;

/** Test map folders: a fixture's map file, with the document and bibliography they all share. */
final class Fixtures {

    private Fixtures() {}

    static MapFolder map(String fixture) {
        MapFolder resources = MapFolder.classpath("importing");
        MapFolder common = MapFolder.classpath("importing/common");
        return fileName ->
                fileName.equals(EssayMapLoader.MAP_FILE) ? resources.read(fixture + ".yaml") : common.read(fileName);
    }

    static MapFolder withBibliography(String fixture, String bibliography) {
        MapFolder map = map(fixture);
        MapFolder resources = MapFolder.classpath("importing");
        return fileName -> fileName.equals(EssayMapLoader.SOURCES_FILE)
                ? resources.read(bibliography + ".yaml")
                : map.read(fileName);
    }

    static MapFolder without(String fixture, String missing) {
        MapFolder map = map(fixture);
        return fileName -> fileName.equals(missing) ? Optional.empty() : map.read(fileName);
    }
}
