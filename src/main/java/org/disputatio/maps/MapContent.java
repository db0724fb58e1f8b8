package org.disputatio.maps;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A whole map: its document, claims, arguments, attacks, sources and contestations. It is what an
 * import writes and what {@code GET /api/maps/{id}} returns, so its JSON shape is an interface and
 * must not drift. Anchor offsets refer to {@code document.text}, the normalised reading text. The
 * map's language is stored but not repeated in the JSON: the document carries it.
 */
public record MapContent(
        String id,
        String title,
        @JsonIgnore String language,
        Document document,
        List<Claim> claims,
        List<Argument> arguments,
        List<Attack> attacks,
        List<Source> sources,
        List<Contestation> contestations) {

    /**
     * The analysed text. {@code original} is the text exactly as imported; it is stored but left out
     * of the JSON, which serves the reading text the anchors point into.
     */
    public record Document(
            String title,
            String language,
            String text,
            @JsonIgnore String original,
            @JsonIgnore List<String> authors,
            @JsonIgnore String provenance) {}

    public record Claim(
            String id,
            String kind,
            String text,
            String proponent,
            String section,
            List<Anchor> anchors,
            List<Citation> citations) {}

    /** W3C Web Annotation TextQuoteSelector plus TextPositionSelector, flattened. */
    public record Anchor(String exact, String prefix, String suffix, int start, int end) {}

    public record Citation(String sourceId, @Nullable String locator, String raw) {}

    /** Linked premises: all are needed. Several arguments for one conclusion converge. */
    public record Argument(String id, List<String> premises, String conclusion) {}

    /** {@code kind} is rebut or undermine (to a claim) or undercut (to an argument). */
    public record Attack(String id, String from, String to, String kind) {}

    /**
     * @param reportedBy the sources through which this one is known, when it is known only through
     * them (an unpublished transcript through the historian who quotes it); empty otherwise
     */
    public record Source(
            String id,
            List<String> authors,
            @Nullable String title,
            @Nullable Integer year,
            String kind,
            String accessibility,
            List<ReportedBy> reportedBy) {

        public Source {
            reportedBy = List.copyOf(reportedBy);
        }

        /** A source known at first hand. */
        public Source(
                String id,
                List<String> authors,
                @Nullable String title,
                @Nullable Integer year,
                String kind,
                String accessibility) {
            this(id, authors, title, year, kind, accessibility, List.of());
        }
    }

    /** A link of a provenance chain: the source is reported by {@code sourceId} at {@code locator}. */
    public record ReportedBy(String sourceId, @Nullable String locator) {}

    /** {@code by} names who or what contests the source (a voice in the essay, or a user). */
    public record Contestation(String id, String sourceId, String by, String reason) {}
}
