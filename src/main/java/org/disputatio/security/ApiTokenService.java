package org.disputatio.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Issues, lists and revokes personal API tokens, and recognises them on requests. A token is 256
 * random bits, so a plain SHA-256 of it is as safe to store as a bcrypt of a password, and far
 * cheaper to check: that is what lets scripts skip a bcrypt per request.
 */
@Service
public class ApiTokenService {

    /** Marks our tokens so that secret scanners and people recognise them. */
    static final String PREFIX = "dsp_";

    static final int MAX_NAME_LENGTH = 100;

    /**
     * How long a recognised token is trusted without asking the database. A revocation clears this
     * instance's entry at once; other instances notice within this time.
     */
    static final Duration TRUSTED_FOR = Duration.ofSeconds(30);

    /** lastUsedAt is written at most this often per token, so a busy script does not write on every call. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokens tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Cache<String, ApiTokens.Holder> holders = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(TRUSTED_FOR)
            .build();
    private final Cache<String, Boolean> recentlyTouched = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(LAST_USED_PRECISION)
            .build();

    ApiTokenService(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** Creates a token for the user; the returned value is the only time the token can be read. */
    public IssuedToken issue(String username, @Nullable String name) {
        String trimmed = checkName(name);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String id = UUID.randomUUID().toString();
        var createdAt = clock.instant();
        if (!tokens.create(username, id, hash(token), trimmed, createdAt)) {
            throw new IllegalStateException("There is no account named '" + username + "'.");
        }
        return new IssuedToken(id, trimmed, token, createdAt);
    }

    public List<ApiToken> tokensOf(String username) {
        return tokens.of(username);
    }

    /** False if the user holds no token with this id (someone else's tokens are not even seen). */
    public boolean revoke(String username, String tokenId) {
        var hash = tokens.revoke(username, tokenId);
        hash.ifPresent(holders::invalidate);
        return hash.isPresent();
    }

    /** Who the presented token speaks for, if it is one of ours and not revoked. */
    Optional<ApiTokens.Holder> recognise(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        var holder = Optional.ofNullable(holders.getIfPresent(hash)).or(() -> {
            var found = tokens.holderOf(hash);
            found.ifPresent(h -> holders.put(hash, h));
            return found;
        });
        holder.ifPresent(this::noteUse);
        return holder;
    }

    private void noteUse(ApiTokens.Holder holder) {
        if (recentlyTouched.asMap().putIfAbsent(holder.tokenId(), Boolean.TRUE) == null) {
            tokens.touch(holder.tokenId(), clock.instant());
        }
    }

    static String checkName(@Nullable String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new InvalidAccountInputException("name", "A token needs a name, e.g. the script that uses it.");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new InvalidAccountInputException(
                    "name", "A token's name has at most " + MAX_NAME_LENGTH + " characters.");
        }
        return trimmed;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
