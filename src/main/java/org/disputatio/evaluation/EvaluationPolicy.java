package org.disputatio.evaluation;

/**
 * The choices and thresholds an evaluation runs with. They are arguments, not configuration, so that
 * tests and what-if runs can vary them.
 *
 * @param semantics gradual semantics for strengths
 * @param neutralPrior base score of every claim, of an unrated argument and of an unrated item of evidence
 * @param ungradedSourceWeight weight of a source nobody has graded (see ADR 010)
 * @param maxIterations cap on iterations inside a cycle before reporting "did not converge"
 * @param epsilon largest change between two iterations that counts as converged
 * @param maxSupportSetSize minimal support sets larger than this are not listed (and the result says so)
 * @param maxSupportSets at most this many minimal support sets are kept per node
 * @param strengthChangeThreshold a what-if reports a strength change only when it is larger than this
 */
public record EvaluationPolicy(
        Semantics semantics,
        double neutralPrior,
        double ungradedSourceWeight,
        int maxIterations,
        double epsilon,
        int maxSupportSetSize,
        int maxSupportSets,
        double strengthChangeThreshold) {

    public EvaluationPolicy {
        if (!(neutralPrior >= 0 && neutralPrior <= 1))
            throw new IllegalArgumentException("neutralPrior must be in [0,1]");
        if (!(ungradedSourceWeight >= 0 && ungradedSourceWeight <= 1))
            throw new IllegalArgumentException("ungradedSourceWeight must be in [0,1]");
        if (maxIterations < 1) throw new IllegalArgumentException("maxIterations must be positive");
        if (!(epsilon > 0)) throw new IllegalArgumentException("epsilon must be positive");
        if (maxSupportSetSize < 0) throw new IllegalArgumentException("maxSupportSetSize must not be negative");
        if (maxSupportSets < 1) throw new IllegalArgumentException("maxSupportSets must be positive");
        if (!(strengthChangeThreshold >= 0))
            throw new IllegalArgumentException("strengthChangeThreshold must not be negative");
    }

    /** DF-QuAD, prior 0.5, 1000 iterations, epsilon 1e-9, support sets up to 4 sources (16 of them), what-if threshold 0.05. */
    public static EvaluationPolicy defaults() {
        return new EvaluationPolicy(Semantics.DF_QUAD, 0.5, 0.5, 1000, 1e-9, 4, 16, 0.05);
    }

    public EvaluationPolicy withSemantics(Semantics s) {
        return new EvaluationPolicy(
                s,
                neutralPrior,
                ungradedSourceWeight,
                maxIterations,
                epsilon,
                maxSupportSetSize,
                maxSupportSets,
                strengthChangeThreshold);
    }

    public EvaluationPolicy withSupportSetBounds(int size, int count) {
        return new EvaluationPolicy(
                semantics,
                neutralPrior,
                ungradedSourceWeight,
                maxIterations,
                epsilon,
                size,
                count,
                strengthChangeThreshold);
    }
}
