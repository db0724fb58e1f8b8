package org.disputatio.evidence;

import java.time.Clock;
import java.util.List;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Users contest sources, with a reason; a source is contested while an open contestation stands, and the
 * evaluation then marks every conclusion that depends on it. Only the author or an admin withdraws one.
 */
@Service
public class ContestationService {

    private final Contestations contestations;
    private final Writers writers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContestationService(
            Contestations contestations, Writers writers, ApplicationEventPublisher events, Clock clock) {
        this.contestations = contestations;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /** Contests a source with a reason of 3 to 2000 characters. */
    public UserContestation contest(MapId map, String sourceId, String username, String reason) {
        String id = Inputs.id(sourceId, "sourceId", "The source id");
        String why = Inputs.between(reason, "reason", "The reason", Inputs.MIN_REASON, Inputs.MAX_REASON);
        var writer = writers.require(username);
        var contestation = contestations.contest(map, id, Ids.next(), writer, why, clock.instant());
        events.publishEvent(new SourceContested(map, id, contestation.id(), writer.username()));
        return contestation;
    }

    /**
     * Withdraws a user's contestation: only its author or an admin, and never one made in the essay
     * itself (AccessDeniedException with a message saying so). Withdrawing twice is an IllegalStateException.
     */
    public void withdraw(MapId map, String contestationId, String username) {
        String id = Inputs.id(contestationId, "contestationId", "The contestation id");
        var writer = writers.require(username);
        String sourceId = contestations.withdraw(map, id, writer, clock.instant());
        events.publishEvent(new ContestationWithdrawn(map, sourceId, id, writer.username()));
    }

    /** Users' contestations of a source, open and withdrawn, oldest first; the essay's own are in the map content. */
    public List<UserContestation> forSource(MapId map, String sourceId) {
        return contestations.forSource(map, sourceId).orElseThrow(() -> new UnknownItemException("source", sourceId));
    }

    /** Whether this user may withdraw it: open, and theirs or they are an admin. */
    public boolean mayWithdraw(UserContestation contestation, @Nullable String username) {
        if (!contestation.open() || username == null || username.isBlank()) {
            return false;
        }
        try {
            return writers.require(username).mayChange(contestation.by());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }
}
