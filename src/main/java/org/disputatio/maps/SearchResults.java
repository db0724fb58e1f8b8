package org.disputatio.maps;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a search of one map found, best first. Its JSON shape is what {@code GET /api/maps/{id}/search} returns.
 *
 * @param words the words searched, as {@link SearchQuery} read them
 */
public record SearchResults(
        String query, List<String> words, List<ClaimHit> claims, List<SourceHit> sources, List<PersonHit> people) {

    /** Where a hit was found. */
    public enum Match {
        /** the claim's paraphrase */
        TEXT,
        /** the exact words the claim is anchored on */
        WORDS,
        /** a person the claim names or whose claim it is, by name or spelling variant */
        PERSON,
        /** a citation of the claim, as written or by its locator */
        CITATION,
        /** the source's authors or title */
        NAME
    }

    /**
     * A claim found.
     *
     * @param start where its first anchor starts in the reading text, null when it has none ("show in text")
     * @param citations the claim's citations that matched, as the text writes them
     * @param people the ids of the people through whom it matched
     */
    public record ClaimHit(
            String id,
            String kind,
            String text,
            double score,
            List<Match> matched,
            @Nullable Integer start,
            @Nullable Integer end,
            List<String> citations,
            List<String> people) {}

    /** A source found, with the locators of its citations that matched. */
    public record SourceHit(
            String id,
            List<String> authors,
            @Nullable String title,
            @Nullable Integer year,
            double score,
            List<Match> matched,
            List<String> locators) {}

    /** A person found by name or spelling variant. */
    public record PersonHit(String id, String name, List<String> variants, double score) {}

    public static SearchResults none(String query, List<String> words) {
        return new SearchResults(query, words, List.of(), List.of(), List.of());
    }
}
