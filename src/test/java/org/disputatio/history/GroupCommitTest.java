package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    // Each caller on its own thread: the common pool may have a single thread on two cores, and callers block.
    private final ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor();

    @AfterEach
    void stopCallers() {
        callers.shutdownNow();
    }

    /** Records every group it runs; the first group waits for {@link #release} so that others queue meanwhile. */
    private static final class Recorded implements GroupCommit.Groups<String> {
        final List<List<String>> runs = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        Predicate<List<String>> failsWhole = works -> false;
        boolean databaseDown;

        @Override
        public void run(List<GroupCommit.Write<String>> group) {
            var works = group.stream().map(w -> w.work).toList();
            runs.add(works);
            if (firstStarted.getCount() > 0) {
                firstStarted.countDown();
                await(release);
            }
            if (databaseDown) {
                throw new IllegalStateException("database gone");
            }
            for (var write : group) {
                if (write.work.startsWith("bad")) {
                    throw new GroupCommit.WorkFailed(write, new IllegalArgumentException(write.work + " refused"));
                }
                if (write.work.startsWith("unknown")) {
                    write.reject(new IllegalArgumentException(write.work + " not found"));
                } else {
                    write.result(write.work + " saved");
                }
            }
            if (failsWhole.test(works)) {
                throw new GroupCommit.NoCulprit(new IllegalStateException("commit refused"));
            }
        }
    }

    private static String asString(Object result) {
        return (String) result;
    }

    /** Starts a write on a caller thread of its own. */
    private CompletableFuture<String> writing(GroupCommit<String> commit, String work) {
        return CompletableFuture.supplyAsync(() -> commit.write(work, GroupCommitTest::asString), callers);
    }

    /** Starts "w0", whose group {@link Recorded} holds until released, and waits until that group runs. */
    private CompletableFuture<String> firstGroupHeld(GroupCommit<String> commit, Recorded groups)
            throws InterruptedException {
        var first = writing(commit, "w0");
        assertThat(groups.firstStarted.await(30, TimeUnit.SECONDS)).isTrue();
        return first;
    }

    /** Starts a write and waits until it is queued as the {@code position}-th behind the held group. */
    private CompletableFuture<String> queued(GroupCommit<String> commit, String work, int position)
            throws InterruptedException {
        var write = writing(commit, work);
        awaitQueued(commit, position);
        return write;
    }

    /** Starts "w1" to "w5" behind the held group and waits until all five are queued. */
    private List<CompletableFuture<String>> fiveQueued(GroupCommit<String> commit) throws InterruptedException {
        var waiting = new ArrayList<CompletableFuture<String>>();
        for (int i = 1; i <= 5; i++) {
            waiting.add(writing(commit, "w" + i));
        }
        awaitQueued(commit, 5);
        return waiting;
    }

    @Test
    void aLoneWrite_runsAtOnceInAGroupOfItsOwn_onTheCallersThread() {
        var groups = new Recorded();
        groups.firstStarted.countDown(); // nothing to hold back
        var commit = new GroupCommit<>(groups, 1, 32);

        // Nobody else ever comes: had the write waited for companions, this call would never return.
        assertThat(commit.write("alone", GroupCommitTest::asString)).isEqualTo("alone saved");
        assertThat(commit.write("again", GroupCommitTest::asString)).isEqualTo("again saved");

        assertThat(groups.runs).containsExactly(List.of("alone"), List.of("again"));
    }

    @Test
    void writesThatArriveWhileAGroupRuns_areRunTogetherAsTheNextGroup_eachWithItsOwnResult() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);

        var waiting = fiveQueued(commit);
        groups.release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("w0 saved");
        for (int i = 1; i <= 5; i++) {
            assertThat(waiting.get(i - 1).get(30, TimeUnit.SECONDS)).isEqualTo("w" + i + " saved");
        }
        assertThat(groups.runs).hasSize(2);
        assertThat(groups.runs.get(0)).containsExactly("w0");
        assertThat(groups.runs.get(1)).containsExactlyInAnyOrder("w1", "w2", "w3", "w4", "w5");
    }

    @Test
    void aGroupTakesAtMostItsSize_theRestFormTheGroupsAfterIt() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 2);
        var first = firstGroupHeld(commit, groups);
        var waiting = fiveQueued(commit);
        groups.release.countDown();

        first.get(30, TimeUnit.SECONDS);
        for (var w : waiting) {
            w.get(30, TimeUnit.SECONDS);
        }
        assertThat(groups.runs).extracting(List::size).containsExactly(1, 2, 2, 1);
        assertThat(groups.runs.stream().flatMap(List::stream))
                .containsExactlyInAnyOrder("w0", "w1", "w2", "w3", "w4", "w5");
    }

    @Test
    void aWorkThatFails_failsAlone_withItsOwnException_andTheOthersRunAgainWithoutIt() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);
        var good1 = queued(commit, "good1", 1);
        var bad = queued(commit, "bad", 2);
        var good2 = queued(commit, "good2", 3);
        groups.release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("w0 saved");
        assertThat(good1.get(30, TimeUnit.SECONDS)).isEqualTo("good1 saved");
        assertThat(good2.get(30, TimeUnit.SECONDS)).isEqualTo("good2 saved");
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("bad refused");
        assertThat(groups.runs)
                .containsExactly(List.of("w0"), List.of("good1", "bad", "good2"), List.of("good1", "good2"));
    }

    @Test
    void aWriteRejectedWithoutWriting_failsAlone_andTheOthersCommitWithoutRunningAgain() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);
        var good1 = queued(commit, "good1", 1);
        var unknown = queued(commit, "unknown", 2);
        var good2 = queued(commit, "good2", 3);
        groups.release.countDown();

        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("w0 saved");
        assertThat(good1.get(30, TimeUnit.SECONDS)).isEqualTo("good1 saved");
        assertThat(good2.get(30, TimeUnit.SECONDS)).isEqualTo("good2 saved");
        assertThatThrownBy(() -> unknown.get(30, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause()
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown not found");
        assertThat(groups.runs).containsExactly(List.of("w0"), List.of("good1", "unknown", "good2"));
    }

    @Test
    void aWriteRejectedInAnAttemptThatFailed_getsTheOutcomeOfTheAttemptThatCommitted() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);
        var unknown = queued(commit, "unknown", 1);
        var bad = queued(commit, "bad", 2);
        groups.release.countDown();

        first.get(30, TimeUnit.SECONDS);
        assertThatThrownBy(() -> unknown.get(30, TimeUnit.SECONDS)).cause().hasMessage("unknown not found");
        assertThatThrownBy(() -> bad.get(30, TimeUnit.SECONDS)).cause().hasMessage("bad refused");
        assertThat(groups.runs).containsExactly(List.of("w0"), List.of("unknown", "bad"), List.of("unknown"));
    }

    @Test
    void aGroupThatFailsWithoutACulprit_isRunAgainOneWriteAtATime() throws Exception {
        var groups = new Recorded();
        groups.failsWhole = works -> works.size() > 1;
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);
        var a = queued(commit, "a", 1);
        var b = queued(commit, "b", 2);
        groups.release.countDown();

        first.get(30, TimeUnit.SECONDS);
        assertThat(a.get(30, TimeUnit.SECONDS)).isEqualTo("a saved");
        assertThat(b.get(30, TimeUnit.SECONDS)).isEqualTo("b saved");
        assertThat(groups.runs).containsExactly(List.of("w0"), List.of("a", "b"), List.of("a"), List.of("b"));
    }

    @Test
    void aFailureOfTheDatabase_isEveryWritesAnswer_withoutRunningThemAgain() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 1, 32);
        var first = firstGroupHeld(commit, groups);
        var a = queued(commit, "a", 1);
        var b = queued(commit, "b", 2);
        groups.databaseDown = true;
        groups.release.countDown();

        for (var f : List.of(first, a, b)) {
            assertThatThrownBy(() -> f.get(30, TimeUnit.SECONDS))
                    .cause()
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("database gone");
        }
        assertThat(groups.runs).containsExactly(List.of("w0"), List.of("a", "b"));
        // The transactions were given back: the next write leads a group at once.
        groups.databaseDown = false;
        assertThat(commit.write("later", GroupCommitTest::asString)).isEqualTo("later saved");
    }

    @Test
    void withTwoTransactions_aSecondWriteStartsItsOwnGroupWhileTheFirstRuns() throws Exception {
        var groups = new Recorded();
        var commit = new GroupCommit<>(groups, 2, 32);
        var first = firstGroupHeld(commit, groups);

        // Runs and returns while the first group is still held: it did not queue behind it.
        assertThat(commit.write("w1", GroupCommitTest::asString)).isEqualTo("w1 saved");
        assertThat(first).isNotDone();
        groups.release.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("w0 saved");
        assertThat(groups.runs).containsExactly(List.of("w0"), List.of("w1"));
    }

    @Test
    void noTransactionOrAnEmptyGroup_isRefusedAtStartUp() {
        assertThatThrownBy(() -> new GroupCommit<>(new Recorded(), 0, 32))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A group commit needs at least one transaction and one write per group, not 0 and 32");
    }

    private static void awaitQueued(GroupCommit<?> commit, int writes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (commit.queued() < writes) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("only " + commit.queued() + " of " + writes + " writes queued");
            }
            Thread.sleep(5);
        }
    }

    /** Waits for the latch, failing the test after 30 s. */
    static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
