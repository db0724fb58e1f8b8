package org.disputatio.evaluation;

import java.util.List;
import java.util.OptionalDouble;
import org.disputatio.maps.ProofStandard;

/**
 * What the evaluation says about one claim.
 *
 * @param standsOn whether it is asserted or stands only through its arguments (ADR 029)
 * @param standard the proof standard its label applies (ADR 031)
 * @param strength empty when the values in a cycle did not converge (then {@code converged} is false)
 * @param grounded some path of support reaches a source that is not rejected
 * @param contestedSources the contested sources on any supporting path, sorted by id
 * @param criticalSources rejecting any one of these alone removes all grounding (empty when not grounded)
 * @param supportSets minimal sets of sources that ground the claim, smallest first, each sorted by id
 * @param supportSetsTruncated the size or count bound of the policy cut the list: larger sets may exist
 */
public record ClaimAssessment(
        String id,
        OptionalDouble strength,
        boolean converged,
        Label label,
        StandsOn standsOn,
        ProofStandard standard,
        boolean grounded,
        boolean dependsOnContested,
        List<String> contestedSources,
        List<String> criticalSources,
        List<List<String>> supportSets,
        boolean supportSetsTruncated) {}
