package org.disputatio.evaluation;

import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * One input to a claim's strength.
 *
 * @param kind what contributes
 * @param id the argument, evidence or attack id; for a citation, the source id
 * @param from the node whose strength counts: the argument, the attacking claim, the evidence, or the source
 * @param sourceId the source, for evidence and citations
 * @param role supports or attacks the claim
 * @param strength the contributing strength (empty when it did not converge)
 * @param effect the claim's strength minus what it would be without this contribution, other inputs fixed
 */
public record Contribution(
        Kind kind,
        String id,
        String from,
        @Nullable String sourceId,
        Role role,
        OptionalDouble strength,
        OptionalDouble effect) {
    public enum Kind {
        ARGUMENT,
        EVIDENCE,
        CITATION,
        ATTACK
    }

    public enum Role {
        SUPPORT,
        ATTACK
    }
}
