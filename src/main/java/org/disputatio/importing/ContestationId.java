package org.disputatio.importing;

/** Identifies a contestation within its map, as written in the map file. */
public record ContestationId(String value) {

    public ContestationId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A contestation id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
