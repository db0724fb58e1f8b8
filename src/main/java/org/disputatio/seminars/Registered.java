package org.disputatio.seminars;

import org.jspecify.annotations.Nullable;

/** A new account, and the group it joined when it registered with an invitation. */
public record Registered(String username, @Nullable Joined joined) {}
