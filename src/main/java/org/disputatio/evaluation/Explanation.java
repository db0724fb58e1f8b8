package org.disputatio.evaluation;

import java.util.List;
import java.util.OptionalDouble;

/**
 * Why a claim has its strength, label and grounding, in a form a UI can render.
 *
 * @param labelReason what decides the label, so that it is never shown bare
 * @param argumentReasons what decides the label of each argument concluding the claim, by argument id
 * @param baseScore the claim's base score before supporters and attackers
 * @param baseOrigin where the base score comes from, in words
 * @param contributions supporters and attackers, largest effect first
 * @param groundingPath one path from the claim down to a source that grounds it; empty when not grounded
 * @param contested for each contested source the claim rests on, one path that shows how
 */
public record Explanation(
        String claimId,
        OptionalDouble strength,
        boolean converged,
        Label label,
        LabelReason labelReason,
        java.util.Map<String, LabelReason> argumentReasons,
        StandsOn standsOn,
        boolean grounded,
        double baseScore,
        String baseOrigin,
        List<Contribution> contributions,
        List<PathStep> groundingPath,
        List<String> criticalSources,
        List<ContestedPath> contested) {

    /** How a claim comes to rest on a contested source. */
    public record ContestedPath(String sourceId, List<PathStep> path) {}
}
