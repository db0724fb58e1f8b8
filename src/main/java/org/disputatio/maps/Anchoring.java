package org.disputatio.maps;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Anchors quotes in one reading text.
 *
 * <p>A quote is found by exact match, char for char, in the reading text. When it occurs more than
 * once, only the occurrences whose preceding text ends with the prefix and whose following text
 * starts with the suffix remain; if more than one remains, the quote is ambiguous. The anchors it
 * returns carry a prefix and a suffix of up to {@value #CONTEXT_LENGTH} chars taken from the text,
 * so that they can be found again after the text is re-normalised. A quote that is not found as
 * typed is looked for again with curly quotation marks and apostrophes folded to straight ones (in
 * both), so "l'homme" finds "l’homme"; the anchor then carries the text's own chars.
 */
public final class Anchoring {

    public static final int CONTEXT_LENGTH = 32;

    private final String text;

    /** What quotes are looked for in: the text itself, or the text with its quotation marks folded. */
    private final String searched;

    private final boolean foldedSearch;

    public Anchoring(ReadingText reading) {
        this(reading.text());
    }

    public Anchoring(String text) {
        this(text, text);
    }

    private Anchoring(String text, String searched) {
        this.text = text;
        this.searched = searched;
        this.foldedSearch = !searched.equals(text);
    }

    /**
     * Curly quotation marks and apostrophes as the straight ones a keyboard types, char for char, so
     * offsets stay the same: a quote typed with straight quotes is found in a text set with curly ones.
     */
    static String foldQuotes(String s) {
        StringBuilder folded = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char f = switch (c) {
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> '\'';
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> '"';
                default -> c;
            };
            if (f != c && folded == null) {
                folded = new StringBuilder(s);
            }
            if (folded != null) {
                folded.setCharAt(i, f);
            }
        }
        return folded == null ? s : folded.toString();
    }

    public Anchor anchor(String exact) {
        return anchor(exact, null, null);
    }

    /**
     * Finds the one occurrence of {@code exact} that the optional prefix and suffix single out.
     *
     * @throws AnchoringException if there is none, or more than one
     */
    public Anchor anchor(String exact, @Nullable String prefix, @Nullable String suffix) {
        return anchor(exact, prefix, suffix, null);
    }

    /**
     * Like {@link #anchor(String, String, String)}, but when the quote occurs more than once, only
     * the occurrences inside {@code within} count (a map says which section a claim comes from, and
     * a quote repeated in another section, such as the preface quoting the introduction, is then not
     * ambiguous). A quote found only outside {@code within} is still anchored where it is.
     */
    public Anchor anchor(String exact, @Nullable String prefix, @Nullable String suffix, @Nullable TextRange within) {
        if (exact.isEmpty()) {
            throw new AnchoringException(AnchoringException.Reason.NOT_FOUND, "The quote is empty", List.of());
        }
        List<Integer> all = occurrences(exact);
        if (all.isEmpty() && !foldedSearch) {
            String folded = foldQuotes(text);
            String foldedExact = foldQuotes(exact);
            if (!folded.equals(text) || !foldedExact.equals(exact)) {
                // Only when the quote is not there as typed, so an exact match always wins.
                return new Anchoring(text, folded)
                        .anchor(
                                foldedExact,
                                prefix == null ? null : foldQuotes(prefix),
                                suffix == null ? null : foldQuotes(suffix),
                                within);
            }
        }
        if (all.isEmpty()) {
            throw new AnchoringException(
                    AnchoringException.Reason.NOT_FOUND,
                    "Quote not found in the reading text: \"" + shortened(exact) + "\"",
                    List.of());
        }
        String before = prefix == null ? "" : prefix;
        String after = suffix == null ? "" : suffix;
        List<Integer> matching = all.stream()
                .filter(start -> searched.startsWith(before, start - before.length())
                        && searched.startsWith(after, start + exact.length()))
                .toList();
        if (matching.isEmpty()) {
            throw new AnchoringException(
                    AnchoringException.Reason.NOT_FOUND,
                    "Quote found " + all.size() + " time(s), but never with the given prefix/suffix: \""
                            + shortened(exact) + "\"",
                    all);
        }
        if (matching.size() > 1 && within != null) {
            List<Integer> inside = matching.stream()
                    .filter(start -> start >= within.start() && start + exact.length() <= within.end())
                    .toList();
            if (inside.size() == 1) {
                return at(inside.getFirst(), exact);
            }
            if (!inside.isEmpty()) {
                matching = inside;
            }
        }
        if (matching.size() > 1) {
            throw new AnchoringException(
                    AnchoringException.Reason.AMBIGUOUS,
                    "Quote occurs " + matching.size() + " times (at " + matching + "); give a prefix or suffix: \""
                            + shortened(exact) + "\"",
                    matching);
        }
        return at(matching.getFirst(), exact);
    }

    /**
     * Finds an anchor made on an earlier version of the text again, by its quote: an occurrence
     * that its prefix and suffix single out, or else the occurrence whose surroundings agree best
     * with them, the nearest to the old position breaking ties.
     *
     * @throws AnchoringException if the quote is gone, or two occurrences fit equally well
     */
    public Anchor reanchor(Anchor anchor) {
        String exact = anchor.exact();
        List<Integer> all = occurrences(exact);
        if (all.isEmpty()) {
            throw new AnchoringException(
                    AnchoringException.Reason.NOT_FOUND,
                    "Quote no longer in the reading text: \"" + shortened(exact) + "\"",
                    List.of());
        }
        if (all.size() == 1) {
            return at(all.getFirst(), exact);
        }
        int best = -1;
        long bestScore = Long.MIN_VALUE;
        boolean tie = false;
        for (int start : all) {
            int agreement =
                    commonSuffix(text.substring(0, start), anchor.quote().prefix())
                            + commonPrefix(
                                    text.substring(start + exact.length()),
                                    anchor.quote().suffix());
            // Agreement of context dominates; distance from the old position only breaks ties.
            long score = (long) agreement * text.length() * 2 - Math.abs(start - anchor.start());
            if (score > bestScore) {
                best = start;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        if (tie) {
            throw new AnchoringException(
                    AnchoringException.Reason.AMBIGUOUS,
                    "Quote occurs " + all.size() + " times and its context fits several: \"" + shortened(exact) + "\"",
                    all);
        }
        return at(best, exact);
    }

    /** The start offsets of every occurrence of {@code exact}, overlapping ones included. */
    public List<Integer> occurrences(String exact) {
        List<Integer> found = new ArrayList<>();
        int from = searched.indexOf(exact);
        while (from >= 0) {
            found.add(from);
            from = searched.indexOf(exact, from + 1);
        }
        return found;
    }

    private Anchor at(int start, String quote) {
        int end = start + quote.length();
        // The text's own chars: the quote may have been found with its quotation marks folded.
        String exact = text.substring(start, end);
        String prefix = text.substring(Math.max(0, start - CONTEXT_LENGTH), start);
        String suffix = text.substring(end, Math.min(text.length(), end + CONTEXT_LENGTH));
        return new Anchor(new TextQuoteSelector(exact, prefix, suffix), new TextPositionSelector(start, end));
    }

    private static int commonSuffix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }

    private static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    private static String shortened(String quote) {
        return quote.length() <= 80 ? quote : quote.substring(0, 77) + "...";
    }
}
