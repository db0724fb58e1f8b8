package org.disputatio.evaluation;

/** How an attack hits its target: rebut and undermine hit a claim, undercut hits an argument's inference. */
public enum AttackKind {
    REBUT,
    UNDERMINE,
    UNDERCUT
}
