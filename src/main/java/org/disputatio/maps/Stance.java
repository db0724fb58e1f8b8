package org.disputatio.maps;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Whether an item of evidence speaks for or against its claim. Stored and sent as "for" or "against". */
public enum Stance {
    FOR("for"),
    AGAINST("against");

    private final String spelling;

    Stance(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    /** Accepts "for"/"against" in any case, blanks around ignored. */
    public static Optional<Stance> fromSpelling(String spelling) {
        String wanted = spelling.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.spelling.equals(wanted)).findFirst();
    }
}
