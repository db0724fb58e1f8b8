package org.disputatio.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.util.Locale;
import org.disputatio.maps.MapId;
import org.disputatio.shell.VisibleText;
import org.jspecify.annotations.Nullable;
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
    private final MapEvents events;
    private final Clock clock;
    private final InputCheck inputs;

    ClaimEditing(UserClaims claims, Writers writers, MapEvents events, Clock clock, InputCheck inputs) {
        this.claims = claims;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** A counter-argument as checked: the target, the kind of attack and the counter-claim (its fields under "claim."). */
    record CounterArgument(
            @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 200, message = "{disputatio.size.max}")
            String targetId,

            @NotNull(message = "{disputatio.required}")
            @Pattern(regexp = "\\s*(?i:rebut|undermine|undercut)\\s*", message = "{disputatio.attack.kind}")
            String attackKind,

            @NotNull(message = "{disputatio.required}") @Valid
            ClaimDraft claim) {}

    /** Adds a claim attributed to the user; returns its id. */
    public String addClaim(MapId map, ClaimDraft draft, String username) {
        var checked = check(draft);
        var writer = writers.require(username);
        String id = Ids.next();
        claims.addClaim(map, id, checked, writer, clock.instant());
        events.publish(new ClaimAdded(map, id, writer.username()));
        return id;
    }

    /**
     * A claim checked and given its id, to be written in another module's transaction together with what it
     * belongs to (a pro: the claim and its argument, ADR 032); {@link #writeIn} writes it without a log entry
     * of its own, so the caller's entry covers both.
     */
    public static final class NewClaim {
        private final String id;
        private final UserClaims.Checked checked;
        private final Writer writer;
        private final java.time.Instant at;

        private NewClaim(String id, UserClaims.Checked checked, Writer writer, java.time.Instant at) {
            this.id = id;
            this.checked = checked;
            this.writer = writer;
            this.at = at;
        }

        public String id() {
            return id;
        }

        public String kind() {
            return checked.kind();
        }

        public String text() {
            return checked.text();
        }
    }

    /** Checks a claim the user is about to add as part of a larger change (400 naming the field, 403 anonymous). */
    public NewClaim prepare(ClaimDraft draft, String username) {
        var checked = check(draft);
        var writer = writers.require(username);
        return new NewClaim(Ids.next(), checked, writer, clock.instant());
    }

    /** Writes a prepared claim in the caller's transaction (the map must have been checked there). */
    public void writeIn(org.neo4j.driver.TransactionContext tx, MapId map, NewClaim claim) {
        UserClaims.create(tx, map, claim.id, claim.checked, claim.writer, claim.at);
    }

    /**
     * Adds a counter-claim attacking a claim (rebut, undermine) or an argument (undercut); returns the
     * counter-claim's id.
     */
    public String addCounterArgument(
            MapId map, String targetId, String attackKind, ClaimDraft counterClaim, String username) {
        inputs.valid(new CounterArgument(targetId, attackKind, counterClaim), "counterArgument");
        String target = targetId.strip();
        String kind = attackKind.strip().toLowerCase(Locale.ROOT);
        var checked = check(counterClaim);
        var writer = writers.require(username);
        String claimId = Ids.next();
        String attackId = Ids.next();
        claims.addCounterArgument(map, target, kind, claimId, attackId, checked, writer, clock.instant());
        events.publish(new CounterArgumentAdded(map, claimId, attackId, target, kind, writer.username()));
        return claimId;
    }

    private UserClaims.Checked check(@Nullable ClaimDraft draft) {
        var valid = inputs.valid(draft, "claim");
        return new UserClaims.Checked(
                valid.kind().strip().toLowerCase(Locale.ROOT),
                valid.text().strip(),
                InputCheck.optional(valid.section()),
                valid.anchor(),
                InputCheck.optional(valid.proponentId()));
    }
}
