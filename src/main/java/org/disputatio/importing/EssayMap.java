package org.disputatio.importing;

import java.util.List;
import java.util.Optional;
import org.disputatio.maps.Anchor;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Outline;
import org.disputatio.maps.ReadingText;
import org.disputatio.maps.SectionId;
import org.disputatio.sources.Bibliography;
import org.disputatio.sources.Citation;
import org.disputatio.sources.Source;
import org.disputatio.sources.SourceId;
import org.jspecify.annotations.Nullable;

/**
 * A validated essay map, as loaded from its files: the document, the argument graph and the
 * bibliography. Every item keeps the line of the map file it came from.
 *
 * @param unattachedReferences the document's own parenthetical references that no claim cites: a
 * measure of how complete the map is, not a fault of the files
 */
public record EssayMap(
        MapId id,
        String title,
        String language,
        Document document,
        List<Proponent> proponents,
        List<Claim> claims,
        List<Argument> arguments,
        List<Attack> attacks,
        Bibliography bibliography,
        List<Contestation> contestations,
        List<EssayReference> unattachedReferences,
        List<Person> people,
        List<TextNote> notes,
        List<Event> events,
        List<Dating> dates,
        List<Qualification> qualifications) {

    public EssayMap {
        qualifications = List.copyOf(qualifications);
        people = List.copyOf(people);
        notes = List.copyOf(notes);
        events = List.copyOf(events);
        dates = List.copyOf(dates);
        unattachedReferences = List.copyOf(unattachedReferences);
        proponents = List.copyOf(proponents);
        claims = List.copyOf(claims);
        arguments = List.copyOf(arguments);
        attacks = List.copyOf(attacks);
        contestations = List.copyOf(contestations);
    }

    /** The bibliography's sources, in file order. */
    public List<Source> sources() {
        return bibliography.sources();
    }

    public Optional<Claim> claim(ClaimId id) {
        return claims.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * A parenthetical reference of the document, where it stands in the reading text.
     *
     * @param start offset of its parenthesis in the reading text
     * @param originalLine the 1-based line of the original text it is on
     */
    public record EssayReference(Citation citation, int start, int originalLine) {}

    /**
     * The analysed document.
     *
     * @param file the document's file name in the map folder
     * @param reading the original text, exactly as in the file, and its reading text; anchors refer
     * to {@code reading.text()}
     * @param sha256 hex SHA-256 of the file's bytes, to show the text is the one imported
     * @param provenance where the text comes from, to show wherever the text is displayed
     */
    public record Document(
            String file,
            String title,
            List<String> authors,
            String provenance,
            ReadingText reading,
            Outline outline,
            String sha256) {

        public Document {
            authors = List.copyOf(authors);
        }

        /** The original text, byte-exact once encoded as UTF-8. */
        public String original() {
            return reading.original();
        }

        /** The normalised reading text that anchors refer to. */
        public String text() {
            return reading.text();
        }
    }

    /** Who asserts claims: the author, a historian he quotes, the publisher. */
    public record Proponent(ProponentId id, String name, String role, int line) {}

    /**
     * A claim, attributed to its proponent and anchored in the reading text.
     *
     * @param text a short neutral paraphrase
     * @param citations the claim's references, each resolved to a source of the bibliography
     * @param note a remark of the map's author, or {@code null}
     */
    public record Claim(
            ClaimId id,
            ClaimKind kind,
            ProponentId proponent,
            SectionId section,
            String text,
            Anchor anchor,
            List<Citation> citations,
            @Nullable String note,
            int line) {

        public Claim {
            citations = List.copyOf(citations);
        }
    }

    /** An inference: all its premises together support its conclusion. */
    public record Argument(
            ArgumentId id,
            ClaimId conclusion,
            List<ClaimId> premises,
            @Nullable String note,
            int line) {

        public Argument {
            premises = List.copyOf(premises);
        }
    }

    /**
     * An attack from a claim on a claim (rebut, undermine) or on an argument (undercut).
     *
     * @param target the id of the claim or argument attacked, as written; see {@link #kind()}
     */
    public record Attack(
            AttackId id,
            ClaimId from,
            String target,
            AttackKind kind,
            @Nullable String note,
            int line) {

        /** The claim attacked, for a rebut or an undermine. */
        public Optional<ClaimId> targetClaim() {
            return kind.targetsArgument() ? Optional.empty() : Optional.of(new ClaimId(target));
        }

        /** The argument attacked, for an undercut. */
        public Optional<ArgumentId> targetArgument() {
            return kind.targetsArgument() ? Optional.of(new ArgumentId(target)) : Optional.empty();
        }
    }

    /**
     * A proponent's own concession that limits one of their claims or inferences (Toulmin's qualifier,
     * Carneades' exception nobody raises against them): shown as "qualified by", never counted as an
     * attack (ADR 029).
     *
     * @param target the id of the claim or argument qualified, as written
     */
    public record Qualification(
            String id,
            ClaimId from,
            String target,
            @Nullable String note,
            int line) {}

    /**
     * A source contested by a voice of the essay (or, later, a user), with its reason.
     *
     * @param anchor where the essay says so, or {@code null}
     */
    public record Contestation(
            ContestationId id,
            SourceId source,
            ProponentId by,
            String reason,
            @Nullable Anchor anchor,
            int line) {}

    /**
     * A person or collective voice of people.yaml: a proponent (same id) or someone claims name.
     *
     * @param variants spellings as the reading text writes them (each occurs in it)
     * @param added transliterations the text does not use, kept for search
     * @param mentionedIn the claims whose quote or paraphrase names the person
     * @param notes the notes of notes.yaml whose quote names the person
     */
    public record Person(
            String id,
            String kind,
            String name,
            List<String> variants,
            List<String> added,
            String description,
            List<ClaimId> mentionedIn,
            List<String> notes,
            int line) {

        public Person {
            variants = List.copyOf(variants);
            added = List.copyOf(added);
            mentionedIn = List.copyOf(mentionedIn);
            notes = List.copyOf(notes);
        }

        /** Every spelling to find the person by: the text's own first, then the added ones. */
        public List<String> allVariants() {
            var all = new java.util.ArrayList<>(variants);
            added.stream().filter(a -> !all.contains(a)).forEach(all::add);
            return List.copyOf(all);
        }
    }

    /** A note of notes.yaml on the text itself, anchored like a claim. */
    public record TextNote(String id, NoteKind kind, Anchor anchor, String text, int line) {}

    /** An event of dates.yaml, which claims date. */
    public record Event(String id, String label, int line) {}

    /** A claim's dating of an event, to its precision. */
    public record Dating(
            ClaimId claim, String date, org.disputatio.maps.DatePrecision precision, String event, int line) {}
}
