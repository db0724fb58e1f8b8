package org.disputatio.sources;

import org.jspecify.annotations.Nullable;

/**
 * One reference to a source, as a claim or a passage makes it.
 *
 * @param locator where in the source, as written ({@code 307-9}, {@code pp.122-3}, {@code Ch. 16,
 * passim}, {@code le 13 novembre 02}), or {@code null} when the reference gives none
 * @param raw the reference exactly as written, without the surrounding parentheses
 * @param note words the author added to the reference ({@code citant des documents d'archives}), or
 * {@code null}
 */
public record Citation(
        SourceId sourceId,
        @Nullable String locator,
        String raw,
        @Nullable String note) {}
