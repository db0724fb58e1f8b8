package org.disputatio.evidence;

import java.security.SecureRandom;
import org.jspecify.annotations.Nullable;

/**
 * Ids of user-made items: "u-" and ten random characters. The prefix keeps them apart from the ids of
 * imported maps; 36^10 values make a clash within one map negligible, and the map's unique constraint
 * turns one into a failed (not a corrupted) write.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    /** Longer than any id an import or a user creates. */
    static final int MAX_LENGTH = 200;

    private Ids() {}

    /**
     * An id from a path, trimmed; one that is blank or longer than any stored id names nothing, so it is
     * refused as unknown (404) before the database is asked.
     */
    static String known(@Nullable String id, String kind) {
        if (id == null || id.isBlank() || id.length() > MAX_LENGTH) {
            throw new UnknownItemException(kind, id == null ? "" : id);
        }
        return id.strip();
    }

    static String next() {
        var id = new StringBuilder("u-");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
