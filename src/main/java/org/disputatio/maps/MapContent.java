package org.disputatio.maps;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
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
        List<Contestation> contestations,
        List<Person> people,
        List<Note> notes,
        List<Event> events,
        List<Qualification> qualifications,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Rephrase> rephrases,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Preference> preferences) {

    public MapContent {
        qualifications = List.copyOf(qualifications);
        people = List.copyOf(people);
        notes = List.copyOf(notes);
        events = List.copyOf(events);
        rephrases = List.copyOf(rephrases);
        preferences = List.copyOf(preferences);
    }

    /** A map without rephrasings or preferences (everything but a map imported from AIF, issue 14). */
    public MapContent(
            String id,
            String title,
            String language,
            Document document,
            List<Claim> claims,
            List<Argument> arguments,
            List<Attack> attacks,
            List<Source> sources,
            List<Contestation> contestations,
            List<Person> people,
            List<Note> notes,
            List<Event> events,
            List<Qualification> qualifications) {
        this(
                id,
                title,
                language,
                document,
                claims,
                arguments,
                attacks,
                sources,
                contestations,
                people,
                notes,
                events,
                qualifications,
                List.of(),
                List.of());
    }

    /** A map without qualifications. */
    public MapContent(
            String id,
            String title,
            String language,
            Document document,
            List<Claim> claims,
            List<Argument> arguments,
            List<Attack> attacks,
            List<Source> sources,
            List<Contestation> contestations,
            List<Person> people,
            List<Note> notes,
            List<Event> events) {
        this(
                id,
                title,
                language,
                document,
                claims,
                arguments,
                attacks,
                sources,
                contestations,
                people,
                notes,
                events,
                List.of());
    }

    /** A map without people, notes on the text or dated events (a user's map, a test's map). */
    public MapContent(
            String id,
            String title,
            String language,
            Document document,
            List<Claim> claims,
            List<Argument> arguments,
            List<Attack> attacks,
            List<Source> sources,
            List<Contestation> contestations) {
        this(
                id,
                title,
                language,
                document,
                claims,
                arguments,
                attacks,
                sources,
                contestations,
                List.of(),
                List.of(),
                List.of(),
                List.of());
    }

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

    /**
     * A claim. {@code proponent} is the proponent's display name (kept for existing clients);
     * {@code proponentId} is the proponent's id in the map's files, which is also the id of the
     * person or collective voice in {@link #people()} when the map has people; {@code null} for a
     * claim written by a user.
     * {@code mentions} are the ids of the people the claim names; {@code dates} the events it dates.
     */
    public record Claim(
            String id,
            String kind,
            String text,
            String proponent,
            String section,
            List<Anchor> anchors,
            List<Citation> citations,
            @Nullable String proponentId,
            List<String> mentions,
            List<ClaimDate> dates) {

        public Claim {
            mentions = List.copyOf(mentions);
            dates = List.copyOf(dates);
        }

        public Claim(
                String id,
                String kind,
                String text,
                String proponent,
                String section,
                List<Anchor> anchors,
                List<Citation> citations) {
            this(id, kind, text, proponent, section, anchors, citations, null, List.of(), List.of());
        }
    }

    /**
     * A person or a collective voice of the map: a proponent, or someone a claim names. Namesakes are
     * separate people; {@code variants} are the spellings to find the person by (the text's own and
     * added transliterations); {@code kind} is person, collective or document.
     */
    public record Person(String id, String kind, String name, List<String> variants, String description) {

        public Person {
            variants = List.copyOf(variants);
        }
    }

    /**
     * A note on the text itself, anchored like a claim: {@code kind} is translation, date-conflict,
     * insertion or other.
     */
    public record Note(String id, String kind, Anchor anchor, String text) {}

    /** An event that claims date; {@code contradictory} when two of its datings cannot both be true. */
    public record Event(String id, String label, boolean contradictory) {}

    /**
     * The date a claim gives an event, to its precision: {@code date} is {@code 1936-12-05} (day),
     * {@code 1936-12} (month), {@code 1936} (year) or {@code 1930} (decade: the 1930s).
     */
    public record ClaimDate(String event, String date, String precision) {}

    /** W3C Web Annotation TextQuoteSelector plus TextPositionSelector, flattened. */
    public record Anchor(String exact, String prefix, String suffix, int start, int end) {}

    public record Citation(String sourceId, @Nullable String locator, String raw) {}

    /**
     * Linked premises: all are needed. Several arguments for one conclusion converge. {@code scheme} is the
     * argumentation scheme it instantiates, as another tool named it (AIF's RA scheme, issue 14); null when none.
     */
    public record Argument(
            String id,
            List<String> premises,
            String conclusion,

            @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable
            String scheme) {

        public Argument(String id, List<String> premises, String conclusion) {
            this(id, premises, conclusion, null);
        }
    }

    /**
     * {@code from} says again what {@code to} says, in other words (AIF's MA node, default rephrase): kept from
     * imported files, not an inference, so the evaluation does not read it.
     */
    public record Rephrase(
            String id, String from, String to, @Nullable String scheme) {}

    /**
     * {@code preferred} (a claim or argument id) is preferred to {@code over} (AIF's PA node), kept from imported
     * files; the evaluation does not read it.
     */
    public record Preference(
            String id,
            String preferred,
            String over,
            @Nullable String scheme) {}

    /** {@code kind} is rebut or undermine (to a claim) or undercut (to an argument). */
    public record Attack(String id, String from, String to, String kind) {}

    /**
     * The proponent's own concession {@code from} limits their claim or argument {@code to}: "qualified
     * by", not an attack, so the evaluation does not count it (ADR 029).
     */
    public record Qualification(String id, String from, String to) {}

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
