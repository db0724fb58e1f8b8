package org.disputatio.seminars.ach;

import java.util.Locale;
import java.util.Optional;

/** What a row of the matrix is: a claim, an item of evidence or a source of the map. */
public enum ItemKind {
    CLAIM,
    EVIDENCE,
    SOURCE;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ItemKind> fromApiName(String name) {
        for (var k : values()) {
            if (k.apiName().equals(name.strip().toLowerCase(Locale.ROOT))) return Optional.of(k);
        }
        return Optional.empty();
    }
}
