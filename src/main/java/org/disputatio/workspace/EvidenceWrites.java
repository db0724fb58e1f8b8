package org.disputatio.workspace;

import java.util.Arrays;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.DocumentAnchor;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.history.WritesRefusedException;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** The workspace's writes, done by the evidence module's services; their refusals become messages. */
@Component
class EvidenceWrites implements WorkspaceWrites {

    private final EvidenceService evidence;
    private final RatingService ratings;
    private final ContestationService contestations;
    private final ClaimEditing claims;

    EvidenceWrites(
            EvidenceService evidence, RatingService ratings, ContestationService contestations, ClaimEditing claims) {
        this.evidence = evidence;
        this.ratings = ratings;
        this.contestations = contestations;
        this.claims = claims;
    }

    @Override
    public void attachEvidence(MapId map, WorkspaceWrites.EvidenceDraft draft, String username) {
        run(() -> evidence.attach(map, convert(draft), username));
    }

    @Override
    public void editEvidence(
            MapId map, String evidenceId, long expectedVersion, WorkspaceWrites.EvidenceDraft draft, String username) {
        run(() -> evidence.edit(map, evidenceId, expectedVersion, convert(draft), username));
    }

    @Override
    public void removeEvidence(MapId map, String evidenceId, long expectedVersion, String username) {
        run(() -> evidence.remove(map, evidenceId, expectedVersion, username));
    }

    @Override
    public void rateEvidence(MapId map, String evidenceId, double value, String username) {
        run(() -> ratings.rateEvidence(map, evidenceId, username, value));
    }

    @Override
    public String createSource(MapId map, WorkspaceWrites.SourceDraft draft, String username) {
        String[] id = new String[1];
        run(() -> id[0] = evidence.createSource(
                map,
                new org.disputatio.evidence.SourceDraft(
                        Arrays.stream(draft.authors().split(";"))
                                .map(String::strip)
                                .filter(a -> !a.isEmpty())
                                .toList(),
                        draft.title(),
                        draft.year(),
                        draft.kind(),
                        draft.accessibility()),
                username));
        return id[0];
    }

    @Override
    public void gradeSource(MapId map, String sourceId, char reliability, int credibility, String username) {
        run(() -> ratings.gradeSource(map, sourceId, username, reliability, credibility));
    }

    @Override
    public void contest(MapId map, String sourceId, String reason, String username) {
        run(() -> contestations.contest(map, sourceId, username, reason));
    }

    @Override
    public void withdraw(MapId map, String contestationId, String username) {
        run(() -> contestations.withdraw(map, contestationId, username));
    }

    @Override
    public void rateInference(MapId map, String argumentId, double value, String username) {
        run(() -> ratings.rateInference(map, argumentId, username, value));
    }

    @Override
    public void addClaim(MapId map, WorkspaceWrites.ClaimDraft draft, String username) {
        run(() -> claims.addClaim(map, convert(draft), username));
    }

    @Override
    public void addCounterArgument(
            MapId map, String targetId, String attackKind, WorkspaceWrites.ClaimDraft draft, String username) {
        run(() -> claims.addCounterArgument(map, targetId, attackKind, convert(draft), username));
    }

    private static org.disputatio.evidence.EvidenceDraft convert(WorkspaceWrites.EvidenceDraft d) {
        return new org.disputatio.evidence.EvidenceDraft(
                d.claimId(),
                d.sourceId(),
                d.locator(),
                d.quote(),
                d.url(),
                d.supports() ? Stance.FOR : Stance.AGAINST,
                d.note(),
                anchor(d.anchor()));
    }

    private static org.disputatio.evidence.ClaimDraft convert(WorkspaceWrites.ClaimDraft d) {
        return new org.disputatio.evidence.ClaimDraft(d.kind(), d.text(), d.section(), anchor(d.anchor()));
    }

    private static @Nullable DocumentAnchor anchor(WorkspaceWrites.@Nullable Anchor a) {
        return a == null ? null : new DocumentAnchor(a.exact(), a.start(), a.end());
    }

    /** Runs a write; a refusal the user can act on becomes an IllegalArgumentException or a conflict. */
    private static void run(Runnable write) {
        try {
            write.run();
        } catch (ConcurrentEditException e) {
            throw new ConflictException(e.getMessage());
        } catch (AccessDeniedException | IllegalStateException | WritesRefusedException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
