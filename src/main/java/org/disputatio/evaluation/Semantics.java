package org.disputatio.evaluation;

/** The gradual semantics used for strengths. */
public enum Semantics {
    /** Rago, Toni, Aurisicchio, Baroni: Discontinuity-Free QuAD (KR 2016). */
    DF_QUAD,
    /** Potyka: quadratic energy model (KR 2018). */
    QUADRATIC_ENERGY
}
