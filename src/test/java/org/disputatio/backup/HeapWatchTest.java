package org.disputatio.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The restore's watchdog: stopped once the heap stayed full after collections (ADR 043, amendment). */
class HeapWatchTest {

    private static final long MAX = 1000;

    @Test
    void threeCollectionsInARowAboveNinetyPercent_stopTheRestore() {
        var watch = new HeapWatch(MAX, Set.of("G1 Old Gen", "G1 Survivor Space"), List.of());
        watch.collected(after(880, 30, 0));
        watch.collected(after(901, 0, 0));
        assertThatCode(watch::check).doesNotThrowAnyException();

        watch.collected(after(890, 20, 0));

        assertThatThrownBy(watch::check)
                .isInstanceOf(RestoreOutOfMemoryException.class)
                .hasMessageContaining("still over 90% full after 3 garbage collections in a row")
                .hasMessageContaining("Nothing was written");
    }

    @Test
    void aCollectionBelowTheMark_startsTheCountAgain() {
        var watch = new HeapWatch(MAX, Set.of("G1 Old Gen", "G1 Survivor Space"), List.of());
        watch.collected(after(950, 0, 0));
        watch.collected(after(950, 0, 0));
        watch.collected(after(900, 0, 0));
        watch.collected(after(950, 0, 0));
        watch.collected(after(950, 0, 0));

        assertThatCode(watch::check).doesNotThrowAnyException();
    }

    @Test
    void theEden_isNotCounted() {
        // G1's concurrent cycle reports the eden as it was; only what survived a collection counts.
        var watch = new HeapWatch(MAX, Set.of("G1 Old Gen", "G1 Survivor Space"), List.of());
        for (int i = 0; i < 5; i++) watch.collected(after(500, 10, 490));

        assertThatCode(watch::check).doesNotThrowAnyException();
    }

    @Test
    void thisJvmsCollectors_reportToTheWatch() throws InterruptedException {
        // A heap of one byte is always over the mark: three real collections must trip it, or no notification came.
        try (var watch = HeapWatch.start(1)) {
            Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
            boolean tripped = false;
            while (!tripped) {
                assertThat(Instant.now())
                        .as("three collections heard within 2 minutes")
                        .isBefore(deadline);
                System.gc();
                Thread.sleep(100);
                try {
                    watch.check();
                } catch (RestoreOutOfMemoryException e) {
                    tripped = true;
                }
            }
        }
    }

    private static Map<String, MemoryUsage> after(long old, long survivor, long eden) {
        return Map.of(
                "G1 Old Gen", usage(old),
                "G1 Survivor Space", usage(survivor),
                "G1 Eden Space", usage(eden),
                "Metaspace", usage(10_000));
    }

    private static MemoryUsage usage(long used) {
        return new MemoryUsage(0, used, Math.max(used, 1), -1);
    }
}
