package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/** One of the two claims a claim is split into: its text, its kind (the original's if left out) and its words. */
public record SplitPart(
        @Nullable String text,
        @Nullable String kind,
        @Nullable AnchorRequest anchor) {}
