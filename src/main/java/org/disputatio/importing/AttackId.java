package org.disputatio.importing;

/** Identifies a attack within its map, as written in the map file. */
public record AttackId(String value) {

    public AttackId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A attack id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
