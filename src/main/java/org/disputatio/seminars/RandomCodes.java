package org.disputatio.seminars;

import java.security.SecureRandom;

/**
 * Random identifiers for groups and invitation codes, from 32 lower-case letters and digits (5 bits each) without
 * the look-alikes i, l, o and u, so that a code read aloud or typed from a slide survives.
 */
final class RandomCodes {

    static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomCodes() {}

    static String of(int length) {
        var code = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
