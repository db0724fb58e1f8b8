package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * A signed-in user about to change a map, with what they are to it: its owner, an admin, an owner or instructor
 * of the seminar group working on it ({@code directs}, ADR 037), or none of these. The first three change a
 * map's structure and metadata; anyone else who may write adds to it and changes what they themselves created.
 */
public record Editor(String username, boolean admin, boolean owner, boolean directs) {

    public Editor(String username, boolean admin, boolean owner) {
        this(username, admin, owner, false);
    }

    /** Editing or deleting arguments, attacks and claims they did not create, renaming or deleting the map. */
    public boolean mayChangeStructure() {
        return admin || owner || directs;
    }

    /** Editing or deleting an item created by {@code createdBy} ({@code null}: imported with the text). */
    public boolean mayChange(@Nullable String createdBy) {
        return mayChangeStructure() || username.equals(createdBy);
    }
}
