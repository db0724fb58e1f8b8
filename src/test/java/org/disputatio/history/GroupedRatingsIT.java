package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.evidence.TestUsers;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Ratings and grades that queued together run as one group, one statement per kind (ADR 046): each caller gets its
 * own spread and its own failure, and its own log entry with the state before, which undo restores. The group is
 * made deterministic by holding every group transaction with a write that waits, queueing the ratings one after
 * the other behind it, and then letting go.
 */
@IntegrationTest
class GroupedRatingsIT {

    static final MapId MAP = new MapId("grouped-ratings");
    static final MapId OTHER = new MapId("grouped-ratings-other");

    @Autowired
    RatingService ratings;

    @Autowired
    EvidenceService evidence;

    @Autowired
    AccountService accounts;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    UndoService undo;

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    EvaluationService evaluation;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    // Each caller on its own thread: callers block until their group committed.
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();
    private final CountDownLatch release = new CountDownLatch(1);
    private final List<CompletableFuture<Object>> holders = new ArrayList<>();

    String evidenceId;

    @BeforeEach
    void load() {
        TestUsers.ensure(accounts, "chen");
        evidenceId = evidence.attach(MAP, TwoVoicesFixture.NOON_EVIDENCE, "ada").id();
    }

    @AfterEach
    void clean() throws Exception {
        release.countDown();
        for (var holder : holders) {
            assertThatThrownBy(() -> holder.get(30, TimeUnit.SECONDS)).cause().hasMessage("held");
        }
        callers.shutdownNow();
        // The fixture drops MAP's evaluation; the second map's, if a test made one, goes too (its id comes back).
        evaluation.invalidate(OTHER);
    }

    @Test
    void aRowForUnknownEvidence_failsAlone_theOthersCommit_eachWithItsOwnSpread() throws Exception {
        holdEveryGroup();
        var ada = queue(() -> ratings.rateEvidence(MAP, evidenceId, "ada", 0.75));
        var brigitte = queue(() -> ratings.rateEvidence(MAP, "no-such-evidence", "brigitte", 0.5));
        var chen = queue(() -> ratings.rateEvidence(MAP, evidenceId, "chen", 0.25));
        var grade = queue(() -> {
            ratings.gradeSource(MAP, "s1", "chen", 'B', 2);
            return "graded";
        });
        release.countDown();

        // Each spread holds the caller's own rating and the companions' before it, as if they ran one by one.
        RatingSpread adaSpread = (RatingSpread) ada.get(30, TimeUnit.SECONDS);
        assertThat(adaSpread.yours()).isEqualTo(0.75);
        assertThat(adaSpread.count()).isEqualTo(1);
        RatingSpread chenSpread = (RatingSpread) chen.get(30, TimeUnit.SECONDS);
        assertThat(chenSpread.yours()).isEqualTo(0.25);
        assertThat(chenSpread.count()).isEqualTo(2);
        assertThat(chenSpread.mean()).isEqualTo(0.5);
        assertThat(grade.get(30, TimeUnit.SECONDS)).isEqualTo("graded");
        assertThatThrownBy(() -> brigitte.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(UnknownItemException.class)
                .hasMessage("There is no evidence with the id 'no-such-evidence' in this map.");

        assertThat(ratings.evidenceRatings(MAP, evidenceId, "brigitte").count()).isEqualTo(2);
        assertThat(ratings.sourceGrades(MAP, "s1", "chen").count()).isEqualTo(1);
        // One entry per committed write, numbered, in the order the group ran them.
        assertThat(changeLog.newest(MAP, 3))
                .extracting(Change::summary)
                .containsExactly(
                        "Source s1 graded B2 (was ungraded)",
                        "Rated evidence " + evidenceId + " 0.25 (was none)",
                        "Rated evidence " + evidenceId + " 0.75 (was none)");
    }

    @Test
    void theSameUserRatingTheSameItemTwiceInAGroup_endsAsIfOneAfterTheOther_andUndoRestoresEachStateBefore()
            throws Exception {
        holdEveryGroup();
        var first = queue(() -> ratings.rateEvidence(MAP, evidenceId, "ada", 0.25));
        var second = queue(() -> ratings.rateEvidence(MAP, evidenceId, "ada", 1.0));
        release.countDown();

        assertThat(((RatingSpread) first.get(30, TimeUnit.SECONDS)).yours()).isEqualTo(0.25);
        RatingSpread last = (RatingSpread) second.get(30, TimeUnit.SECONDS);
        assertThat(last.yours()).isEqualTo(1.0);
        assertThat(last.count()).isEqualTo(1);
        assertThat(ratings.evidenceRatings(MAP, evidenceId, "ada").yours()).isEqualTo(1.0);
        assertThat(storedRatings()).isEqualTo(1);

        var entries = changeLog.newest(MAP, 2);
        assertThat(entries)
                .extracting(Change::summary)
                .containsExactly(
                        "Rated evidence " + evidenceId + " 1.0 (was 0.25)",
                        "Rated evidence " + evidenceId + " 0.25 (was none)");
        assertThat(entries.get(0).seq()).isEqualTo(entries.get(1).seq() + 1);

        undo.undo(MAP, entries.get(0).seq(), "ada");
        assertThat(ratings.evidenceRatings(MAP, evidenceId, "ada").yours()).isEqualTo(0.25);
        undo.undo(MAP, entries.get(1).seq(), "ada");
        assertThat(ratings.evidenceRatings(MAP, evidenceId, "ada").yours()).isNull();
        assertThat(storedRatings()).isZero();
    }

    @Test
    void aGroupWritingTwoMaps_numbersEachMapsEntriesInItsOwnTransaction_gapFree_nothingLeftPending() throws Exception {
        var other = secondMap();
        String otherEvidence =
                evidence.attach(other, TwoVoicesFixture.NOON_EVIDENCE, "ada").id();
        holdEveryGroup();
        var onOther = queue(() -> ratings.rateEvidence(other, otherEvidence, "brigitte", 0.5));
        var onMap = queue(() -> ratings.rateEvidence(MAP, evidenceId, "brigitte", 0.75));
        var onOtherAgain = queue(() -> ratings.rateEvidence(other, otherEvidence, "chen", 1.0));
        release.countDown();

        assertThat(((RatingSpread) onOther.get(30, TimeUnit.SECONDS)).yours()).isEqualTo(0.5);
        assertThat(((RatingSpread) onMap.get(30, TimeUnit.SECONDS)).yours()).isEqualTo(0.75);
        assertThat(((RatingSpread) onOtherAgain.get(30, TimeUnit.SECONDS)).count())
                .isEqualTo(2);
        // Numbered by the time the callers returned: each map's log goes on from its evidence entry, seq 1.
        assertThat(seqsOf(MAP)).containsExactly(1L, 2L);
        assertThat(seqsOf(other)).containsExactly(1L, 2L, 3L);
        assertThat(changeLog.newest(other, 2))
                .extracting(Change::summary)
                .containsExactly(
                        "Rated evidence " + otherEvidence + " 1.0 (was none)",
                        "Rated evidence " + otherEvidence + " 0.5 (was none)");
        assertThat(pending()).isZero();
    }

    @Test
    void manyRatersOnTwoMapsAtOnce_everyRatingIsSaved_andEachMapsLogIsOneToN() throws Exception {
        var other = secondMap();
        String otherEvidence =
                evidence.attach(other, TwoVoicesFixture.NOON_EVIDENCE, "ada").id();
        var raters = new ArrayList<String>();
        for (int i = 0; i < 24; i++) {
            raters.add("rater" + i);
        }
        TestUsers.ensure(accounts, raters.toArray(String[]::new));
        // Groups then hold ratings of both maps in either order; their counters are locked in map-id order.
        var saved = new ArrayList<CompletableFuture<Object>>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < raters.size(); i++) {
                String rater = raters.get(i);
                double value = (round + 1) / 4.0;
                boolean first = (i + round) % 2 == 0;
                saved.add(CompletableFuture.supplyAsync(
                        () -> first
                                ? ratings.rateEvidence(MAP, evidenceId, rater, value)
                                : ratings.rateEvidence(other, otherEvidence, rater, value),
                        callers));
            }
        }
        for (var rating : saved) {
            assertThat(rating.get(60, TimeUnit.SECONDS)).isInstanceOf(RatingSpread.class);
        }
        // 72 ratings, 36 per map, after each map's evidence entry.
        assertThat(seqsOf(MAP)).containsExactlyElementsOf(oneTo(37));
        assertThat(seqsOf(other)).containsExactlyElementsOf(oneTo(37));
        assertThat(pending()).isZero();
    }

    private MapId secondMap() {
        catalog.create(SampleMaps.twoVoices(OTHER.value()));
        return OTHER;
    }

    private List<Long> seqsOf(MapId map) {
        return changeLog.after(map, 0, 500).orElseThrow().changes().stream()
                .map(Change::seq)
                .toList();
    }

    private static List<Long> oneTo(long n) {
        return java.util.stream.LongStream.rangeClosed(1, n).boxed().toList();
    }

    private long pending() {
        try (var session = driver.session()) {
            return session.run("MATCH (x:PendingChange) RETURN count(x) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    /** Takes every group transaction with a write that waits for {@link #release}, so that what comes next queues. */
    private void holdEveryGroup() throws InterruptedException {
        // As many as ChangeLog runs at once: one per core, since these tests set no
        // disputatio.writes.group-transactions.
        int transactions = Runtime.getRuntime().availableProcessors();
        var holding = new CountDownLatch(transactions);
        ChangeLog.Batch<String, Object> waits = (tx, requests) -> {
            holding.countDown();
            GroupCommitTest.await(release);
            return requests.stream()
                    .<ChangeLog.Outcome<Object>>map(r -> new ChangeLog.Refused<>(new IllegalStateException("held")))
                    .toList();
        };
        for (int i = 0; i < transactions; i++) {
            holders.add(CompletableFuture.supplyAsync(() -> changeLog.writeGrouped(waits, "hold"), callers));
        }
        assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
    }

    /** Starts the write on a caller thread of its own and waits until it queued behind the ones before it. */
    private CompletableFuture<Object> queue(Supplier<Object> write) throws InterruptedException {
        int before = changeLog.queuedForGroups();
        var future = CompletableFuture.supplyAsync(write, callers);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (changeLog.queuedForGroups() <= before) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the write never queued");
            }
            Thread.sleep(5);
        }
        return future;
    }

    private long storedRatings() {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (r:Rating {mapId: $m, user: 'ada'}) WHERE r.value IS NOT NULL RETURN count(r) AS n",
                            Map.of("m", MAP.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }
}
