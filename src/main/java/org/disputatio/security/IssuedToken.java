package org.disputatio.security;

import java.time.Instant;

/** A token just created: the only moment its secret value exists outside the client. */
public record IssuedToken(String id, String name, String token, Instant createdAt) {}
