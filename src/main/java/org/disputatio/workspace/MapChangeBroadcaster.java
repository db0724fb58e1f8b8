package org.disputatio.workspace;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.disputatio.maps.MapId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Tells open workspaces that a map changed, so they refresh through server push. Writers (or an
 * adapter of their events) call {@link #publish}; listeners run on their own virtual threads, so a
 * slow browser session never holds up the writer or the other sessions.
 */
@Component
public class MapChangeBroadcaster implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(MapChangeBroadcaster.class);

    /** Ends one registration. */
    @FunctionalInterface
    public interface Subscription {
        void cancel();
    }

    private final Map<MapId, List<Consumer<MapId>>> listeners = new ConcurrentHashMap<>();
    private final Executor executor;

    public MapChangeBroadcaster() {
        this(Executors.newVirtualThreadPerTaskExecutor());
    }

    /** With the executor that runs the listeners; a test passes one that runs them in the publishing thread. */
    MapChangeBroadcaster(Executor executor) {
        this.executor = executor;
    }

    public Subscription register(MapId mapId, Consumer<MapId> listener) {
        listeners.computeIfAbsent(mapId, id -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(mapId, (id, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    public void publish(MapId mapId) {
        for (Consumer<MapId> listener : listeners.getOrDefault(mapId, List.of())) {
            executor.execute(() -> {
                try {
                    listener.accept(mapId);
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
