package org.disputatio.evidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Evidence that users attach to claims, and the sources they add for it. Every write needs an account,
 * validates its input before touching the database, runs in one transaction that also moves the map's
 * version, and publishes its event after the commit.
 */
@Service
public class EvidenceService {

    private final EvidenceItems items;
    private final Writers writers;
    private final MapEvents events;
    private final Clock clock;
    private final InputCheck inputs;

    EvidenceService(EvidenceItems items, Writers writers, MapEvents events, Clock clock, InputCheck inputs) {
        this.items = items;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** Attaches a new item of evidence (version 1) to a claim of the map. */
    public Evidence attach(MapId map, EvidenceDraft draft, String username) {
        var checked = check(draft);
        var writer = writers.require(username);
        Evidence evidence = items.attach(map, Ids.next(), checked, writer, clock.instant());
        events.publish(new EvidenceAttached(map, evidence.id(), evidence.claimId(), writer.username()));
        return evidence;
    }

    /**
     * Replaces an item's content, if it is still at {@code expectedVersion}; its author or an admin only.
     *
     * @throws ConcurrentEditException if someone changed it meanwhile (nothing is written then)
     */
    public Evidence edit(MapId map, String evidenceId, long expectedVersion, EvidenceDraft draft, String username) {
        String id = Ids.known(evidenceId, "evidence");
        var checked = check(draft);
        var writer = writers.require(username);
        var written = items.edit(map, id, expectedVersion, checked, writer, clock.instant());
        events.publish(new EvidenceEdited(
                map, id, written.evidence().claimId(), written.evidence().version(), writer.username()));
        return written.evidence();
    }

    /**
     * Removes an item and everyone's ratings of it, if it is still at {@code expectedVersion}; its author or
     * an admin only.
     *
     * @throws ConcurrentEditException if someone changed it meanwhile (nothing is removed then)
     */
    public void remove(MapId map, String evidenceId, long expectedVersion, String username) {
        String id = Ids.known(evidenceId, "evidence");
        var writer = writers.require(username);
        var written = items.remove(map, id, expectedVersion, writer);
        events.publish(new EvidenceRemoved(map, id, written.evidence().claimId(), writer.username()));
    }

    /**
     * Removes anyone's item as a moderator (issue 13, ADR 038): the seminars module checked that the user moderates
     * the map. Logged as an ordinary removal by the moderator, who can undo it like their own.
     */
    public void removeAsModerator(MapId map, String evidenceId, String moderator) {
        String id = Ids.known(evidenceId, "evidence");
        var writer = writers.require(moderator);
        long version = items.find(map, id)
                .orElseThrow(() -> new UnknownItemException("evidence", id))
                .version();
        var written = items.remove(map, id, version, new Writer(writer.username(), true));
        events.publish(new EvidenceRemoved(map, id, written.evidence().claimId(), writer.username()));
    }

    /** The evidence on a claim, oldest first. */
    public List<Evidence> forClaim(MapId map, String claimId) {
        return items.forClaim(map, Ids.known(claimId, "claim"))
                .orElseThrow(() -> new UnknownItemException("claim", claimId));
    }

    /** All evidence of the map, oldest first (for the reader's highlights). */
    public List<Evidence> forMap(MapId map) {
        return items.forMap(map);
    }

    public Optional<Evidence> find(MapId map, String evidenceId) {
        return items.find(map, evidenceId);
    }

    /** Whether this user may edit or remove the item: its author or an admin. False for anonymous users. */
    public boolean mayChange(Evidence evidence, @Nullable String username) {
        if (username == null || username.isBlank()) {
            return false;
        }
        try {
            return writers.require(username).mayChange(evidence.createdBy());
        } catch (org.springframework.security.access.AccessDeniedException e) {
            return false;
        }
    }

    /** Adds a source to the map's bibliography and returns its new id. */
    public String createSource(MapId map, SourceDraft draft, String username) {
        inputs.valid(draft, "source");
        var authors = new ArrayList<String>();
        if (draft.authors() != null) {
            for (String author : draft.authors()) {
                String a = InputCheck.optional(author);
                if (a != null) {
                    authors.add(a);
                }
            }
        }
        var checked = new SourceDraft(
                List.copyOf(authors),
                draft.title().strip(),
                draft.year(),
                draft.kind().strip().toLowerCase(Locale.ROOT),
                draft.accessibility().strip().toLowerCase(Locale.ROOT));
        var writer = writers.require(username);
        String id = Ids.next();
        items.createSource(map, id, checked, writer, clock.instant());
        events.publish(new SourceCreated(map, id, writer.username()));
        return id;
    }

    private EvidenceItems.Checked check(@Nullable EvidenceDraft draft) {
        var valid = inputs.valid(draft, "evidence");
        return new EvidenceItems.Checked(
                valid.claimId().strip(),
                valid.sourceId().strip(),
                valid.locator().strip(),
                valid.quote().strip(),
                InputCheck.optional(valid.url()),
                valid.stance(),
                InputCheck.optional(valid.note()),
                valid.anchor());
    }
}
