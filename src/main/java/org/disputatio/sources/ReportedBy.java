package org.disputatio.sources;

import org.jspecify.annotations.Nullable;

/**
 * A link of a provenance chain: the source that holds this one is known only through {@code source},
 * which reports it (quotes it, summarises it) at {@code locator}. An unpublished transcript known
 * through a historian's book is reported by that book: a claim resting on the transcript rests on
 * the book too.
 *
 * @param locator where the reporting source does so ({@code 486-7}), or {@code null} when the essay
 * does not say
 */
public record ReportedBy(SourceId source, @Nullable String locator) {}
