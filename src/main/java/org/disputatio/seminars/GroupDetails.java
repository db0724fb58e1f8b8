package org.disputatio.seminars;

import java.time.Instant;

/** A group as its members see it on its page. */
public record GroupDetails(String id, String name, long memberCount, Instant createdAt, String createdBy) {}
