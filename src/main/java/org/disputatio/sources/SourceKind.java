package org.disputatio.sources;

import java.util.Arrays;
import java.util.Optional;

/** What kind of work a source is, as a historian would class it. */
public enum SourceKind {
    ARCHIVAL_DOCUMENT("archival-document"),
    PUBLISHED_PRIMARY_SOURCE("published-primary-source"),
    SCHOLARSHIP("scholarship"),
    MEMOIR("memoir"),
    PRESS("press"),
    INTERVIEW("interview");

    private final String spelling;

    SourceKind(String spelling) {
        this.spelling = spelling;
    }

    /** The spelling used in JSON and YAML files. */
    public String spelling() {
        return spelling;
    }

    public static Optional<SourceKind> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(spelling)).findFirst();
    }
}
