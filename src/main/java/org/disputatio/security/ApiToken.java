package org.disputatio.security;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A personal API token as its owner sees it in a list: never the token itself nor its hash. */
public record ApiToken(
        String id, String name, Instant createdAt, @Nullable Instant lastUsedAt) {}
