package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

/**
 * The listeners run in the publishing thread here, so every assertion sees all the calls a publish
 * made: a listener wrongly called on another thread cannot slip past an assertion.
 */
class MapChangeBroadcasterTest {

    private final MapChangeBroadcaster broadcaster = new MapChangeBroadcaster(Runnable::run);
    private final MapId essay = new MapId("essay");
    private final MapId other = new MapId("other");

    @Test
    void publish_reachesTheListenersOfThatMapOnly_untilCancelled() {
        List<String> calls = new CopyOnWriteArrayList<>();
        var subscription = broadcaster.register(essay, id -> calls.add("essay listener: " + id.value()));
        broadcaster.register(other, id -> calls.add("other listener: " + id.value()));

        broadcaster.publish(essay);
        assertThat(calls).containsExactly("essay listener: essay");

        subscription.cancel();
        assertThat(broadcaster.listenerCount(essay)).isZero();
        broadcaster.publish(essay);
        assertThat(calls).containsExactly("essay listener: essay");
    }

    @Test
    void publish_aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<String> calls = new CopyOnWriteArrayList<>();
        broadcaster.register(essay, id -> {
            throw new IllegalStateException("a closed browser session");
        });
        broadcaster.register(essay, id -> calls.add("second listener: " + id.value()));

        broadcaster.publish(essay);

        assertThat(calls).containsExactly("second listener: essay");
        assertThat(broadcaster.listenerCount(essay)).isEqualTo(2);
    }
}
