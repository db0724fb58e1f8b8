package org.disputatio.interchange;

import java.util.List;

/** A {@code ?format=} no {@link MapFormat} bean answers to; the API answers 415 with the known ones. */
public class UnknownFormatException extends RuntimeException {

    private final List<String> known;

    public UnknownFormatException(String format, List<String> known) {
        super((format.isBlank()
                        ? "Say which format the file is in with ?format="
                        : "There is no format '" + format + "'")
                + "; known formats: " + String.join(", ", known) + ".");
        this.known = List.copyOf(known);
    }

    public List<String> known() {
        return known;
    }
}
