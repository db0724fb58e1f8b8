package org.disputatio.seminars;

/** The outcome of accepting an invitation: the group and the role one now has in it (the higher one if already in). */
public record Joined(String groupId, GroupRole role) {}
