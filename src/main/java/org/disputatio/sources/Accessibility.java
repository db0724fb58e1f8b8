package org.disputatio.sources;

import java.util.Arrays;
import java.util.Optional;

/** Whether readers can check a source for themselves, and how. */
public enum Accessibility {
    PUBLISHED("published"),
    UNPUBLISHED("unpublished"),
    CLASSIFIED("classified"),
    /** Known only through someone who saw it, for example a historian quoting an archive file. */
    VIA_INTERMEDIARY("via-intermediary");

    private final String spelling;

    Accessibility(String spelling) {
        this.spelling = spelling;
    }

    /** The spelling used in JSON and YAML files. */
    public String spelling() {
        return spelling;
    }

    public static Optional<Accessibility> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(a -> a.spelling.equals(spelling)).findFirst();
    }
}
