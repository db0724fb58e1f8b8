package org.disputatio.sources;

import java.util.regex.Pattern;

/** Identifies a source within a map's bibliography, in kebab-case: {@code zhukov-inoi-stalin}. */
public record SourceId(String value) {

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SourceId {
        if (!KEBAB.matcher(value).matches()) {
            throw new IllegalArgumentException("A source id is kebab-case (a-z, 0-9, '-'): '" + value + "'");
        }
    }

    public static boolean isValid(String value) {
        return KEBAB.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
