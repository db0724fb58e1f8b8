package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * A signed-in user about to change a map, with what they are to it: its owner, an admin, or neither.
 * The owner and admins change a map's structure and metadata; anyone signed in adds to it and changes
 * what they themselves created.
 */
public record Editor(String username, boolean admin, boolean owner) {

    /** Editing or deleting arguments, attacks and claims they did not create, renaming or deleting the map. */
    public boolean mayChangeStructure() {
        return admin || owner;
    }

    /** Editing or deleting an item created by {@code createdBy} ({@code null}: imported with the text). */
    public boolean mayChange(@Nullable String createdBy) {
        return mayChangeStructure() || username.equals(createdBy);
    }
}
