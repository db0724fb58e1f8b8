package org.disputatio.importing;

/** Identifies a argument within its map, as written in the map file. */
public record ArgumentId(String value) {

    public ArgumentId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A argument id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
