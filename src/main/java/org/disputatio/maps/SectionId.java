package org.disputatio.maps;

import java.util.regex.Pattern;

/**
 * Identifies a section of an essay: {@code preface}, a section number such as {@code 7}, or
 * {@code notes}.
 */
public record SectionId(String value) {

    // Declared before the constants below, which need it when the class initialises.
    private static final Pattern VALID = Pattern.compile("preface|notes|[1-9][0-9]?");

    public static final SectionId PREFACE = new SectionId("preface");

    public static final SectionId NOTES = new SectionId("notes");

    public SectionId {
        if (!VALID.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a section id (preface, 1..99 or notes): '" + value + "'");
        }
    }

    public static SectionId numbered(int number) {
        return new SectionId(Integer.toString(number));
    }

    public static boolean isValid(String value) {
        return VALID.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
