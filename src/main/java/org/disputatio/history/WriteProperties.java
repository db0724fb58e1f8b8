package org.disputatio.history;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many writes of maps this instance runs at once ({@code maxConcurrent}; unset means four per core,
 * at most the driver's pool size) and how long a write waits for its turn ({@code maxWait}) before it is
 * refused with 503 (ADR 036); how many grouped transactions of ratings and grades run at once
 * ({@code groupTransactions}; unset means one per core) and how many writes one of them takes at most
 * ({@code groupSize}; ADR 046); how many grouped writes this instance admits at once ({@code maxGrouped}; unset
 * means what the group transactions take at once, {@code groupTransactions × groupSize}).
 */
@ConfigurationProperties("disputatio.writes")
public record WriteProperties(
        @Nullable Integer maxConcurrent,
        @DefaultValue("2s") Duration maxWait,
        @Nullable Integer groupTransactions,
        @DefaultValue("32") int groupSize,
        @Nullable Integer maxGrouped) {}
