package org.disputatio.seminars;

import java.time.Instant;

/** Someone in a group, with their role and since when they are in it. */
public record Member(String username, GroupRole role, Instant since) {}
