package org.disputatio.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many failed sign-ins are tolerated before further attempts are refused, bound from {@code
 * disputatio.security.sign-in.*}. Each allowance comes back gradually over {@code period}; {@code
 * tracked} bounds how many accounts and addresses are remembered, since both come from the attacker.
 */
@ConfigurationProperties("disputatio.security.sign-in")
public record SignInLimits(
        @DefaultValue("5") int failuresPerAccount,
        @DefaultValue("20") int failuresPerAddress,
        @DefaultValue("1m") Duration period,
        @DefaultValue("100000") long tracked) {}
