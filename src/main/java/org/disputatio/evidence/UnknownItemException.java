package org.disputatio.evidence;

/** A map, claim, argument, source, item of evidence or contestation that does not exist (any more). */
public class UnknownItemException extends IllegalArgumentException {

    private final String kind;
    private final String id;

    public UnknownItemException(String kind, String id) {
        super("There is no " + kind + " with the id '" + id + "' in this map.");
        this.kind = kind;
        this.id = id;
    }

    /** map, claim, argument, source, evidence, contestation, or "claim or argument". */
    public String kind() {
        return kind;
    }

    public String id() {
        return id;
    }
}
