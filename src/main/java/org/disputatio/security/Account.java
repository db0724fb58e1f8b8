package org.disputatio.security;

import java.time.Instant;
import java.util.Set;

/** A user account as the rest of the application sees it: never with its password hash. */
public record Account(String username, Set<Role> roles, Instant createdAt) {}
