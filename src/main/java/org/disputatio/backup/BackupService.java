package org.disputatio.backup;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.history.ChangeLog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.MapsRestored;
import org.disputatio.maps.SearchKeys;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Backs the whole database up into one file and restores such a file into an empty database (ADR 043). The
 * command line ({@link BackupCommand}) does the same without the app, on its stopped data directory.
 */
@Service
public class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final Driver driver;
    private final ChangeLog changeLog;
    private final EvaluationService evaluation;
    private final SearchKeys searchKeys;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final long maxRestoreSize;
    private final RestoreHeap heap;

    BackupService(
            Driver driver,
            ChangeLog changeLog,
            EvaluationService evaluation,
            SearchKeys searchKeys,
            Clock clock,
            ApplicationEventPublisher events,
            @Value("${disputatio.backup.max-restore-size:512MB}") DataSize maxRestoreSize,
            @Value("${disputatio.backup.restore-heap-per-byte:" + RestoreHeap.MEASURED_PER_BYTE + "}")
                    double restoreHeapPerByte) {
        this.driver = driver;
        this.changeLog = changeLog;
        this.evaluation = evaluation;
        this.searchKeys = searchKeys;
        this.clock = clock;
        this.events = events;
        this.maxRestoreSize = maxRestoreSize.toBytes();
        this.heap = new RestoreHeap(restoreHeapPerByte);
    }

    /**
     * Writes the backup to {@code out}; password hashes and API tokens only when {@code passwords}. Writes of maps
     * on this instance wait while it is written ({@link ChangeLog#whileWritesHeld}).
     *
     * @throws org.disputatio.history.WritesRefusedException if the writes running did not end within
     *     {@link ChangeLog#QUIET_WAIT}; nothing was written to {@code out}
     */
    public void backup(OutputStream out, boolean passwords) {
        // A snapshot of this instance's writes: the read transaction alone is read committed, so a rating committed
        // while it streams could be in the file without its log entry, or the reverse (ADR 043, amended).
        var written = changeLog.whileWritesHeld(() -> GraphDump.write(driver, out, passwords, clock));
        log.info(
                "Backup written: {} nodes, {} relationships, password hashes {}",
                written.nodes(),
                written.relationships(),
                passwords ? "included" : "left out");
    }

    /** The largest file {@link #restore} reads, in bytes. */
    public long maxRestoreSize() {
        return maxRestoreSize;
    }

    /**
     * Restores a backup of {@code size} bytes (negative when unknown: counted as it is read) into this database,
     * which must be empty (only accounts, their tokens and the migrations' bookkeeping), all or nothing.
     *
     * @throws DatabaseNotEmptyException if it is not
     * @throws BackupFileException naming the position at fault; nothing was written
     * @throws RestoreTooLargeException past {@link #maxRestoreSize()}, or a {@link RestoreOutOfMemoryException}
     *     if this heap cannot hold it (refused before reading when the size is known); nothing was written
     */
    public RestoreReport restore(InputStream file, long size) {
        if (size > maxRestoreSize) throw new RestoreTooLargeException(maxRestoreSize);
        var limited = new Limited(file, maxRestoreSize, read -> new RestoreTooLargeException(maxRestoreSize));
        var report = heap.restore(driver, limited, size);
        // Evaluations this instance may hold for these ids predate the restore (a map of an earlier database).
        report.maps().forEach(id -> evaluation.invalidate(new MapId(id)));
        // A file may lack the search keys (written before V0015) or carry wrong ones: search reads only keyed items.
        report.maps().forEach(id -> searchKeys.stamp(new MapId(id)));
        events.publishEvent(
                new MapsRestored(report.maps().stream().map(MapId::new).toList()));
        log.info(
                "Backup restored: {} nodes, {} relationships, maps {}, accounts without password {}",
                report.nodes(),
                report.relationships(),
                report.maps(),
                report.accountsWithoutPassword());
        return report;
    }
}
