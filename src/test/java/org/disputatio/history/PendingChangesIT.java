package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evidence.RatingService;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Entries recorded as pending and numbered after their writer committed (ADR 025): two sequencers (as on
 * two app instances) never hand out one seq twice nor skip one, an entry left pending by a writer that died
 * after its commit is numbered by the sweep, and undo counts a pending change of the item as a later one.
 */
@IntegrationTest
class PendingChangesIT {

    static final MapId MAP = new MapId("pending-two-voices");

    @Autowired
    Changes changes;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    UndoService undo;

    @Autowired
    RatingService ratings;

    @Autowired
    Driver driver;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    /** What a writer's transaction records, committed on its own, as a writer that never numbers it. */
    void recordPending(String itemId, String user, Instant at) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> Changes.record(
                    tx,
                    UUID.randomUUID().toString(),
                    new ChangeEntry(
                            MAP, ChangeKind.InferenceRated, user, itemId, null, "Rated argument " + itemId, "{}"),
                    at,
                    true,
                    null));
        }
    }

    long pendingCount() {
        try (var session = driver.session()) {
            return session.run("MATCH (x:PendingChange {mapId: $m}) RETURN count(x) AS n", Map.of("m", MAP.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    List<Long> seqs() {
        var all = new ArrayList<Long>();
        long after = 0;
        while (true) {
            var page = changeLog
                    .after(MAP, after, ChangeLog.MAX_LIMIT)
                    .orElseThrow()
                    .changes();
            if (page.isEmpty()) return all;
            page.forEach(c -> all.add(c.seq()));
            after = page.getLast().seq();
        }
    }

    @Test
    void twoSequencersRacingWithWriters_neverHandOutOneSeqTwice_norSkipOne() throws Exception {
        int writers = 8;
        int each = 25;
        var writing = new AtomicBoolean(true);
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(writers + 2)) {
            // Two sequencers calling the repository directly, as two app instances would: no in-process
            // combining between them, only the counter's lock in Neo4j.
            var sequencers = new ArrayList<Future<?>>();
            for (int s = 0; s < 2; s++) {
                sequencers.add(pool.submit(() -> {
                    go.await();
                    while (writing.get()) {
                        changes.sequence(MAP);
                    }
                    return null;
                }));
            }
            var writes = new ArrayList<Future<?>>();
            for (int w = 0; w < writers; w++) {
                String user = w % 2 == 0 ? "ada" : "brigitte";
                writes.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        recordPending("a1", user, Instant.now());
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var w : writes) {
                w.get();
            }
            writing.set(false);
            for (var s : sequencers) {
                s.get();
            }
            // The follower's sweep may have numbered some too: a third sequencer, equally welcome.
            changes.sequence(MAP);
        }

        assertThat(pendingCount()).isZero();
        assertThat(seqs())
                .containsExactlyElementsOf(
                        LongStream.rangeClosed(1, writers * each).boxed().toList());
        assertThat(changeLog.after(MAP, 0, 1).orElseThrow().last()).isEqualTo(writers * each);
    }

    @Test
    void anEntryLeftPendingByAWriterThatDied_isNumberedByTheSweep() {
        ratings.rateInference(MAP, "a1", "ada", 0.5);
        assertThat(seqs()).containsExactly(1L);
        // Nothing else writes here, so only the follower's sweep can number this entry. It may do so at once
        // (the entry is older than the sweep's grace period), hence no check that it is still pending.
        recordPending("a1", "brigitte", Instant.now().minusSeconds(5));

        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (seqs().size() < 2 && Instant.now().isBefore(deadline)) {
            sleep(Duration.ofMillis(100));
        }

        assertThat(seqs()).containsExactly(1L, 2L);
        assertThat(changeLog.find(MAP, 2).orElseThrow())
                .extracting(Change::user, Change::itemId)
                .containsExactly("brigitte", "a1");
        assertThat(pendingCount()).isZero();
    }

    @Test
    void undo_countsAChangeOfTheItemStillPending_asALaterOne() {
        ratings.rateInference(MAP, "a1", "ada", 0.5);
        // Far ahead, so that the sweep leaves it alone during the test: a writer between commit and numbering.
        recordPending("a1", "ada", Instant.now().plus(Duration.ofHours(1)));

        assertThatThrownBy(() -> undo.undo(MAP, 1, "ada"))
                .isInstanceOf(UndoConflictException.class)
                .hasMessageContaining("a change still being numbered")
                .hasMessageContaining("InferenceRated by ada");

        changes.sequence(MAP);
        assertThatThrownBy(() -> undo.undo(MAP, 1, "ada"))
                .isInstanceOf(UndoConflictException.class)
                .hasMessageContaining("change 2 (InferenceRated by ada)");
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
