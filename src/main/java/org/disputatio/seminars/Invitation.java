package org.disputatio.seminars;

import java.time.Instant;

/** A code that lets whoever holds it join a group with a role until it expires; {@code uses} counts acceptances. */
public record Invitation(
        String code,
        String groupId,
        GroupRole role,
        Instant expiresAt,
        String createdBy,
        Instant createdAt,
        long uses) {

    public boolean expired(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
