package org.disputatio.backup;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import org.neo4j.driver.Driver;

/**
 * What this JVM's heap can restore. The restore is one transaction, and Neo4j holds its state in the heap until it
 * commits: about {@code perByte} bytes of heap per byte of the file (measured, ADR 043 amendment "refused up
 * front"). A file whose estimate does not fit below {@link HeapWatch#HIGH_MARK} of the heap, with what the heap
 * already holds, is refused before anything is written; one admitted wrongly is stopped by {@link HeapWatch}.
 * A factor of 0 admits every file (the watch alone then guards the heap).
 */
final class RestoreHeap {

    /**
     * Bytes of heap a restore holds per byte of its file, measured (ADR 043): at least 23.7 during the commit of
     * the essay plus 10,000 claims (13.1 MB), 28.1 at the peak of the essay plus 100,000 claims (127.1 MB, live
     * after collections at -Xmx4g). 28 is the largest factor that still admits that file at -Xmx4g, where it was
     * seen to restore; it refuses both files at the heaps where they failed (-Xmx384m, -Xmx3g).
     */
    static final double MEASURED_PER_BYTE = 28;

    private final double perByte;

    RestoreHeap(double perByte) {
        if (!(perByte >= 0)) throw new IllegalArgumentException("The heap per byte of a restore must be 0 or more");
        this.perByte = perByte;
    }

    /**
     * Restores {@code file} of {@code size} bytes (negative when unknown: counted as it is read) under the watch.
     *
     * @throws RestoreOutOfMemoryException if this heap cannot hold it; nothing was written
     */
    RestoreReport restore(Driver driver, InputStream file, long size) {
        long max = Runtime.getRuntime().maxMemory();
        long live = live();
        InputStream in = file;
        if (size >= 0) {
            admit(size, max, live);
        } else {
            in = new Limited(file, largestFile(max, live), read -> refusal(read, max, live));
        }
        try (var watch = HeapWatch.start()) {
            return GraphRestore.restore(driver, in, watch::check);
        }
    }

    /** @throws RestoreOutOfMemoryException if a file of {@code size} bytes does not fit in this heap */
    void admit(long size, long max, long live) {
        if (size > largestFile(max, live)) throw refusal(size, max, live);
    }

    /** The largest file a heap of {@code max} bytes, {@code live} of them in use, can restore. */
    long largestFile(long max, long live) {
        if (perByte == 0) return Long.MAX_VALUE;
        return (long) (Math.max(0, HeapWatch.HIGH_MARK * max - live) / perByte);
    }

    private RestoreOutOfMemoryException refusal(long size, long max, long live) {
        long estimate = (long) Math.ceil(size * perByte);
        long free = (long) Math.max(0, HeapWatch.HIGH_MARK * max - live);
        long needed = (long) Math.ceil((live + estimate) / HeapWatch.HIGH_MARK);
        return RestoreOutOfMemoryException.refused(size, max, estimate, free, needed);
    }

    /**
     * The heap in use after a full collection: without it the heap would count garbage, and refuse files that fit.
     * A restore is rare and an admin's act, so one full collection (well under a second on such heaps) is cheap.
     */
    @SuppressWarnings("java:S1215") // explicit collection on purpose, see above
    private static long live() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
