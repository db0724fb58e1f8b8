package org.disputatio.evaluation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * What the evaluation says about one argument. Its strength is the inference (its rating, weakened by
 * undercuts) times its weakest premise.
 */
public record ArgumentAssessment(
        String id,
        String conclusion,
        List<String> premises,
        OptionalDouble strength,
        boolean converged,
        Label label,
        boolean grounded,
        List<String> criticalSources) {}
