package org.disputatio.maps;

import java.util.regex.Pattern;

/** A map's id: lower-case words joined by dashes, usable in URLs as is. */
public record MapId(String value) {

    private static final Pattern FORM = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

    public MapId {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a map id: " + value);
        }
    }

    public static boolean isValid(String value) {
        return FORM.matcher(value).matches();
    }

    // Each character of an id, by its place here, as two digits.
    private static final String ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz-";

    /**
     * The map's key in the full-text indexes (migration V0015, ADR 011): every character of the id as two digits, so
     * "ab-1" is "10113601". Every analyser keeps a run of digits as exactly one token, unchanged: no stemmer, stop
     * list or folding touches digits, and a tokeniser splits only at a non-digit. A required {@code mapKey:} term
     * therefore matches one map's nodes and no other's, not even those of a longer id that contains this one ("ab"
     * is "1011", "ab-1" is "10113601": different tokens). At most 200 digits, under Lucene's 255-character token limit.
     */
    public String searchKey() {
        var key = new StringBuilder(2 * value.length());
        for (char c : value.toCharArray()) {
            int i = ALPHABET.indexOf(c);
            if (i < 10) key.append('0');
            key.append(i);
        }
        return key.toString();
    }

    @Override
    public String toString() {
        return value;
    }
}
