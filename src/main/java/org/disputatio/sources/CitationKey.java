package org.disputatio.sources;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a citation key, compared without case, accents, punctuation or quotation marks, so
 * that {@code Getty, " Excesses,"} and {@code Getty, "Excesses"} are the same key, while
 * {@code Excès} and {@code Excess} stay distinct spellings that the alias table must list.
 */
public record CitationKey(List<String> words) {

    public CitationKey {
        words = List.copyOf(words);
    }

    public static CitationKey of(String key) {
        return new CitationKey(tokens(key).stream().map(Token::word).toList());
    }

    /** A word of a key and where it ends in the raw string, so the rest can be cut off as written. */
    record Token(String word, int end) {}

    /**
     * Letters and digits make words; a change from letters to digits also splits a word, because
     * the essay sometimes glues a page to its title ({@code Inoy211}).
     */
    static List<Token> tokens(String raw) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < raw.length()) {
            if (!Character.isLetterOrDigit(raw.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digits = Character.isDigit(raw.charAt(i));
            while (i < raw.length()
                    && Character.isLetterOrDigit(raw.charAt(i))
                    && Character.isDigit(raw.charAt(i)) == digits) {
                i++;
            }
            tokens.add(new Token(fold(raw.substring(start, i)), i));
        }
        return tokens;
    }

    private static String fold(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
