package org.disputatio.workspace;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.ChangePage;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The maps open in this instance's workspaces, as they show them: per map, the stored content at a log position
 * and the {@link Workspace} built on it, shared by every session. A batch of changes that cannot change the
 * content (ratings, grades, evidence) reuses it; a batch that can is read once per instance, whichever session
 * asks first, and the others find it here (ADR 027).
 */
@Component
class OpenMaps {

    /** One map's shared state; its monitor orders the sessions that ask for it. */
    private static final class Slot {
        /** The stored map the rest was read from (EvaluationService.Result.map). */
        @Nullable
        String map;

        @Nullable
        MapContent content;
        /** The content holds every change up to this seq. */
        long contentSeq = -1;

        @Nullable
        Workspace workspace;
        /** The last comparison made, which the other sessions showing the same workspace reuse. */
        @Nullable
        Workspace comparedFrom;

        @Nullable
        WorkspaceUpdate compared;

        /** The sections a map made from a text was stored with (they never change): read once per map. */
        java.util.@Nullable List<org.disputatio.maps.Section> sections;
    }

    private final MapCatalog catalog;
    private final EvaluationService evaluation;
    private final ChangeLog changeLog;
    private final Cache<MapId, Slot> slots =
            Caffeine.newBuilder().maximumSize(64).build();
    private final LongAdder contentReads = new LongAdder();

    OpenMaps(MapCatalog catalog, EvaluationService evaluation, ChangeLog changeLog) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.changeLog = changeLog;
    }

    /** The map as of now, shared with the other sessions that asked at the same log position; empty if it is gone. */
    Optional<Workspace> open(MapId id) {
        return open(id, List.of());
    }

    /**
     * Brings a session's workspace up to date with a batch of its map's changes. Changes it already shows (an
     * author's session catches up at once, then hears the same changes from the log) are left out.
     */
    Optional<WorkspaceUpdate> update(Workspace shown, List<Change> changes) {
        List<Change> fresh = changes.stream().filter(c -> c.seq() > shown.seq()).toList();
        if (fresh.isEmpty()) return Optional.of(WorkspaceUpdate.none(shown));
        Slot slot = slots.get(shown.id(), k -> new Slot());
        synchronized (slot) {
            // Another session of this instance already brought the map past this batch: nothing to read at all.
            Workspace held = slot.workspace;
            Optional<Workspace> next =
                    held != null && held.seq() >= fresh.getLast().seq()
                            ? Optional.of(held)
                            : open(shown.id(), slot, fresh);
            if (next.isEmpty()) return Optional.empty();
            Workspace w = next.get();
            WorkspaceUpdate known = slot.compared;
            if (known != null && slot.comparedFrom == shown && known.workspace() == w) {
                return Optional.of(new WorkspaceUpdate(
                        w, fresh, known.shapeChanged(), known.contentChanged(), known.reassessed()));
            }
            boolean contentChanged = w.map() != shown.map();
            WorkspaceUpdate update = new WorkspaceUpdate(
                    w, fresh, contentChanged && !w.sameShapeAs(shown), contentChanged, w.reassessedSince(shown));
            slot.comparedFrom = shown;
            slot.compared = update;
            return Optional.of(update);
        }
    }

    /** How many times this instance read a map's whole content, for tests and benchmarks. */
    long contentReads() {
        return contentReads.sum();
    }

    private Optional<Workspace> open(MapId id, List<Change> known) {
        Slot slot = slots.get(id, k -> new Slot());
        synchronized (slot) {
            return open(id, slot, known);
        }
    }

    private Optional<Workspace> open(MapId id, Slot slot, List<Change> known) {
        // Under the slot's monitor, so the positions one slot sees only move forward.
        Optional<EvaluationService.Result> result = evaluation.evaluate(id, Semantics.DF_QUAD, Set.of());
        if (result.isEmpty()) {
            slots.invalidate(id);
            return Optional.empty();
        }
        long seq = result.get().seq();
        if (!result.get().map().equals(slot.map)) {
            // Another map under the same id (deleted and created again): nothing held is its.
            slot.map = result.get().map();
            slot.content = null;
            slot.contentSeq = -1;
            slot.workspace = null;
            slot.comparedFrom = null;
            slot.compared = null;
            slot.sections = null;
        }
        Optional<MapContent> content = content(id, slot, seq, known);
        if (content.isEmpty()) {
            slots.invalidate(id);
            return Optional.empty();
        }
        Workspace shared = slot.workspace;
        if (shared != null
                && shared.map() == content.get()
                && shared.evaluation() == result.get().evaluation()) {
            return Optional.of(shared);
        }
        if (slot.sections == null) slot.sections = catalog.sections(id);
        Workspace w = new Workspace(content.get(), result.get().evaluation(), seq, slot.sections);
        slot.workspace = w;
        return Optional.of(w);
    }

    /** The content with every change up to {@code seq}: the one held when nothing since can have changed it. */
    private Optional<MapContent> content(MapId id, Slot slot, long seq, List<Change> known) {
        MapContent held = slot.content;
        if (held != null && slot.contentSeq == seq) return Optional.of(held);
        // A lower seq than held means the map's log started again (the map was replaced): read it anew.
        if (held != null && slot.contentSeq < seq && !changesContent(id, slot.contentSeq, seq, known)) {
            slot.contentSeq = seq;
            return Optional.of(held);
        }
        contentReads.increment();
        // Read after the evaluation at seq was seen, so it holds at least every change up to seq.
        Optional<MapContent> read = catalog.content(id);
        slot.content = read.orElse(null);
        slot.contentSeq = read.isPresent() ? seq : -1;
        return read;
    }

    /** Whether a change in {@code (after, upTo]} can change the stored content; the batch at hand saves reading the log. */
    private boolean changesContent(MapId id, long after, long upTo, List<Change> known) {
        long seq = after;
        for (Change c : known) {
            if (c.seq() <= seq) continue;
            if (c.seq() != seq + 1 || c.seq() > upTo) break;
            if (changesContent(id, c)) return true;
            seq = c.seq();
        }
        while (seq < upTo) {
            if (upTo - seq > ChangeLog.MAX_LIMIT) return true; // far behind: one read is cheaper than the pages
            Optional<ChangePage> page = changeLog.after(id, seq, ChangeLog.MAX_LIMIT);
            if (page.isEmpty() || page.get().changes().isEmpty()) return true;
            for (Change c : page.get().changes()) {
                if (c.seq() > upTo) return false;
                if (c.seq() != seq + 1 || changesContent(id, c)) return true;
                seq = c.seq();
            }
        }
        return false;
    }

    private boolean changesContent(MapId id, Change change) {
        if (change.kind() != ChangeKind.ChangeUndone) return changesContent(change.kind());
        Long undone = change.undoes();
        return undone == null
                || changeLog
                        .find(id, undone)
                        .map(c -> c.kind() == ChangeKind.ChangeUndone || changesContent(c.kind()))
                        .orElse(true);
    }

    /**
     * Whether changes of this kind can change {@link MapContent}: its claims, arguments, attacks, sources and open
     * contestations. Evidence, ratings and grades live beside it (the evaluation reads them itself). No default
     * branch: a new kind must be placed here.
     */
    static boolean changesContent(ChangeKind kind) {
        return switch (kind) {
            case ClaimAdded, CounterArgumentAdded, SourceCreated, SourceContested, ContestationWithdrawn -> true;
            // Claim revision (claims12): a claim's text, proponent, anchors, arguments or attacks, or a new person.
            case ClaimEdited, ClaimDeleted, ClaimsMerged, ClaimSplit, PersonAdded -> true;
            // Authoring (ADR 032): arguments, attacks and citations are the content's structure.
            case ArgumentAdded,
                    ArgumentEdited,
                    ArgumentDeleted,
                    AttackAdded,
                    AttackDeleted,
                    CitationAdded,
                    CitationDeleted -> true;
            // The title is part of the content; a deleted map has none to read.
            case MapRenamed, MapDeleted -> true;
            // A proof standard is read by the evaluation, like ratings (ADR 031).
            case EvidenceAttached,
                    EvidenceEdited,
                    EvidenceRemoved,
                    EvidenceRated,
                    InferenceRated,
                    SourceGraded,
                    ProofStandardChanged -> false;
            // Decided by the kind of the undone change (above); alone, it could be anything.
            case ChangeUndone -> true;
            // import12: the map itself is made (or, undone, deleted): reload it whole.
            case MapCreated -> true;
            // Moderation (mod13, ADR 038): a hidden or restored item leaves or rejoins the content; marks do not.
            case ItemHidden, ItemRestored -> true;
            case ReviewRequested, ReviewResolved -> false;
            // fix12: a copy is made whole; a pro is a new claim and its argument.
            case MapCopied, ProAdded -> true;
            // ach13: competing-hypotheses matrices live beside the map's content.
            case HypothesisAdded, HypothesisRemoved, AchItemAdded, AchCellRated -> false;
            // Rounds (ADR 039) live beside the map and show nothing in the workspace until a round page reads them.
            case RoundOpened, RoundRated, RoundClosed -> false;
            // aif14: an imported map is made (or, undone, deleted) whole.
            case MapImported -> true;
            // gaps13: a matrix row removed or reweighed lives beside the map's content too.
            case AchItemRemoved, AchItemReweighted -> false;
        };
    }
}
