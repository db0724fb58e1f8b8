package org.disputatio.sources;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A bibliographic item that claims rest on.
 *
 * @param title the title, or {@code null} when the citing text does not allow it to be known
 * @param year the year of publication (or of the document), or {@code null} when unknown
 * @param note what is uncertain or remarkable about the entry, or {@code null}
 * @param reportedBy the sources through which this one is known, when it is known only through
 * them (empty for a source the essay's author could read himself)
 */
public record Source(
        SourceId id,
        List<String> authors,
        @Nullable String title,
        @Nullable Integer year,
        SourceKind kind,
        Accessibility accessibility,
        @Nullable String note,
        List<ReportedBy> reportedBy) {

    public Source {
        authors = List.copyOf(authors);
        reportedBy = List.copyOf(reportedBy);
    }

    /** A source known at first hand. */
    public Source(
            SourceId id,
            List<String> authors,
            @Nullable String title,
            @Nullable Integer year,
            SourceKind kind,
            Accessibility accessibility,
            @Nullable String note) {
        this(id, authors, title, year, kind, accessibility, note, List.of());
    }
}
