package org.disputatio.maps;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reader typed in a search box, as words. The Lucene query sent to Neo4j is built from these words
 * alone (letters and digits, lower case), never from the text as typed: no character of Lucene's syntax
 * ({@code + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /}) and no operator word ({@code AND OR NOT TO}, which
 * Lucene reads as operators only in upper case) reaches the parser, so a query cannot break or widen it.
 *
 * @param words the words searched, in order, lower case, accents kept (each index folds what it folds)
 */
public record SearchQuery(List<String> words) {

    /** Longer input is refused: a search box is for a few words, and each word is one more Lucene clause. */
    public static final int MAX_LENGTH = 200;

    /** Words beyond this many are ignored. */
    public static final int MAX_WORDS = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    // French elided articles and conjunctions ("l'", "qu'"): the French analyser drops them from the indexed text.
    private static final Set<String> ELIDED =
            Set.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    public SearchQuery {
        words = List.copyOf(words);
    }

    /**
     * The words of the text.
     *
     * @throws IllegalArgumentException when the text is blank or longer than {@link #MAX_LENGTH}
     */
    public static SearchQuery parse(String text) {
        if (text.isBlank()) throw new IllegalArgumentException("Give some words to search for.");
        if (text.length() > MAX_LENGTH)
            throw new IllegalArgumentException("A search is at most " + MAX_LENGTH + " characters long.");
        List<String> words = new ArrayList<>();
        var m = WORD.matcher(text);
        while (m.find() && words.size() < MAX_WORDS) {
            String word = m.group().toLowerCase(Locale.ROOT);
            boolean elided = m.end() < text.length()
                    && (text.charAt(m.end()) == '\'' || text.charAt(m.end()) == '\u2019')
                    && ELIDED.contains(word);
            boolean initial = word.length() == 1 && !Character.isDigit(word.charAt(0));
            if (!elided && !initial) words.add(word);
        }
        return new SearchQuery(words);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /**
     * The Lucene query for one index: every word is required, and a word of three letters or more also matches
     * as the start of a longer one ("Iakov" finds "Iakovlev"). Words the index's analyser drops as stop words are
     * left out, since a required clause on them would match nothing. Empty when no word is left.
     *
     * @param fold whether to strip accents first: the folding analyser folds indexed text, but Lucene does not
     *     fold the prefix of a wildcard term
     */
    public String lucene(Set<String> stopWords, boolean fold) {
        return lucene(stopWords, fold, List.of());
    }

    /**
     * The same query with every word asked in these fields only, each word as {@code (f1:w f2:w)} and its prefix as
     * {@code (f1:w* f2:w*)}: exactly what Lucene's multi-field parser makes of a bare word over those fields, so
     * that hits and scores stay the same, while an index's other fields (the map's key) are never searched for
     * words. No fields: bare words, over every field of the index.
     */
    public String lucene(Set<String> stopWords, boolean fold, List<String> fields) {
        StringBuilder query = new StringBuilder();
        for (String w : words) {
            String word = fold ? fold(w) : w;
            if (word.isEmpty() || stopWords.contains(word) || stopWords.contains(w)) continue;
            if (!query.isEmpty()) query.append(' ');
            boolean number = word.chars().allMatch(Character::isDigit);
            if (word.length() >= 3 && !number) {
                query.append("+(")
                        .append(in(fields, word))
                        .append(' ')
                        .append(in(fields, word + "*"))
                        .append(')');
            } else {
                query.append('+').append(in(fields, word));
            }
        }
        return query.toString();
    }

    /** The term in each field, as one group; the bare term when no field is named. */
    private static String in(List<String> fields, String term) {
        if (fields.isEmpty()) return term;
        if (fields.size() == 1) return fields.get(0) + ":" + term;
        StringBuilder group = new StringBuilder("(");
        for (String field : fields) {
            if (group.length() > 1) group.append(' ');
            group.append(field).append(':').append(term);
        }
        return group.append(')').toString();
    }

    /** Without accents, ligatures spelled out: what the folding analyser does to indexed text. */
    static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("œ", "oe")
                .replace("æ", "ae")
                .replace("ß", "ss");
    }
}
