package org.disputatio.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class WriteAdmissionTest {

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aWriteBeyondTheLimit_isRefusedWithoutRunning_andAdmittedOnceTheSlotIsFree() throws Exception {
        var admission = new WriteAdmission(1, Duration.ofMillis(50));
        var held = Held.in(admission::admit, "first");

        var ran = new boolean[1];
        assertThatThrownBy(() -> admission.admit(() -> ran[0] = true))
                .isInstanceOf(WritesRefusedException.class)
                .hasRootCauseInstanceOf(TimeoutException.class)
                .hasMessage("The server is too busy to save this change now. Nothing was saved;"
                        + " try again in a few seconds.");
        assertThat(ran[0]).isFalse();

        held.release();
        assertThat(held.result()).isEqualTo("first");
        assertThat(admission.admit(() -> "second")).isEqualTo("second");
    }

    @Test
    void aWriteThatFailsGivesItsSlotBack() {
        var admission = new WriteAdmission(1, Duration.ZERO);
        assertThatThrownBy(() -> admission.admit(() -> {
                    throw new IllegalStateException("refused by the service");
                }))
                .hasMessage("refused by the service");
        assertThat(admission.admit(() -> "next")).isEqualTo("next");
    }

    @Test
    void theRefusal_speaksTheRequestsLanguage() {
        var admission = new WriteAdmission(1, Duration.ZERO);
        LocaleContextHolder.setLocale(Locale.FRENCH);
        assertThatThrownBy(() -> admission.admit(() -> admission.admit(() -> "nested")))
                .isInstanceOf(WritesRefusedException.class)
                .hasMessage("Le serveur est trop occupé pour enregistrer cette modification maintenant."
                        + " Rien n’a été enregistré ; réessayez dans quelques secondes.");
    }

    @Test
    void withoutASetting_fourWritesPerCore_butNeverMoreThanTheDriversConnections() {
        assertThat(WriteAdmission.limitOf(null, 100, 2)).isEqualTo(8);
        assertThat(WriteAdmission.limitOf(null, 5, 2)).isEqualTo(5);
        assertThat(WriteAdmission.limitOf(3, 100, 2)).isEqualTo(3);
    }

    @Test
    void aLimitBelowOne_stopsStartUpWithTheSettingsName() {
        assertThatThrownBy(() -> new WriteAdmission(0, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("disputatio.writes.max-concurrent must be at least 1, not 0");
        assertThatThrownBy(() -> new WriteAdmission(8, 0, Duration.ofSeconds(2)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("disputatio.writes.max-grouped must be at least 1, not 0");
    }

    @Test
    void withoutASetting_groupedWritesGetWhatTheGroupTransactionsTakeAtOnce() {
        // One group transaction per core, each of at most group-size writes.
        assertThat(WriteAdmission.groupedLimitOf(null, null, 32, 2)).isEqualTo(64);
        assertThat(WriteAdmission.groupedLimitOf(null, 3, 32, 2)).isEqualTo(96);
        assertThat(WriteAdmission.groupedLimitOf(null, null, 10, 4)).isEqualTo(40);
        assertThat(WriteAdmission.groupedLimitOf(5, null, 32, 2)).isEqualTo(5);
        assertThat(WriteAdmission.groupTransactionsOf(null, 2)).isEqualTo(2);
        assertThat(WriteAdmission.groupTransactionsOf(1, 2)).isEqualTo(1);
    }

    @Test
    void groupedWritesHaveSlotsOfTheirOwn_neitherKindWaitsForTheOther() throws Exception {
        var admission = new WriteAdmission(1, 1, Duration.ofMillis(50));
        var ordinary = Held.in(admission::admit, "ordinary");

        // The only ordinary slot is held: a rating is admitted all the same, a second ordinary write is not.
        assertThat(admission.admitGrouped(() -> "rating")).isEqualTo("rating");
        assertThatThrownBy(() -> admission.admit(() -> "second ordinary")).isInstanceOf(WritesRefusedException.class);

        // The only grouped slot is held: a second rating is refused without running.
        var ran = new boolean[1];
        assertThatThrownBy(() -> admission.admitGrouped(() -> admission.admitGrouped(() -> ran[0] = true)))
                .isInstanceOf(WritesRefusedException.class)
                .hasRootCauseMessage("No write slot of 1 free within 50 ms");
        assertThat(ran[0]).isFalse();

        ordinary.release();
        assertThat(ordinary.result()).isEqualTo("ordinary");
        assertThat(admission.admit(() -> "ordinary again")).isEqualTo("ordinary again");
    }

    @Test
    void aBackupWaitsForTheGroupedWritesRunning_andHoldsTheirSlotsToo() throws Exception {
        var admission = new WriteAdmission(2, 3, Duration.ofMillis(50));
        var rating = Held.in(admission::admitGrouped, "running rating");

        // Every ordinary slot is free, yet the backup waits for the running rating.
        assertThatThrownBy(() -> admission.exclusive(Duration.ofMillis(50), () -> "too early"))
                .isInstanceOf(WritesRefusedException.class);
        // The refused backup gave the ordinary slots it had taken back.
        assertThat(admission.admit(() -> "ordinary")).isEqualTo("ordinary");

        var backup = Held.starting(read -> admission.exclusive(Duration.ofSeconds(30), read), "snapshot");
        rating.release();
        assertThat(rating.result()).isEqualTo("running rating");
        backup.awaitStarted();

        var ran = new boolean[1];
        assertThatThrownBy(() -> admission.admitGrouped(() -> ran[0] = true))
                .isInstanceOf(WritesRefusedException.class);
        assertThat(ran[0]).isFalse();

        backup.release();
        assertThat(backup.result()).isEqualTo("snapshot");
        assertThat(admission.admitGrouped(() -> "after the backup")).isEqualTo("after the backup");
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aBackupHoldsEverySlot_afterTheWritesAlreadyRunning_andWritesMeanwhileAreRefused() throws Exception {
        var admission = new WriteAdmission(3, Duration.ofMillis(50));
        var running = Held.in(admission::admit, "running write");

        // Two of three slots are free, yet the backup waits for the running write.
        assertThatThrownBy(() -> admission.exclusive(Duration.ofMillis(50), () -> "too early"))
                .isInstanceOf(WritesRefusedException.class);
        var backup = Held.starting(read -> admission.exclusive(Duration.ofSeconds(30), read), "snapshot");
        running.release();
        assertThat(running.result()).isEqualTo("running write");
        backup.awaitStarted();

        var ran = new boolean[1];
        assertThatThrownBy(() -> admission.admit(() -> ran[0] = true)).isInstanceOf(WritesRefusedException.class);
        assertThat(ran[0]).isFalse();

        backup.release();
        assertThat(backup.result()).isEqualTo("snapshot");
        assertThat(admission.admit(() -> "after the backup")).isEqualTo("after the backup");
    }

    /** A work admitted on a thread of its own that holds its slots until {@link #release}d. */
    private record Held(CompletableFuture<String> future, CountDownLatch started, CountDownLatch released) {

        /** Starts the work through {@code admit} and returns at once. */
        static Held starting(Function<Supplier<String>, String> admit, String result) {
            var started = new CountDownLatch(1);
            var released = new CountDownLatch(1);
            var future = CompletableFuture.supplyAsync(() -> admit.apply(() -> {
                started.countDown();
                await(released);
                return result;
            }));
            return new Held(future, started, released);
        }

        /** Starts the work through {@code admit} and returns once it runs, holding its slots. */
        static Held in(Function<Supplier<String>, String> admit, String result) throws InterruptedException {
            var held = starting(admit, result);
            held.awaitStarted();
            return held;
        }

        void awaitStarted() throws InterruptedException {
            assertThat(started.await(30, TimeUnit.SECONDS)).isTrue();
        }

        void release() {
            released.countDown();
        }

        String result() throws Exception {
            return future.get(30, TimeUnit.SECONDS);
        }
    }
}
