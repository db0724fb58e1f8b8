package org.disputatio.seminars;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user is in a seminar group (issue 13 point 1), from most to least powerful. The README's table says
 * what each may do; the order lets a check ask for "at least" a role.
 */
public enum GroupRole {
    /** Created the group (or was made owner): everything an instructor does, plus publishing and deleting. */
    OWNER,
    /** Runs the seminar: invites, moderates, opens and closes rating rounds, changes the structure of the group's maps. */
    INSTRUCTOR,
    /** Takes part: adds claims, evidence, ratings, grades and contestations, rates in rounds and matrices. */
    MEMBER,
    /** Reads the group's maps, writes nothing. */
    VIEWER;

    /** Whether this role may do what {@code other} may do. */
    public boolean atLeast(GroupRole other) {
        return ordinal() <= other.ordinal();
    }

    /** The role's name as the API spells it ({@code owner}, {@code instructor}…). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role the API names, empty for an unknown name. */
    public static Optional<GroupRole> fromApiName(String name) {
        for (var role : values()) {
            if (role.apiName().equals(name)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
