package org.disputatio.backup;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/**
 * The command line exactly as users run it ({@link BackupCommand#main}, which ends the JVM with its status), in
 * the fresh JVM of a given {@code -Xmx} that {@link RestoreHeapBenchmark} starts, plus one line printed as the
 * JVM ends: the time since it started and the sum of the heap pools' peaks, which the benchmark reads. Nothing
 * is caught, so an {@link OutOfMemoryError} ends the command as it would end the real one.
 */
public final class RestoreHeapProbe {

    private RestoreHeapProbe() {}

    public static void main(String[] args) {
        long started = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            long peak = 0;
            for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP)
                    peak += pool.getPeakUsage().getUsed();
            }
            System.out.printf("probe: seconds=%.1f poolPeaksMB=%d%n", (System.nanoTime() - started) / 1e9, peak >> 20);
            System.out.flush();
        }));
        BackupCommand.main(args);
    }
}
