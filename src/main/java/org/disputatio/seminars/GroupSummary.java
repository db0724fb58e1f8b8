package org.disputatio.seminars;

import java.time.Instant;

/** A group as its member sees it in the list of their groups. */
public record GroupSummary(String id, String name, GroupRole role, long memberCount, Instant createdAt) {}
