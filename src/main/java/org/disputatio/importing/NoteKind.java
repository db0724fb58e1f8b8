package org.disputatio.importing;

import java.util.Arrays;
import java.util.Optional;

/** What a note on the text points out. */
public enum NoteKind {
    /** A slip of the translation. */
    TRANSLATION("translation"),
    /** Dates that contradict each other, or the record. */
    DATE_CONFLICT("date-conflict"),
    /** Words added in brackets by the author or an editor. */
    INSERTION("insertion"),
    OTHER("other");

    private final String spelling;

    NoteKind(String spelling) {
        this.spelling = spelling;
    }

    public String spelling() {
        return spelling;
    }

    public static Optional<NoteKind> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(k -> k.spelling.equals(spelling)).findFirst();
    }
}
