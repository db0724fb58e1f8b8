package org.disputatio.evidence;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether an item of evidence speaks for or against its claim. Stored and sent as "for" or "against". */
public enum Stance {
    FOR,
    AGAINST;

    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Accepts "for"/"against" in any case; anything else is invalid input on the field "stance". */
    @JsonCreator
    public static Stance of(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "for" -> FOR;
            case "against" -> AGAINST;
            default -> throw InvalidInputException.of("stance", "disputatio.stance");
        };
    }
}
