package org.disputatio.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account and per client address in token buckets (Bucket4j), and says
 * how long an exhausted one must wait. Only failures take tokens, so a user who signs in correctly
 * is never slowed; the check comes before the password hash is computed, so a lock-out costs no
 * bcrypt. A bucket refills in full once per period: at most the allowance of guesses per period,
 * and a locked-out user waits at most one period.
 */
@Component
public class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    /** Longer keys are cut: a real user name has at most 64 characters, an attacker's may be huge. */
    private static final int MAX_KEY_LENGTH = 128;

    private final SignInLimits limits;
    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;

    SignInThrottle(SignInLimits limits) {
        this.limits = limits;
        // A bucket left alone for a whole period is full again, so forgetting it then loses nothing.
        this.accounts = Caffeine.newBuilder()
                .maximumSize(limits.tracked())
                .expireAfterAccess(limits.period())
                .build();
        this.addresses = Caffeine.newBuilder()
                .maximumSize(limits.tracked())
                .expireAfterAccess(limits.period())
                .build();
    }

    /** How long the caller must wait before trying again, or empty if it may try now. */
    public Optional<Duration> lockedOut(@Nullable String account, @Nullable String address) {
        Duration wait = Duration.ZERO;
        if (account != null) {
            wait = max(wait, waitOf(accounts.getIfPresent(key(account))));
        }
        if (address != null) {
            wait = max(wait, waitOf(addresses.getIfPresent(key(address))));
        }
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Records a failed sign-in; logs when this failure exhausts the account's or the address's allowance. */
    public void failed(@Nullable String account, @Nullable String address) {
        if (account != null) {
            take(accounts, account, limits.failuresPerAccount(), "account");
        }
        if (address != null) {
            take(addresses, address, limits.failuresPerAddress(), "address");
        }
    }

    /** Forgets every failure, e.g. after an administrator has dealt with an attack, and between tests. */
    public void reset() {
        accounts.invalidateAll();
        addresses.invalidateAll();
    }

    private void take(Cache<String, Bucket> buckets, String subject, int allowance, String kind) {
        var bucket = buckets.get(key(subject), k -> newBucket(allowance));
        if (bucket.tryConsume(1) && bucket.getAvailableTokens() == 0) {
            log.warn(
                    "Sign-in locked out for {} '{}' after {} failed attempts; the next attempt is allowed in {} s",
                    kind,
                    subject.length() > MAX_KEY_LENGTH ? key(subject) + "…" : subject,
                    allowance,
                    seconds(waitOf(bucket)));
        }
    }

    private Bucket newBucket(int allowance) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(allowance).refillIntervally(allowance, limits.period()))
                .build();
    }

    private static Duration waitOf(@Nullable Bucket bucket) {
        if (bucket == null || bucket.getAvailableTokens() > 0) {
            return Duration.ZERO;
        }
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Whole seconds to wait, rounded up so that a client retrying after that many seconds succeeds. */
    static long seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Math.max(1, seconds);
    }

    private static String key(String subject) {
        return subject.length() > MAX_KEY_LENGTH ? subject.substring(0, MAX_KEY_LENGTH) : subject;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
