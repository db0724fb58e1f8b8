package org.disputatio.evidence;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(EvidenceItems items, Writers writers, ApplicationEventPublisher events, Clock clock) {
        this.items = items;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /** Attaches a new item of evidence (version 1) to a claim of the map. */
    public Evidence attach(MapId map, EvidenceDraft draft, String username) {
        var checked = check(draft);
        var writer = writers.require(username);
        Evidence evidence = items.attach(map, Ids.next(), checked, writer, clock.instant());
        events.publishEvent(new EvidenceAttached(map, evidence.id(), evidence.claimId(), writer.username()));
        return evidence;
    }

    /**
     * Replaces an item's content, if it is still at {@code expectedVersion}; its author or an admin only.
     *
     * @throws ConcurrentEditException if someone changed it meanwhile (nothing is written then)
     */
    public Evidence edit(MapId map, String evidenceId, long expectedVersion, EvidenceDraft draft, String username) {
        String id = Inputs.id(evidenceId, "evidenceId", "The evidence id");
        var checked = check(draft);
        var writer = writers.require(username);
        var written = items.edit(map, id, expectedVersion, checked, writer, clock.instant());
        events.publishEvent(new EvidenceEdited(
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
        String id = Inputs.id(evidenceId, "evidenceId", "The evidence id");
        var writer = writers.require(username);
        var written = items.remove(map, id, expectedVersion, writer);
        events.publishEvent(new EvidenceRemoved(map, id, written.evidence().claimId(), writer.username()));
    }

    /** The evidence on a claim, oldest first. */
    public List<Evidence> forClaim(MapId map, String claimId) {
        return items.forClaim(map, Inputs.id(claimId, "claimId", "The claim id"))
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
        var authors = new ArrayList<String>();
        if (draft.authors() != null) {
            if (draft.authors().size() > Inputs.MAX_AUTHORS) {
                throw new InvalidInputException("authors", "At most " + Inputs.MAX_AUTHORS + " authors.");
            }
            for (String author : draft.authors()) {
                String a = Inputs.optional(author, "authors", "An author's name", Inputs.MAX_AUTHOR);
                if (a != null) {
                    authors.add(a);
                }
            }
        }
        var checked = new SourceDraft(
                List.copyOf(authors),
                Inputs.required(draft.title(), "title", "The title", Inputs.MAX_TITLE),
                Inputs.year(draft.year()),
                Inputs.oneOf(draft.kind(), "kind", "The kind of source", Inputs.SOURCE_KINDS),
                Inputs.oneOf(draft.accessibility(), "accessibility", "The accessibility", Inputs.ACCESSIBILITIES));
        var writer = writers.require(username);
        String id = Ids.next();
        items.createSource(map, id, checked, writer, clock.instant());
        events.publishEvent(new SourceCreated(map, id, writer.username()));
        return id;
    }

    private static EvidenceItems.Checked check(@Nullable EvidenceDraft draft) {
        if (draft == null) {
            throw new InvalidInputException("evidence", "The evidence is missing.");
        }
        if (draft.stance() == null) {
            throw new InvalidInputException("stance", "Say whether the evidence speaks for or against the claim.");
        }
        return new EvidenceItems.Checked(
                Inputs.id(draft.claimId(), "claimId", "The claim"),
                Inputs.id(draft.sourceId(), "sourceId", "The source"),
                Inputs.required(draft.locator(), "locator", "The locator (page, folio, …)", Inputs.MAX_LOCATOR),
                Inputs.required(draft.quote(), "quote", "The quote", Inputs.MAX_QUOTE),
                Inputs.url(draft.url()),
                draft.stance(),
                Inputs.optional(draft.note(), "note", "The note", Inputs.MAX_NOTE),
                Inputs.anchor(draft.anchor()));
    }
}
