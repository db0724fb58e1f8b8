package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

/**
 * The listeners run in the publishing thread here, so every assertion sees all the calls a publish
 * made: a listener wrongly called on another thread cannot slip past an assertion.
 */
class MapChangeBroadcasterTest {

    private final List<String> feed = new CopyOnWriteArrayList<>();
    private final MapChangeBroadcaster broadcaster = new MapChangeBroadcaster(
            map -> {
                feed.add("follow " + map.value());
                return () -> feed.add("stop " + map.value());
            },
            Runnable::run);
    private final MapId essay = new MapId("essay");
    private final MapId other = new MapId("other");

    private static Change rated(long seq) {
        return new Change(
                "essay", seq, Instant.EPOCH, "ann", ChangeKind.EvidenceRated, "e" + seq, "c1", "", "{}", true, null);
    }

    private static String seqs(List<Change> changes) {
        return changes.stream().map(c -> String.valueOf(c.seq())).toList().toString();
    }

    @Test
    void publish_reachesTheListenersOfThatMapOnly_withTheWholeBatch_untilCancelled() {
        List<String> calls = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.register(essay, changes -> calls.add("essay listener: " + seqs(changes)));
        broadcaster.register(other, changes -> calls.add("other listener: " + seqs(changes)));

        broadcaster.publish(essay, List.of(rated(4), rated(5), rated(6)));
        assertThat(calls).containsExactly("essay listener: [4, 5, 6]");

        subscription.cancel();
        assertThat(broadcaster.listenerCount(essay)).isZero();
        broadcaster.publish(essay, List.of(rated(7)));
        assertThat(calls).containsExactly("essay listener: [4, 5, 6]");
    }

    @Test
    void register_followsTheMapInTheFeed_andCancelStopsFollowingIt_once() {
        var first = broadcaster.register(essay, changes -> {});
        var second = broadcaster.register(essay, changes -> {});
        first.cancel();
        first.cancel();
        second.cancel();

        assertThat(feed).containsExactly("follow essay", "follow essay", "stop essay", "stop essay");
    }

    @Test
    void publish_aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<String> calls = new CopyOnWriteArrayList<>();
        broadcaster.register(essay, changes -> {
            throw new IllegalStateException("a closed browser session");
        });
        broadcaster.register(essay, changes -> calls.add("second listener: " + seqs(changes)));

        broadcaster.publish(essay, List.of(rated(1)));

        assertThat(calls).containsExactly("second listener: [1]");
        assertThat(broadcaster.listenerCount(essay)).isEqualTo(2);
    }
}
