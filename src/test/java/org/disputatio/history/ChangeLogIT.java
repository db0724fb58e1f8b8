package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.ConcurrentEditException;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.SourceDraft;
import org.disputatio.evidence.TestUsers;
import org.disputatio.evidence.UnknownItemException;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Every write appends exactly one entry in its own transaction; seqs are contiguous and read in order. */
@IntegrationTest
class ChangeLogIT {

    static final MapId MAP = new MapId("log-two-voices");

    @Autowired
    ChangeLog changeLog;

    @Autowired
    EvidenceService evidence;

    @Autowired
    RatingService ratings;

    @Autowired
    ContestationService contestations;

    @Autowired
    ClaimEditing claims;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    static EvidenceDraft draft(String quote) {
        return new EvidenceDraft("c3", "s1", "p. 12", quote, null, Stance.FOR, null, null);
    }

    long last() {
        return changeLog.after(MAP, 0, 1).orElseThrow().last();
    }

    /** Asserts that the write appended exactly one entry, and returns it. */
    Change appended(long before) {
        var page = changeLog.after(MAP, before, 1000).orElseThrow();
        assertThat(page.changes()).hasSize(1);
        assertThat(page.last()).isEqualTo(before + 1);
        return page.changes().getFirst();
    }

    @Test
    void everyWritePath_appendsExactlyOneEntry_withItsKindUserAndItem() {
        long n = last();
        assertThat(n).isZero();

        var attached = evidence.attach(MAP, draft("Blue at noon"), "ada");
        var entry = appended(n++);
        assertThat(entry)
                .extracting(Change::seq, Change::kind, Change::user, Change::itemId, Change::onId)
                .containsExactly(1L, ChangeKind.EvidenceAttached, "ada", attached.id(), "c3");

        var edited = evidence.edit(MAP, attached.id(), 1, draft("Blue all day"), "ada");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.EvidenceEdited, "ada", attached.id());
        assertThat(entry.before()).contains("\"quote\":\"Blue at noon\"");

        ratings.rateEvidence(MAP, attached.id(), "brigitte", 0.75);
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId, Change::personal)
                .containsExactly(ChangeKind.EvidenceRated, "brigitte", attached.id(), true);
        assertThat(entry.before()).isEqualTo("{\"value\":null,\"at\":null}");

        ratings.rateEvidence(MAP, attached.id(), "brigitte", 0.25);
        entry = appended(n++);
        assertThat(entry.before()).contains("\"value\":0.75");

        ratings.rateInference(MAP, "a1", "ada", 0.5);
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.InferenceRated, "ada", "a1");

        ratings.gradeSource(MAP, "s1", "ada", 'B', 2);
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.SourceGraded, "ada", "s1");

        String source = evidence.createSource(
                MAP, new SourceDraft(List.of("Delta"), "Clouds", 2001, "scholarship", "published"), "brigitte");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.SourceCreated, "brigitte", source);

        var contestation = contestations.contest(MAP, "s1", "brigitte", "Gamma was asleep");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId, Change::onId)
                .containsExactly(ChangeKind.SourceContested, "brigitte", contestation.id(), "s1");

        contestations.withdraw(MAP, contestation.id(), "brigitte");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.ContestationWithdrawn, "brigitte", contestation.id());

        String claim = claims.addClaim(MAP, new ClaimDraft("premise", "Clouds are white", null, null), "ada");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.ClaimAdded, "ada", claim);

        String counter = claims.addCounterArgument(
                MAP, "c1", "rebut", new ClaimDraft("counter-claim", "Green is a joke", null, null), "brigitte");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId, Change::onId)
                .containsExactly(ChangeKind.CounterArgumentAdded, "brigitte", counter, "c1");

        evidence.remove(MAP, attached.id(), edited.version(), "ada");
        entry = appended(n++);
        assertThat(entry)
                .extracting(Change::kind, Change::user, Change::itemId)
                .containsExactly(ChangeKind.EvidenceRemoved, "ada", attached.id());
        assertThat(entry.before()).contains("\"username\":\"brigitte\"").contains("\"value\":0.25");

        assertThat(changeLog.after(MAP, 0, 1000).orElseThrow().changes())
                .extracting(Change::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 12).boxed().toList());
    }

    @Test
    void failedWrites_appendNothing() {
        var attached = evidence.attach(MAP, draft("Blue at noon"), "ada");
        evidence.edit(MAP, attached.id(), 1, draft("Blue all day"), "ada");
        long before = last();

        assertThatThrownBy(() -> evidence.edit(MAP, attached.id(), 1, draft("Stale"), "ada"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> ratings.rateEvidence(MAP, "no-such-evidence", "ada", 0.5))
                .isInstanceOf(UnknownItemException.class);
        assertThatThrownBy(() -> claims.addCounterArgument(
                        MAP, "c1", "undercut", new ClaimDraft("counter-claim", "Wrong kind", null, null), "ada"))
                .hasMessageContaining("undercut");

        assertThat(last()).isEqualTo(before);
        assertThat(evidence.find(MAP, attached.id()).orElseThrow().quote()).isEqualTo("Blue all day");
    }

    @Test
    void fiftyConcurrentRaters_completeWithContiguousSeqs_andAPollingReaderSeesEachExactlyOnceInOrder()
            throws Exception {
        int raters = 50;
        int each = 4;
        var names = new ArrayList<String>();
        for (int i = 1; i <= raters; i++) {
            names.add("rater" + i);
        }
        TestUsers.ensure(accounts, names.toArray(String[]::new));
        var items = List.of(
                evidence.attach(MAP, draft("One"), "ada").id(),
                evidence.attach(MAP, draft("Two"), "ada").id(),
                evidence.attach(MAP, draft("Three"), "ada").id());
        long start = last();
        long total = (long) raters * each;

        var seen = new ConcurrentLinkedQueue<Long>();
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(raters + 1)) {
            Future<?> reader = pool.submit(() -> {
                long position = start;
                Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
                while (position < start + total && Instant.now().isBefore(deadline)) {
                    for (Change c :
                            changeLog.after(MAP, position, 1000).orElseThrow().changes()) {
                        seen.add(c.seq());
                        position = c.seq();
                    }
                    Thread.sleep(2);
                }
                return null;
            });
            var writes = new ArrayList<Future<?>>();
            for (int r = 0; r < raters; r++) {
                String name = names.get(r);
                int offset = r;
                writes.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < each; i++) {
                        ratings.rateEvidence(MAP, items.get((offset + i) % items.size()), name, (i % 5) / 4.0);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (var w : writes) {
                w.get();
            }
            reader.get();
        }

        var expected = LongStream.rangeClosed(start + 1, start + total).boxed().toList();
        assertThat(last()).isEqualTo(start + total);
        assertThat(new ArrayList<>(seen)).containsExactlyElementsOf(expected);
        assertThat(changeLog.after(MAP, start, 1000).orElseThrow().changes())
                .extracting(Change::seq)
                .containsExactlyElementsOf(expected);
    }
}
