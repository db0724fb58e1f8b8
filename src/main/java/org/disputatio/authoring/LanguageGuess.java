package org.disputatio.authoring;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses a text's language from its most common short words, for the new-map form to pre-fill; the
 * user corrects it. Deterministic and without a model to load: a library detector (Optimaize, the one
 * Maven Central serves here) would bring Guava 18 and has not been released since 2016 (ADR 033).
 */
final class LanguageGuess {

    /** The words looked at: enough for a guess, bounded for a 2-million-char text. */
    static final int SAMPLE_CHARS = 20_000;

    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en",
                    Set.of(
                            "the", "and", "of", "to", "is", "that", "in", "it", "was", "for", "with", "not", "this",
                            "are", "be", "which", "have", "from", "but", "they"),
            "fr",
                    Set.of(
                            "le", "la", "les", "et", "des", "est", "que", "une", "dans", "pour", "pas", "qui", "sur",
                            "du", "au", "ce", "il", "ne", "sont", "avec"),
            "de",
                    Set.of(
                            "der", "die", "und", "das", "ist", "nicht", "den", "mit", "von", "zu", "sich", "des", "auf",
                            "ein", "eine", "dem", "auch", "es", "wird", "sie"),
            "es",
                    Set.of(
                            "el", "los", "las", "y", "que", "es", "una", "por", "con", "para", "del", "se", "como",
                            "pero", "más", "su", "lo", "al", "fue", "son"),
            "it",
                    Set.of(
                            "il", "di", "che", "è", "per", "una", "della", "non", "sono", "con", "gli", "del", "delle",
                            "anche", "come", "alla", "nel", "questo", "più", "ma"),
            "pt",
                    Set.of(
                            "os", "e", "que", "não", "uma", "com", "para", "do", "da", "dos", "das", "em", "por",
                            "como", "mais", "foi", "ao", "se", "são", "mas"),
            "nl",
                    Set.of(
                            "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "met", "voor",
                            "die", "ook", "aan", "maar", "wordt", "er", "naar"));

    private LanguageGuess() {}

    /** An ISO 639-1 code, or {@code en} when no language stands out (a very short or unusual text). */
    static String of(String text) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        Matcher words = WORD.matcher(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        while (words.find()) {
            String word = words.group().toLowerCase(Locale.ROOT);
            STOP_WORDS.forEach((language, stopWords) -> {
                if (stopWords.contains(word)) {
                    hits.merge(language, 1, Integer::sum);
                }
            });
        }
        return hits.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse("en");
    }
}
