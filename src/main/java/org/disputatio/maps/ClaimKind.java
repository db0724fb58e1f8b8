package org.disputatio.maps;

import java.util.Arrays;
import java.util.Optional;

/** The role a claim plays in the map. */
public enum ClaimKind {
    THESIS("thesis"),
    CONCLUSION("conclusion"),
    PREMISE("premise"),
    /** A position the essay names or answers, against its own. */
    COUNTER_CLAIM("counter-claim"),
    /** An answer to a counter-claim. */
    REBUTTAL("rebuttal"),
    CONCESSION("concession");

    private final String spelling;

    ClaimKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<ClaimKind> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(spelling)).findFirst();
    }
}
