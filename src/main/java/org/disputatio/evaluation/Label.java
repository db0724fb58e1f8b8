package org.disputatio.evaluation;

/** The grounded label of a claim or argument in the attack graph. */
public enum Label {
    IN,
    OUT,
    UNDEC
}
