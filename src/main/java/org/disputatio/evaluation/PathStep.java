package org.disputatio.evaluation;

/** One step of an explaining path: claim, argument, citation or evidence, and finally a source. */
public record PathStep(Kind kind, String id) {
    public enum Kind {
        CLAIM,
        ARGUMENT,
        CITATION,
        EVIDENCE,
        SOURCE
    }
}
