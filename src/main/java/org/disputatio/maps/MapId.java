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

    @Override
    public String toString() {
        return value;
    }
}
