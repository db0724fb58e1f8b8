package org.disputatio.importing;

/** Identifies a proponent within its map, as written in the map file. */
public record ProponentId(String value) {

    public ProponentId {
        if (value.isBlank()) {
            throw new IllegalArgumentException("A proponent id cannot be blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
