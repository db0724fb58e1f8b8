package org.disputatio.evaluation;

/**
 * What a claim stands on (ADR 029): its proponent's word and its sources, or only the arguments that conclude it.
 */
public enum StandsOn {
    /** No argument concludes it: it is asserted, on its proponent's word or on the sources it cites. */
    ASSERTION,
    /** At least one argument concludes it: it stands only through an argument that stands (or a source it cites). */
    ARGUMENTS
}
