package org.disputatio.maps;

import java.util.Arrays;
import java.util.Optional;

/**
 * How much support a claim needs to be accepted, as Carneades defines proof standards (Gordon, Prakken &amp;
 * Walton, "The Carneades model of argument and burden of proof", Artificial Intelligence 171, 2007; Gordon &amp;
 * Walton, "Proof burdens and standards", in Argumentation in Artificial Intelligence, 2009). Each compares the
 * weight of the best applicable pro argument with that of the best applicable con argument (ADR 031). The
 * thresholds are those of the Carneades engine (carneades-3, {@code carneades/engine/proofstandard.clj}).
 */
public enum ProofStandard {
    /** One applicable pro argument suffices, whatever the con arguments. */
    SCINTILLA("scintilla"),
    /** The best pro argument outweighs the best con argument. The default. */
    PREPONDERANCE("preponderance"),
    /** Preponderance, the best pro weighs more than α = 0.5 and more than the best con by β = 0.3. */
    CLEAR_AND_CONVINCING("clear-and-convincing"),
    /** Preponderance, pro over α = 0.5 and over the con by β = 0.5, and the best con under γ = 0.2. */
    BEYOND_REASONABLE_DOUBT("beyond-reasonable-doubt"),
    /** One applicable pro argument and no applicable con argument at all. */
    DIALECTICAL_VALIDITY("dialectical-validity");

    /** Every claim has this standard until someone chooses another. */
    public static final ProofStandard DEFAULT = PREPONDERANCE;

    // carneades-3, proofstandard.clj: :cce alpha 0.5 beta 0.3; :brd alpha 0.5 beta 0.5 gamma 0.2.
    static final double CCE_ALPHA = 0.5, CCE_BETA = 0.3;
    static final double BRD_ALPHA = 0.5, BRD_BETA = 0.5, BRD_GAMMA = 0.2;

    private final String spelling;

    ProofStandard(String spelling) {
        this.spelling = spelling;
    }

    /** The name in the API, the store and the messages. */
    public String spelling() {
        return spelling;
    }

    public static Optional<ProofStandard> fromSpelling(String spelling) {
        return Arrays.stream(values()).filter(s -> s.spelling.equals(spelling)).findFirst();
    }

    /**
     * Whether a pro argument of weight {@code pro} meets this standard against the best applicable con argument
     * of weight {@code con} (0 when there is none; {@code anyCon} says whether there is one). A weight that is not
     * a number (a strength that did not converge) meets only the standards that do not weigh.
     */
    public boolean meets(double pro, double con, boolean anyCon) {
        return switch (this) {
            case SCINTILLA -> true;
            case DIALECTICAL_VALIDITY -> !anyCon;
            case PREPONDERANCE -> pro > con;
            case CLEAR_AND_CONVINCING -> pro > con && pro > CCE_ALPHA && pro - con > CCE_BETA;
            case BEYOND_REASONABLE_DOUBT -> pro > con && pro > BRD_ALPHA && pro - con > BRD_BETA && con < BRD_GAMMA;
        };
    }
}
