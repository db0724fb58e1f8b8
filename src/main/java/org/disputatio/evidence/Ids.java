package org.disputatio.evidence;

import java.security.SecureRandom;

/**
 * Ids of user-made items: "u-" and ten random characters. The prefix keeps them apart from the ids of
 * imported maps; 36^10 values make a clash within one map negligible, and the map's unique constraint
 * turns one into a failed (not a corrupted) write.
 */
final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    private Ids() {}

    static String next() {
        var id = new StringBuilder("u-");
        for (int i = 0; i < 10; i++) {
            id.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
