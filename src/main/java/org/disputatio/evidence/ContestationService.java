package org.disputatio.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.List;
import org.disputatio.maps.MapId;
import org.disputatio.shell.VisibleText;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Users contest sources, with a reason; a source is contested while an open contestation stands, and the
 * evaluation then marks every conclusion that depends on it. Only the author or an admin withdraws one.
 */
@Service
public class ContestationService {

    private final Contestations contestations;
    private final Writers writers;
    private final MapEvents events;
    private final Clock clock;
    private final InputCheck inputs;

    ContestationService(
            Contestations contestations, Writers writers, MapEvents events, Clock clock, InputCheck inputs) {
        this.contestations = contestations;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** Why a user contests a source. */
    record Reason(
            @NotNull(message = "{disputatio.required}")
            @VisibleText
            @Size(min = 3, max = 2000, message = "{disputatio.size.between}")
            String reason) {}

    /** Contests a source with a reason of 3 to 2000 characters. */
    public UserContestation contest(MapId map, String sourceId, String username, String reason) {
        String id = Ids.known(sourceId, "source");
        // Counted without the spaces around it: " ok " is too short.
        String why = inputs.valid(new Reason(reason == null ? null : reason.strip()), "reason")
                .reason();
        var writer = writers.require(username);
        var contestation = contestations.contest(map, id, Ids.next(), writer, why, clock.instant());
        events.publish(new SourceContested(map, id, contestation.id(), writer.username()));
        return contestation;
    }

    /**
     * Withdraws a user's contestation: only its author or an admin, and never one made in the essay
     * itself (AccessDeniedException with a message saying so). Withdrawing twice is an IllegalStateException.
     */
    public void withdraw(MapId map, String contestationId, String username) {
        String id = Ids.known(contestationId, "contestation");
        var writer = writers.require(username);
        String sourceId = contestations.withdraw(map, id, writer, clock.instant());
        events.publish(new ContestationWithdrawn(map, sourceId, id, writer.username()));
    }

    /**
     * Withdraws anyone's contestation as a moderator (issue 13, ADR 038): the seminars module checked that the user
     * moderates the map; the essay's own contestations still cannot be withdrawn.
     */
    public void withdrawAsModerator(MapId map, String contestationId, String moderator) {
        String id = Ids.known(contestationId, "contestation");
        var writer = writers.require(moderator);
        String sourceId = contestations.withdraw(map, id, new Writer(writer.username(), true), clock.instant());
        events.publish(new ContestationWithdrawn(map, sourceId, id, writer.username()));
    }

    /**
     * Withdraws a contestation addressed through its source, as the API does: a contestation that is not
     * of that source is unknown there (404), even if it exists elsewhere in the map.
     */
    public void withdraw(MapId map, String sourceId, String contestationId, String username) {
        String id = Ids.known(contestationId, "contestation");
        String source = Ids.known(sourceId, "source");
        if (!contestations.sourceOf(map, id).map(source::equals).orElse(false)) {
            throw new UnknownItemException("contestation", id);
        }
        withdraw(map, id, username);
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
