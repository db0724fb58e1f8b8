package org.disputatio.evidence;

import java.time.Clock;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Whoever may edit the map (any signed-in user today, ADR 021) chooses the proof standard a claim must meet
 * (ADR 031); the change is logged with the standard before, so it can be undone.
 */
@Service
public class ProofStandardService {

    private final ProofStandards standards;
    private final Writers writers;
    private final MapEvents events;
    private final Clock clock;

    ProofStandardService(ProofStandards standards, Writers writers, MapEvents events, Clock clock) {
        this.standards = standards;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Sets the claim's standard, given by its spelling ({@code preponderance}, {@code clear-and-convincing}, …).
     *
     * @throws InvalidInputException for a standard that does not exist
     * @throws UnknownItemException for an unknown map or claim
     */
    public void change(MapId map, String claimId, @Nullable String standard, @Nullable String username) {
        ProofStandard chosen = ProofStandard.fromSpelling(standard == null ? "" : standard.strip())
                .orElseThrow(() -> InvalidInputException.of("standard", "disputatio.standard"));
        change(map, claimId, chosen, username);
    }

    public void change(MapId map, String claimId, ProofStandard standard, @Nullable String username) {
        String id = Ids.known(claimId, "claim");
        var writer = writers.require(username);
        if (standards.change(map, id, standard, writer, clock.instant())) {
            events.publish(new ProofStandardChanged(map, id, standard, writer.username()));
        }
    }
}
