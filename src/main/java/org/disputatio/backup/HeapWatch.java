package org.disputatio.backup;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The restore's watchdog, for a file {@link RestoreHeap}'s estimate admitted wrongly. A restore too large for the
 * heap did not fail: the heap was full after every collection, Neo4j's own limit never tripped (much of the memory
 * is outside its accounting), and the JVM collected garbage without end. This watch hears every collection (the
 * collectors' notifications, with each pool's usage after it) and trips when what survived it stayed above {@link
 * #HIGH_MARK} of the heap {@link #IN_A_ROW} collections in a row; the restore asks {@link #check()} between batches
 * and rolls back, which frees the heap.
 *
 * <p>What survived is every heap pool except the eden: a collection that collects the eden leaves it empty, and
 * G1's concurrent cycle ("G1 Concurrent GC"), which does not, reports the eden as it was (seen on Java 25 in a test
 * program filling 64 MB: up to 15 MB of eden in the concurrent cycle's notifications, none after young ones).
 * In a row, because one young collection may leave garbage in the old generation that the next mixed one frees.
 */
final class HeapWatch implements AutoCloseable {

    /** The share of the heap above which a restore is stopped, the same bound {@link RestoreHeap} plans for. */
    static final double HIGH_MARK = 0.9;

    /** How many collections in a row must leave the heap above the mark. */
    static final int IN_A_ROW = 3;

    private final long max;
    private final Set<String> kept;
    private final List<NotificationEmitter> collectors;
    private final NotificationListener listener = this::heard;
    private final AtomicInteger above = new AtomicInteger();
    private volatile boolean tripped;

    HeapWatch(long max, Set<String> kept, List<NotificationEmitter> collectors) {
        this.max = max;
        this.kept = kept;
        this.collectors = collectors;
        collectors.forEach(c -> c.addNotificationListener(listener, null, null));
    }

    /** Watches this JVM's heap until closed. */
    static HeapWatch start() {
        return start(Runtime.getRuntime().maxMemory());
    }

    /** Watches this JVM's collections as if its heap had {@code max} bytes. */
    static HeapWatch start(long max) {
        Set<String> kept = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP && !p.getName().contains("Eden"))
                .map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        List<NotificationEmitter> collectors = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .filter(NotificationEmitter.class::isInstance)
                .map(NotificationEmitter.class::cast)
                .toList();
        return new HeapWatch(max, kept, collectors);
    }

    /** @throws RestoreOutOfMemoryException once the heap stayed above the mark; the caller rolls back */
    void check() {
        if (tripped) throw RestoreOutOfMemoryException.stoppedByWatch(max, (int) (HIGH_MARK * 100), IN_A_ROW);
    }

    private void heard(Notification notification, Object handback) {
        if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            collected(GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                    .getGcInfo()
                    .getMemoryUsageAfterGc());
        }
    }

    /** One collection ended, leaving each pool at {@code after}. */
    void collected(Map<String, MemoryUsage> after) {
        long survived = after.entrySet().stream()
                .filter(e -> kept.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed())
                .sum();
        if (survived <= HIGH_MARK * max) {
            above.set(0);
        } else if (above.incrementAndGet() >= IN_A_ROW) {
            tripped = true;
        }
    }

    @Override
    public void close() {
        for (var collector : collectors) {
            try {
                collector.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                throw new IllegalStateException("The heap watch was not listening to " + collector, e);
            }
        }
    }
}
