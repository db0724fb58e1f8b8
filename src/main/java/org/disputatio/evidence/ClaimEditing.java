package org.disputatio.evidence;

import java.time.Clock;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Claims written by users. The writer becomes the claim's proponent, so a user's claim is never mistaken
 * for one of the essay's. A counter-argument is a new claim plus the attack: rebut and undermine target a
 * claim, undercut targets an argument.
 */
@Service
public class ClaimEditing {

    private final UserClaims claims;
    private final Writers writers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ClaimEditing(UserClaims claims, Writers writers, ApplicationEventPublisher events, Clock clock) {
        this.claims = claims;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a claim attributed to the user; returns its id. */
    public String addClaim(MapId map, ClaimDraft draft, String username) {
        var checked = check(draft);
        var writer = writers.require(username);
        String id = Ids.next();
        claims.addClaim(map, id, checked, writer, clock.instant());
        events.publishEvent(new ClaimAdded(map, id, writer.username()));
        return id;
    }

    /**
     * Adds a counter-claim attacking a claim (rebut, undermine) or an argument (undercut); returns the
     * counter-claim's id.
     */
    public String addCounterArgument(
            MapId map, String targetId, String attackKind, ClaimDraft counterClaim, String username) {
        String target = Inputs.id(targetId, "targetId", "The claim or argument attacked");
        String kind = Inputs.oneOf(attackKind, "attackKind", "The kind of attack", Inputs.ATTACK_KINDS);
        var checked = check(counterClaim);
        var writer = writers.require(username);
        String claimId = Ids.next();
        String attackId = Ids.next();
        claims.addCounterArgument(map, target, kind, claimId, attackId, checked, writer, clock.instant());
        events.publishEvent(new CounterArgumentAdded(map, claimId, attackId, target, kind, writer.username()));
        return claimId;
    }

    private static UserClaims.Checked check(@Nullable ClaimDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("claim", "The claim is missing.");
        }
        return new UserClaims.Checked(
                Inputs.oneOf(draft.kind(), "kind", "The kind of claim", Inputs.CLAIM_KINDS),
                Inputs.required(draft.text(), "text", "The claim's text", Inputs.MAX_CLAIM_TEXT),
                Inputs.optional(draft.section(), "section", "The section", Inputs.MAX_SECTION),
                Inputs.anchor(draft.anchor()));
    }
}
