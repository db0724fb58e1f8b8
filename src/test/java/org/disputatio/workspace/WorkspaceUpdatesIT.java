package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Open workspaces follow the log without reading the whole map for every batch: a batch that cannot change the
 * stored content (ratings, grades, evidence) reuses it, and one that can is read once per instance however many
 * sessions show the map (issue 9, point 3; ADR 027). Reads are counted by {@link WorkspaceService#contentReads()}.
 */
@IntegrationTest
class WorkspaceUpdatesIT {

    static final MapId MAP = new MapId("updates-two-voices");

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    RatingService ratings;

    @Autowired
    EvidenceService evidence;

    @Autowired
    ContestationService contestations;

    @Autowired
    ClaimEditing claims;

    @Autowired
    UndoService undo;

    @Autowired
    Driver driver;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    /** What the follower would hand the open workspaces: the log after the position they show. */
    private List<Change> batchAfter(Workspace shown) {
        return changeLog
                .after(MAP, shown.seq(), ChangeLog.MAX_LIMIT)
                .orElseThrow()
                .changes();
    }

    @Test
    void ratingBatch_reusesTheContent_andMovesTheStrengths() {
        Workspace shown = workspaces.open(MAP).orElseThrow();
        double before = shown.strength("c1");
        long reads = workspaces.contentReads();

        ratings.rateInference(MAP, "a1", "ada", 1.0);
        ratings.gradeSource(MAP, "s1", "brigitte", 'A', 1);
        List<Change> batch = batchAfter(shown);
        WorkspaceUpdate update = workspaces.update(shown, batch).orElseThrow();

        assertThat(workspaces.contentReads()).isEqualTo(reads);
        assertThat(update.workspace().map()).isSameAs(shown.map());
        assertThat(update.shapeChanged()).isFalse();
        assertThat(update.contentChanged()).isFalse();
        assertThat(update.changes()).extracting(Change::seq).containsExactly(shown.seq() + 1, shown.seq() + 2);
        assertThat(update.workspace().seq()).isEqualTo(shown.seq() + 2);
        assertThat(update.reassessed()).contains("c1", "a1");
        assertThat(update.workspace().strength("c1")).isGreaterThan(before);
        assertThat(update.workspace().strength("c1"))
                .isEqualTo(evaluations
                        .evaluate(MAP, org.disputatio.evaluation.Semantics.DF_QUAD, java.util.Set.of())
                        .orElseThrow()
                        .evaluation()
                        .strength("c1")
                        .orElseThrow());
    }

    @Test
    void evidenceBatchAndTheUndoOfARating_doNotReadTheContentEither() {
        Workspace shown = workspaces.open(MAP).orElseThrow();
        long reads = workspaces.contentReads();

        var item = evidence.attach(
                MAP, new EvidenceDraft("c2", "s1", "p. 3", "Alpha saw it", null, Stance.FOR, null, null), "ada");
        ratings.rateEvidence(MAP, item.id(), "brigitte", 0.75);
        shown = workspaces.update(shown, batchAfter(shown)).orElseThrow().workspace();
        long rating = changeLog.newest(MAP, 1).getFirst().seq();
        undo.undo(MAP, rating, "brigitte");
        WorkspaceUpdate update = workspaces.update(shown, batchAfter(shown)).orElseThrow();

        assertThat(workspaces.contentReads()).isEqualTo(reads);
        assertThat(update.changes()).extracting(c -> c.kind().name()).containsExactly("ChangeUndone");
        assertThat(update.reassessed()).contains("c2");
    }

    @Test
    void claimBatch_twoSessionsOnOneInstance_causeOneRead_andShareTheWorkspace() throws Exception {
        Workspace first = workspaces.open(MAP).orElseThrow();
        Workspace second = workspaces.open(MAP).orElseThrow();
        assertThat(second).isSameAs(first);
        long reads = workspaces.contentReads();

        claims.addCounterArgument(
                MAP, "c2", "undermine", new ClaimDraft("counter-claim", "Alpha was asleep", null, null), "ada");
        List<Change> batch = batchAfter(first);

        // Both sessions take the batch at the same moment, as the broadcaster's virtual threads do.
        var start = new CountDownLatch(1);
        List<Future<WorkspaceUpdate>> updates = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Workspace shown : List.of(first, second)) {
                Callable<WorkspaceUpdate> session = () -> {
                    start.await();
                    return workspaces.update(shown, batch).orElseThrow();
                };
                updates.add(threads.submit(session));
            }
            start.countDown();
        }
        WorkspaceUpdate a = updates.get(0).get();
        WorkspaceUpdate b = updates.get(1).get();

        assertThat(workspaces.contentReads()).isEqualTo(reads + 1);
        assertThat(b.workspace()).isSameAs(a.workspace());
        assertThat(a.shapeChanged()).isTrue();
        assertThat(a.workspace().map().claims()).extracting(c -> c.text()).contains("Alpha was asleep");
        assertThat(a.workspace().attacksOn("c2")).hasSize(1);
    }

    @Test
    void contestationBatch_isReadOnce_andKeepsTheShape() {
        Workspace shown = workspaces.open(MAP).orElseThrow();
        long reads = workspaces.contentReads();

        contestations.contest(MAP, "s1", "brigitte", "Gamma was asleep");
        List<Change> batch = batchAfter(shown);
        WorkspaceUpdate first = workspaces.update(shown, batch).orElseThrow();
        WorkspaceUpdate second = workspaces.update(shown, batch).orElseThrow();

        assertThat(workspaces.contentReads()).isEqualTo(reads + 1);
        assertThat(first.contentChanged()).isTrue();
        assertThat(first.shapeChanged()).isFalse();
        assertThat(second.workspace()).isSameAs(first.workspace());
        assertThat(first.workspace().sourceRows().getFirst().contestations())
                .extracting(c -> c.reason())
                .containsExactly("Gamma never looked up", "Gamma was asleep");
    }

    @Test
    void authorCatchesUpAtOnce_thenTheSameChangesFromTheLogChangeNothing() {
        Workspace shown = workspaces.open(MAP).orElseThrow();
        ratings.rateInference(MAP, "a1", "ada", 0.0);
        List<Change> batch = batchAfter(shown);

        WorkspaceUpdate caughtUp = workspaces.catchUp(shown).orElseThrow();
        WorkspaceUpdate fromTheLog =
                workspaces.update(caughtUp.workspace(), batch).orElseThrow();

        assertThat(caughtUp.changes()).hasSize(1);
        assertThat(caughtUp.workspace().strength("c1")).isLessThan(shown.strength("c1"));
        assertThat(fromTheLog.isEmpty()).isTrue();
        assertThat(fromTheLog.workspace()).isSameAs(caughtUp.workspace());
    }
}
