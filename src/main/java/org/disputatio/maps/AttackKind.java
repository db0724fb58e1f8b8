package org.disputatio.maps;

import java.util.Arrays;
import java.util.Optional;

/** How an attack bears on its target. */
public enum AttackKind {

    /** Attacks a claim: says it is false. */
    REBUT("rebut"),
    /** Attacks a claim used as a premise, or the source it rests on. */
    UNDERMINE("undermine"),
    /** Attacks an argument: says its premises do not support its conclusion. */
    UNDERCUT("undercut");

    private final String spelling;

    AttackKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** Whether the target is an argument rather than a claim. */
    public boolean targetsArgument() {
        return this == UNDERCUT;
    }

    public static Optional<AttackKind> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(spelling)).findFirst();
    }
}
