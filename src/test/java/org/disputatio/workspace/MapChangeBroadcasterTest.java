package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.Test;

class MapChangeBroadcasterTest {

    @Test
    void publish_reachesTheListenersOfThatMapOnly_untilCancelled() throws Exception {
        var broadcaster = new MapChangeBroadcaster();
        var essay = new MapId("essay");
        var latch = new CountDownLatch(1);
        var other = new AtomicInteger();
        var subscription = broadcaster.register(essay, id -> latch.countDown());
        broadcaster.register(new MapId("other"), id -> other.incrementAndGet());
        broadcaster.publish(essay);
        assertThat(latch.await(2, TimeUnit.SECONDS)).isTrue();
        assertThat(other).hasValue(0);
        subscription.cancel();
        assertThat(broadcaster.listenerCount(essay)).isZero();
        broadcaster.destroy();
    }
}
