package org.disputatio.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Searches one map through Neo4j's full-text indexes: claims by their paraphrase and exact words (with the
 * analyser of the map's language, and accents folded), people by name and spelling variant, sources by
 * authors and title, citations as written and by locator. A claim also matches through the people it names
 * or who propose it, and through its citations; a source through the citations of it.
 */
@Service
public class MapSearch {

    public static final int MAX_CLAIMS = 50;
    public static final int MAX_SOURCES = 20;
    public static final int MAX_PEOPLE = 10;

    // A claim found only through a person it names counts less than one whose own words match.
    private static final double THROUGH_PERSON = 0.5;

    private final SearchIndexes indexes;

    MapSearch(SearchIndexes indexes) {
        this.indexes = indexes;
    }

    /**
     * Ranked hits for the text; empty if there is no such map.
     *
     * @throws IllegalArgumentException when the text is blank or longer than {@link SearchQuery#MAX_LENGTH}
     */
    public Optional<SearchResults> search(MapId mapId, String text) {
        SearchQuery query = SearchQuery.parse(text);
        return indexes.read(mapId.value(), (reader, language) -> {
            if (query.isEmpty()) return SearchResults.none(text, query.words());
            return search(reader, language, text, query);
        });
    }

    private SearchResults search(SearchIndexes.Reader reader, String language, String text, SearchQuery query) {
        Map<String, Found> claims = new HashMap<>();
        Map<String, Found> sources = new HashMap<>();
        Map<String, Double> people = new HashMap<>();

        List<SearchIndexes.Index> claimIndexes = new ArrayList<>();
        SearchIndexes.Index.claimsIn(language).ifPresent(claimIndexes::add);
        claimIndexes.add(SearchIndexes.Index.FOLDING);
        for (SearchIndexes.Index index : claimIndexes) {
            String lucene = lucene(query, index);
            if (lucene.isEmpty()) continue;
            for (var hit : reader.claimWords(index, lucene)) {
                claims.computeIfAbsent(hit.claimId(), k -> new Found()).add(hit.match(), hit.score());
            }
        }

        String names = lucene(query, SearchIndexes.Index.FOLDING);
        if (!names.isEmpty()) {
            for (var hit : reader.names(names)) {
                if (hit.kind().equals("person")) {
                    people.merge(hit.id(), hit.score(), Math::max);
                } else {
                    sources.computeIfAbsent(hit.id(), k -> new Found()).add(SearchResults.Match.NAME, hit.score());
                }
            }
        }
        if (!people.isEmpty()) {
            for (var hit : reader.byPeople(people.keySet())) {
                Found found = claims.computeIfAbsent(hit.claimId(), k -> new Found());
                // A claim naming two of the people found counts each once.
                if (found.people.add(hit.personId()))
                    found.add(SearchResults.Match.PERSON, THROUGH_PERSON * people.get(hit.personId()));
            }
        }

        String citations = lucene(query, SearchIndexes.Index.CITATIONS);
        if (!citations.isEmpty()) {
            for (var hit : reader.citations(citations)) {
                // A citation written {source: id} has the source's id as its raw text: an id is not shown to people.
                boolean written = !hit.raw().equals(hit.sourceId());
                Found claim = claims.computeIfAbsent(hit.claimId(), k -> new Found());
                if (claim.cited.add(hit.raw())) {
                    claim.add(SearchResults.Match.CITATION, hit.score());
                    if (written) claim.details.add(hit.raw());
                }
                Found source = sources.computeIfAbsent(hit.sourceId(), k -> new Found());
                String locator = hit.locator() != null ? hit.locator() : written ? hit.raw() : null;
                if (source.cited.add(hit.claimId() + "\u0000" + hit.raw())) {
                    source.add(SearchResults.Match.CITATION, hit.score());
                    if (locator != null) source.details.add(locator);
                }
            }
        }

        List<String> claimIds = best(claims, MAX_CLAIMS);
        List<String> sourceIds = best(sources, MAX_SOURCES);
        List<String> personIds = people.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_PEOPLE)
                .map(Map.Entry::getKey)
                .toList();

        Map<String, SearchIndexes.ClaimRow> claimRows = new HashMap<>();
        reader.claims(Set.copyOf(claimIds)).forEach(r -> claimRows.put(r.id(), r));
        Map<String, SearchIndexes.SourceRow> sourceRows = new HashMap<>();
        reader.sources(Set.copyOf(sourceIds)).forEach(r -> sourceRows.put(r.id(), r));
        Map<String, SearchIndexes.PersonRow> personRows = new HashMap<>();
        reader.people(Set.copyOf(personIds)).forEach(r -> personRows.put(r.id(), r));

        return new SearchResults(
                text,
                query.words(),
                claimIds.stream()
                        .filter(claimRows::containsKey)
                        .map(id -> {
                            var row = claimRows.get(id);
                            Found f = claims.get(id);
                            return new SearchResults.ClaimHit(
                                    id,
                                    row.kind(),
                                    row.text(),
                                    round(f.score),
                                    List.copyOf(f.matched),
                                    row.start(),
                                    row.end(),
                                    List.copyOf(f.details),
                                    List.copyOf(f.people));
                        })
                        .toList(),
                sourceIds.stream()
                        .filter(sourceRows::containsKey)
                        .map(id -> {
                            var row = sourceRows.get(id);
                            Found f = sources.get(id);
                            return new SearchResults.SourceHit(
                                    id,
                                    row.authors(),
                                    row.title(),
                                    row.year(),
                                    round(f.score),
                                    List.copyOf(f.matched),
                                    List.copyOf(f.details));
                        })
                        .toList(),
                personIds.stream()
                        .filter(personRows::containsKey)
                        .map(id -> {
                            var row = personRows.get(id);
                            return new SearchResults.PersonHit(id, row.name(), row.variants(), round(people.get(id)));
                        })
                        .toList());
    }

    private String lucene(SearchQuery query, SearchIndexes.Index index) {
        return query.lucene(indexes.stopWords(index), index.analyzer.equals("standard-folding"), index.fields);
    }

    /** Best first; equal scores in id order, so the same search always lists the same way. */
    private static List<String> best(Map<String, Found> found, int limit) {
        return found.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Found> e) -> -e.getValue().score)
                        .thenComparing(Map.Entry::getKey))
                .limit(limit)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    /** What matched one claim or source, summed over the indexes that found it. */
    private static final class Found {
        double score;
        final Set<SearchResults.Match> matched = EnumSet.noneOf(SearchResults.Match.class);
        final Set<String> details = new LinkedHashSet<>();
        final Set<String> people = new LinkedHashSet<>();
        // Citations counted, so that one found through both its text and its locator counts once.
        final Set<String> cited = new java.util.HashSet<>();

        void add(SearchResults.Match match, double score) {
            matched.add(match);
            this.score += score;
        }
    }
}
