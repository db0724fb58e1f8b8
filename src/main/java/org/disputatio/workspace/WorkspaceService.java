package org.disputatio.workspace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Explanation;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evaluation.WhatIf;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.Evidence;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.GradeSpread;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.evidence.UserContestation;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Opens a map for the workspace: its content and its evaluation, read together. */
@Service
public class WorkspaceService {

    private final MapCatalog catalog;
    private final EvaluationService evaluation;
    private final EvidenceService evidence;
    private final RatingService ratings;
    private final ContestationService contestations;
    private final ChangeLog changeLog;
    private final UndoService undo;

    WorkspaceService(
            MapCatalog catalog,
            EvaluationService evaluation,
            EvidenceService evidence,
            RatingService ratings,
            ContestationService contestations,
            ChangeLog changeLog,
            UndoService undo) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.evidence = evidence;
        this.ratings = ratings;
        this.contestations = contestations;
        this.changeLog = changeLog;
        this.undo = undo;
    }

    /** The map's newest changes, newest first. */
    public List<Change> history(MapId id, int limit) {
        return changeLog.newest(id, limit);
    }

    /** The newest changes of these items and of what belongs to them, newest first. */
    public List<Change> history(MapId id, List<String> itemIds, int limit) {
        return changeLog.forItems(id, itemIds, limit);
    }

    public boolean mayUndo(Change change, @Nullable String username) {
        return undo.mayUndo(change, username);
    }

    /** Undoes a change; the refusals are {@code UndoConflictException} and {@code AccessDeniedException}. */
    public Change undo(MapId id, long seq, String username) {
        return undo.undo(id, seq, username);
    }

    /** All evidence users attached in the map, oldest first. */
    public List<Evidence> evidence(MapId id) {
        return evidence.forMap(id);
    }

    /** The evidence users attached to a claim, oldest first. */
    public List<Evidence> evidence(MapId id, String claimId) {
        return evidence.forClaim(id, claimId);
    }

    public boolean mayChange(Evidence item, @Nullable String username) {
        return evidence.mayChange(item, username);
    }

    public RatingSpread evidenceRatings(MapId id, String evidenceId, @Nullable String username) {
        return ratings.evidenceRatings(id, evidenceId, username);
    }

    public RatingSpread inferenceRatings(MapId id, String argumentId, @Nullable String username) {
        return ratings.inferenceRatings(id, argumentId, username);
    }

    public GradeSpread sourceGrades(MapId id, String sourceId, @Nullable String username) {
        return ratings.sourceGrades(id, sourceId, username);
    }

    /** Users' contestations of a source, open and withdrawn. */
    public List<UserContestation> userContestations(MapId id, String sourceId) {
        return contestations.forSource(id, sourceId);
    }

    public boolean mayWithdraw(UserContestation contestation, @Nullable String username) {
        return contestations.mayWithdraw(contestation, username);
    }

    /** The map with its evaluation under DF-QuAD; empty if there is no such map. */
    public Optional<Workspace> open(MapId id) {
        return catalog.content(id)
                .flatMap(content -> evaluation
                        .evaluate(id, Semantics.DF_QUAD, Set.of())
                        .map(result -> new Workspace(content, result.evaluation())));
    }

    /** What falls when the source is rejected; empty if the map is gone. */
    public Optional<WhatIf> whatIf(MapId id, String sourceId) {
        return evaluation.evaluate(id, Semantics.DF_QUAD, Set.of(sourceId)).flatMap(EvaluationService.Result::whatIf);
    }

    public Optional<Explanation> explain(MapId id, String claimId) {
        return evaluation.explain(id, claimId, Semantics.DF_QUAD);
    }
}
