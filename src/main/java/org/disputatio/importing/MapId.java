package org.disputatio.importing;

/** Identifies a map, such as {@code furr-staline-democratie}. */
public record MapId(String value) {

    public MapId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A map id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
