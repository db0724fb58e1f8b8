package org.disputatio.history;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@link ChangeFollower} polls the log: {@code followInterval} between two reads (also the
 * longest a workspace waits for a change, and the window in which a burst becomes one update), and
 * {@code maxBackOff}, the longest pause between retries while the database is unreachable.
 */
@ConfigurationProperties("disputatio.history")
public record FollowProperties(
        @DefaultValue("300ms") Duration followInterval,
        @DefaultValue("10s") Duration maxBackOff) {}
