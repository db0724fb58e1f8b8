package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/** An attack: the attacking claim, its target (a claim, or an argument for an undercut), kind and author. */
public record AttackItem(
        String id,
        String fromId,
        String targetId,
        String kind,
        @Nullable String createdBy) {}
