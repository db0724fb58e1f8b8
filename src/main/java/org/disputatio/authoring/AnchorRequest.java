package org.disputatio.authoring;

import org.jspecify.annotations.Nullable;

/**
 * Where a claim's words are in the map's reading text: the exact words with their offsets (UTF-16, end
 * exclusive), or the exact words alone, optionally with the text just before and after them, to be found
 * again ({@code maps.Anchoring}); either way the words must be the text's.
 */
public record AnchorRequest(
        @Nullable String exact,
        @Nullable String prefix,
        @Nullable String suffix,
        @Nullable Integer start,
        @Nullable Integer end) {

    public static AnchorRequest at(String exact, int start, int end) {
        return new AnchorRequest(exact, null, null, start, end);
    }
}
