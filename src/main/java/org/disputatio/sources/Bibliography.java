package org.disputatio.sources;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sources of a map, and the alias table that maps every spelling of a citation key to one
 * source.
 */
public final class Bibliography {

    private final List<Source> order;

    private final Map<SourceId, Source> sources;

    private final Map<CitationKey, SourceId> aliases;

    private final int longestAlias;

    /**
     * @param aliases for each source id, the citation keys that name it
     * @throws IllegalArgumentException if one key names two sources
     */
    public Bibliography(List<Source> sources, Map<SourceId, List<String>> aliases) {
        Map<SourceId, Source> byId = new LinkedHashMap<>();
        sources.forEach(s -> byId.put(s.id(), s));
        this.sources = Map.copyOf(byId);
        this.order = List.copyOf(sources);
        Map<CitationKey, SourceId> table = new LinkedHashMap<>();
        int longest = 0;
        for (var entry : aliases.entrySet()) {
            for (String alias : entry.getValue()) {
                CitationKey key = CitationKey.of(alias);
                SourceId previous = table.putIfAbsent(key, entry.getKey());
                if (previous != null && !previous.equals(entry.getKey())) {
                    throw new IllegalArgumentException(
                            "Alias '" + alias + "' names both " + previous + " and " + entry.getKey());
                }
                longest = Math.max(longest, key.words().size());
            }
        }
        this.aliases = Map.copyOf(table);
        this.longestAlias = longest;
    }

    /** Every source, in the order of the bibliography file. */
    public List<Source> sources() {
        return order;
    }

    public Optional<Source> source(SourceId id) {
        return Optional.ofNullable(sources.get(id));
    }

    public boolean contains(SourceId id) {
        return sources.containsKey(id);
    }

    public Map<CitationKey, SourceId> aliases() {
        return aliases;
    }

    /** The source a whole key names, if the alias table knows it. */
    public Optional<SourceId> resolve(String key) {
        return Optional.ofNullable(aliases.get(CitationKey.of(key)));
    }

    /**
     * The longest alias that the reference starts with, and the char offset in {@code reference}
     * where that alias ends.
     */
    Optional<Match> longestAliasAtStart(String reference) {
        List<CitationKey.Token> tokens = CitationKey.tokens(reference);
        for (int n = Math.min(longestAlias, tokens.size()); n > 0; n--) {
            List<String> words = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                words.add(tokens.get(i).word());
            }
            SourceId id = aliases.get(new CitationKey(words));
            if (id != null) {
                return Optional.of(new Match(id, tokens.get(n - 1).end()));
            }
        }
        return Optional.empty();
    }

    record Match(SourceId source, int end) {}
}
