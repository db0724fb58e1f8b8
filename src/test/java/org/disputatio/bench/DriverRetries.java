package org.disputatio.bench;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.LoggerFactory;

/**
 * Counts the transactions the Neo4j driver retried, by cause, instead of letting each retry log a warning with
 * its stack trace: under overload those warnings ran to gigabytes and took the CPU the benchmark measures.
 * Attach it after the app has started (Spring Boot configures logging at start-up and would remove it).
 */
public final class DriverRetries extends AppenderBase<ILoggingEvent> {

    private static final String RETRY_LOGGER = "org.neo4j.driver.internal.retry.ExponentialBackoffRetryLogic";

    private final Map<String, LongAdder> byCause = new ConcurrentHashMap<>();

    private DriverRetries() {}

    /** Routes the driver's retry warnings to a new counter only. */
    public static DriverRetries attach() {
        var counter = new DriverRetries();
        var logger = (Logger) LoggerFactory.getLogger(RETRY_LOGGER);
        counter.setContext(logger.getLoggerContext());
        counter.setName("bench-driver-retries");
        counter.start();
        logger.addAppender(counter);
        logger.setAdditive(false);
        return counter;
    }

    @Override
    protected void append(ILoggingEvent event) {
        var thrown = event.getThrowableProxy();
        String message = thrown == null ? event.getFormattedMessage() : thrown.getMessage();
        byCause.computeIfAbsent(cause(message == null ? "" : message), c -> new LongAdder())
                .increment();
    }

    private static String cause(String message) {
        if (message.contains("deadlock")) return "deadlock";
        if (message.contains("pending acquisition queue is full")) return "connection pool queue full";
        if (message.contains("acquisition")) return "connection acquisition";
        return message.length() > 60 ? message.substring(0, 60) + "…" : message;
    }

    /** Retries since attached or last reset, by cause. */
    public Map<String, Long> counts() {
        var counts = new TreeMap<String, Long>();
        byCause.forEach((cause, n) -> counts.put(cause, n.sum()));
        return counts;
    }

    public void reset() {
        byCause.clear();
    }
}
