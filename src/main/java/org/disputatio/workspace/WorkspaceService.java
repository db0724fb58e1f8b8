package org.disputatio.workspace;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Explanation;
import org.disputatio.evaluation.Perspective;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evaluation.WhatIf;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.Evidence;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.GradeGrid;
import org.disputatio.evidence.GradeSpread;
import org.disputatio.evidence.ProofStandardService;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.evidence.UserContestation;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.ChangePage;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapId;
import org.disputatio.maps.ProofStandard;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** Opens a map for the workspace (its content and its evaluation) and keeps open workspaces up to date. */
@Service
public class WorkspaceService {

    private final OpenMaps openMaps;
    private final EvaluationService evaluation;
    private final EvidenceService evidence;
    private final RatingService ratings;
    private final ContestationService contestations;
    private final ChangeLog changeLog;
    private final UndoService undo;
    private final ProofStandardService standards;
    private final org.disputatio.maps.MapSearch search;
    // Moderation (mod13, ADR 038), implemented by the seminars module; absent in a context without it.
    private final org.springframework.beans.factory.ObjectProvider<org.disputatio.maps.MapModeration> moderation;

    WorkspaceService(
            OpenMaps openMaps,
            EvaluationService evaluation,
            EvidenceService evidence,
            RatingService ratings,
            ContestationService contestations,
            ChangeLog changeLog,
            UndoService undo,
            ProofStandardService standards,
            org.disputatio.maps.MapSearch search,
            org.springframework.beans.factory.ObjectProvider<org.disputatio.maps.MapModeration> moderation) {
        this.moderation = moderation;
        this.openMaps = openMaps;
        this.evaluation = evaluation;
        this.evidence = evidence;
        this.ratings = ratings;
        this.contestations = contestations;
        this.changeLog = changeLog;
        this.undo = undo;
        this.standards = standards;
        this.search = search;
    }

    /** Sets a claim's proof standard (ADR 031); refused like the other writes. */
    public void changeStandard(MapId id, String claimId, ProofStandard standard, String username) {
        standards.change(id, claimId, standard, username);
    }

    /**
     * The workspace as seen from a perspective (ADR 031): the same content, evaluated with only that user's ratings
     * and grades; the shared workspace itself for everyone's.
     */
    public Workspace seenFrom(Workspace shared, Perspective perspective) {
        if (perspective.everyone()) return shared;
        return evaluation
                .evaluate(shared.id(), Semantics.DF_QUAD, Set.of(), perspective)
                .map(r -> new Workspace(shared.map(), r.evaluation(), shared.seq(), shared.textSections()))
                .orElse(shared);
    }

    /** Users who rated or graded something in the map, sorted: the perspectives the workspace offers. */
    public List<String> raters(MapId id) {
        return evaluation.raters(id);
    }

    /**
     * Searches the map's claims, people, sources and citations; empty if the map is gone.
     *
     * @throws IllegalArgumentException when the text is blank or too long
     */
    public Optional<org.disputatio.maps.SearchResults> search(MapId id, String text) {
        return search.search(id, text);
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

    public GradeGrid sourceGradeGrid(MapId id, String sourceId, @Nullable String username) {
        return ratings.sourceGradeGrid(id, sourceId, username);
    }

    /** Users' contestations of a source, open and withdrawn. */
    public List<UserContestation> userContestations(MapId id, String sourceId) {
        return contestations.forSource(id, sourceId);
    }

    public boolean mayWithdraw(UserContestation contestation, @Nullable String username) {
        return contestations.mayWithdraw(contestation, username);
    }

    /**
     * The map with its evaluation under DF-QuAD; empty if there is no such map. Sessions that open the map at the
     * same log position share one workspace, read once per instance.
     */
    public Optional<Workspace> open(MapId id) {
        return openMaps.open(id);
    }

    /**
     * Brings the workspace a session shows up to date with a batch of its map's changes from the log: the
     * content is read again only if a change can alter it, and once per instance; the rest reuses what is held.
     * Empty if the map is gone.
     */
    public Optional<WorkspaceUpdate> update(Workspace shown, List<Change> changes) {
        return openMaps.update(shown, changes);
    }

    /**
     * Brings the workspace up to date with whatever the log holds after it: the session that just wrote shows its
     * own change at once, without waiting for the follower. Empty if the map is gone.
     */
    public Optional<WorkspaceUpdate> catchUp(Workspace shown) {
        List<Change> since = changeLog
                .after(shown.id(), shown.seq(), ChangeLog.MAX_LIMIT)
                .map(ChangePage::changes)
                .orElse(List.of());
        return since.isEmpty() ? Optional.of(WorkspaceUpdate.none(shown)) : update(shown, since);
    }

    /** How many times this instance read a map's whole content for its workspaces (for tests and benchmarks). */
    public long contentReads() {
        return openMaps.contentReads();
    }

    /** What falls when the source is rejected; empty if the map is gone. */
    public Optional<WhatIf> whatIf(MapId id, String sourceId) {
        return evaluation.evaluate(id, Semantics.DF_QUAD, Set.of(sourceId)).flatMap(EvaluationService.Result::whatIf);
    }

    /**
     * Explains a claim as the workspace shows it: from the evaluation it holds, so that the reasons match the
     * strengths and labels on screen, whatever the perspective (ADR 031).
     */
    public Optional<Explanation> explain(Workspace shown, String claimId) {
        return shown.evaluation().snapshot().hasClaim(claimId)
                ? Optional.of(shown.evaluation().explain(claimId))
                : Optional.empty();
    }

    /**
     * The map evaluated with these sources rejected, next to what the workspace shows; the baseline when none is.
     * Ids the map does not know (an old shared link) are left out. Empty if the map is gone. {@code shown} must be
     * the workspace as seen from {@code perspective} ({@link #seenFrom}).
     */
    public Optional<Scenario> scenario(
            Workspace shown, java.util.Collection<String> rejected, Perspective perspective) {
        List<String> known =
                rejected.stream().distinct().filter(this::plausibleSource).toList();
        if (known.isEmpty()) return Optional.of(Scenario.baseline(shown));
        try {
            // The same perspective as the workspace shown, so that "before" and "after" weigh the same ratings.
            return evaluation
                    .evaluate(shown.id(), Semantics.DF_QUAD, new java.util.LinkedHashSet<>(known), perspective)
                    .flatMap(r -> r.whatIf().map(w -> Scenario.of(shown, known, r.evaluation(), w)));
        } catch (EvaluationService.UnknownSourceException e) {
            List<String> stored =
                    known.stream().filter(id -> shown.source(id).isPresent()).toList();
            if (stored.size() == known.size()) throw e;
            return scenario(shown, stored, perspective);
        }
    }

    private boolean plausibleSource(String id) {
        return !id.isBlank() && id.length() <= 200;
    }

    public Optional<Explanation> explain(MapId id, String claimId) {
        return evaluation.explain(id, claimId, Semantics.DF_QUAD);
    }

    /** Whether the user moderates the map (mod13, ADR 038). */
    public boolean moderates(MapId map, @Nullable String username) {
        var m = moderation.getIfAvailable();
        return m != null && m.moderates(map, username);
    }

    /** The marks for review on an item this user may see: its author's and the moderators' (mod13, ADR 038). */
    public List<org.disputatio.maps.MapModeration.Mark> marksOn(MapId map, String itemId, @Nullable String username) {
        var m = moderation.getIfAvailable();
        return m == null ? List.of() : m.marksOn(map, itemId, username);
    }

    /** The map's hidden items, for its moderators only (gaps13, ADR 038). */
    public List<org.disputatio.maps.MapModeration.HiddenItem> hiddenItems(MapId map, @Nullable String username) {
        var m = moderation.getIfAvailable();
        return m == null ? List.of() : m.hiddenItems(map, username);
    }

    /** Restores a hidden item through its mark; refused ({@code AccessDeniedException}) to non-moderators. */
    public void restoreHidden(MapId map, String reviewId, String username) {
        var m = moderation.getIfAvailable();
        if (m == null) throw new IllegalStateException("No moderation in this application.");
        m.restoreHidden(map, reviewId, username);
    }
}
