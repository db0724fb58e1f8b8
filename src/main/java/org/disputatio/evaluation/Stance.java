package org.disputatio.evaluation;

/** Whether an item of evidence speaks for or against its claim. */
public enum Stance {
    FOR,
    AGAINST
}
