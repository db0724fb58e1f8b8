package org.disputatio.importing;

/** Identifies a claim within its map, as written in the map file. */
public record ClaimId(String value) {

    public ClaimId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A claim id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
