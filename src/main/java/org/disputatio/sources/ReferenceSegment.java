package org.disputatio.sources;

import org.jspecify.annotations.Nullable;

/**
 * What one {@code ;}-separated part of a parenthesis turned out to be.
 */
public sealed interface ReferenceSegment {

    /** The part as written, trimmed. */
    String raw();

    /** A reference to a known source. */
    record Cited(Citation citation) implements ReferenceSegment {

        @Override
        public String raw() {
            return citation.raw();
        }
    }

    /**
     * Only a locator ({@code 184}, {@code 13-14}); it refers to the source cited just before it, in the
     * same parenthesis or, for a parenthesis holding nothing else, earlier in the text.
     */
    record LocatorOnly(String raw, String locator, @Nullable String note) implements ReferenceSegment {}

    /** A remark in lower case that is part of no reference ({@code italique ajouté}). */
    record Remark(String raw) implements ReferenceSegment {}

    /** Looks like a reference (it starts with a capital or a quotation mark) but names no known source. */
    record Unresolved(String raw) implements ReferenceSegment {}
}
