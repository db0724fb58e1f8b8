package org.disputatio.evaluation;

import java.util.List;

/**
 * What decides the label of a claim or an argument, so that no label is shown bare (ADR 029).
 *
 * @param decidedBy the ids that decide it: attacking claims for {@link Kind#DEFEATED} and
 *     {@link Kind#UNANSWERED_OBJECTION}, arguments for a claim, premises for an argument, rejected sources for
 *     {@link Kind#SOURCES_REJECTED}; for {@link Kind#UNDECIDED} the undecided attackers, arguments or premises
 */
public record LabelReason(Kind kind, List<String> decidedBy) {

    public LabelReason {
        decidedBy = List.copyOf(decidedBy);
    }

    public enum Kind {
        /** IN: asserted (on its proponent's word or its sources) and every attack on it fails. */
        ASSERTED,
        /** IN: an argument for it stands. */
        ARGUMENT_STANDS,
        /** An argument IN: all its premises stand and every undercut fails. */
        PREMISES_STAND,
        /** OUT: an attacker stands that is itself attacked, but its attackers fail. */
        DEFEATED,
        /** OUT: defeated only by objections nobody has answered yet (no attack on them in the map). */
        UNANSWERED_OBJECTION,
        /** A claim OUT: it stands only through arguments, and none of them stands. */
        ARGUMENTS_FAIL,
        /** An argument OUT: one of its premises is OUT. */
        PREMISE_FAILS,
        /** An argument OUT: its support reaches its conclusion only through itself. */
        CIRCULAR,
        /**
         * A claim OUT: something carries it (a source, its being stated, or an argument IN: these ids, its sources
         * and arguments), but nothing weighs enough for its proof standard against its counter-evidence (ADR 031).
         */
        STANDARD_NOT_MET,
        /** OUT in a what-if: it lost every support set to the rejected sources. */
        SOURCES_REJECTED,
        /** UNDEC: attackers, arguments or premises that are themselves undecided. */
        UNDECIDED
    }
}
