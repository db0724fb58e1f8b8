package org.disputatio.workspace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeFeed;
import org.disputatio.maps.MapId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells open workspaces what changed in their map, so they refresh through server push. Registering
 * makes the instance's {@link ChangeFeed} follow the map; the feed's batches (one per map and poll,
 * local and remote changes alike, ADR 026) arrive through {@link #publish}. Listeners run on their own
 * virtual threads, so a slow browser session never holds up the follower or the other sessions.
 */
@Component
public class MapChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MapChangeBroadcaster.class);

    /** Ends one registration. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final Map<MapId, List<Consumer<List<Change>>>> listeners = new ConcurrentHashMap<>();
    private final ChangeFeed feed;
    private final Executor executor;

    @Autowired
    public MapChangeBroadcaster(ChangeFeed feed) {
        this(feed, Executors.newVirtualThreadPerTaskExecutor());
    }

    /** With the executor that runs the listeners; a test passes one that runs them in the publishing thread. */
    MapChangeBroadcaster(ChangeFeed feed, Executor executor) {
        this.feed = feed;
        this.executor = executor;
    }

    /** The listener hears each batch of the map's changes, in seq order, once. */
    public Subscription register(MapId mapId, Consumer<List<Change>> listener) {
        // Follow first: the feed starts at the log's end as of now, before this listener can hear anything.
        ChangeFeed.Following following = feed.follow(mapId);
        listeners.computeIfAbsent(mapId, id -> new CopyOnWriteArrayList<>()).add(listener);
        var cancelled = new AtomicBoolean();
        return () -> {
            // Twice must not stop the feed for another workspace of the map.
            if (cancelled.getAndSet(true)) return;
            listeners.computeIfPresent(mapId, (id, list) -> {
                list.remove(listener);
                return list.isEmpty() ? null : list;
            });
            following.stop();
        };
    }

    public void publish(MapId mapId, List<Change> changes) {
        for (Consumer<List<Change>> listener : listeners.getOrDefault(mapId, List.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(changes);
                } catch (RuntimeException e) {
                    log.warn("A workspace listener of map {} failed", mapId, e);
                }
            });
        }
    }

    /** How many open workspaces listen to the map. */
    public int listenerCount(MapId mapId) {
        return listeners.getOrDefault(mapId, List.of()).size();
    }

    @Override
    public void destroy() {
        if (executor instanceof ExecutorService service) {
            service.shutdownNow();
        }
    }
}
