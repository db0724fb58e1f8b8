package org.disputatio.workspace;

import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;

/**
 * The writes the workspace offers: evidence, sources, grades, contestations, ratings, new claims and
 * counter-arguments. {@link EvidenceWrites} backs it with the evidence module's services; the dialogs
 * depend only on this, so they are tested without a database. Every method throws
 * {@link IllegalArgumentException} with a message for the user when it refuses the input or the
 * user's right to write, and {@link ConflictException} when the item changed meanwhile.
 */
public interface WorkspaceWrites {

    /** Someone else changed the item since it was read; nothing was written. */
    class ConflictException extends RuntimeException {
        public ConflictException(String message) {
            super(message);
        }
    }

    /** The exact words of the reading text a new claim or item of evidence is anchored to. */
    record Anchor(String exact, int start, int end) {}

    /** A claim a user adds: kind, short paraphrase, section, and where it sits in the text. */
    record ClaimDraft(
            String kind,
            String text,
            String section,
            @Nullable Anchor anchor) {}

    /** An item of evidence for or against a claim, from an existing source. */
    record EvidenceDraft(
            String claimId,
            boolean supports,
            String sourceId,
            String locator,
            String quote,
            @Nullable String url,
            @Nullable String note,
            @Nullable Anchor anchor) {}

    /** A source a user adds to the bibliography while attaching evidence; several authors separated by semicolons. */
    record SourceDraft(
            String authors, String title, @Nullable Integer year, String kind, String accessibility) {}

    void attachEvidence(MapId map, EvidenceDraft draft, String username);

    /** Replaces an item's content if it is still at {@code expectedVersion}. */
    void editEvidence(MapId map, String evidenceId, long expectedVersion, EvidenceDraft draft, String username);

    /** Removes an item if it is still at {@code expectedVersion}. */
    void removeEvidence(MapId map, String evidenceId, long expectedVersion, String username);

    /** The user's rating of an item of evidence's strength: 0, 0.25, 0.5, 0.75 or 1. */
    void rateEvidence(MapId map, String evidenceId, double value, String username);

    /** @return the new source's id */
    String createSource(MapId map, SourceDraft draft, String username);

    /** The user's Admiralty grade of a source: reliability A..F, credibility 1..6. */
    void gradeSource(MapId map, String sourceId, char reliability, int credibility, String username);

    void contest(MapId map, String sourceId, String reason, String username);

    void withdraw(MapId map, String contestationId, String username);

    /** The user's rating of an argument's inference strength: 0, 0.25, 0.5, 0.75 or 1. */
    void rateInference(MapId map, String argumentId, double value, String username);

    void addClaim(MapId map, ClaimDraft draft, String username);

    /** A claim attacking {@code targetId} (a claim for rebut and undermine, an argument for undercut). */
    void addCounterArgument(MapId map, String targetId, String attackKind, ClaimDraft draft, String username);
}
