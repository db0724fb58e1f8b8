package org.disputatio.maps;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clean-up an extracted file needs before {@link ReadingText}'s rules, which the shipped essay's
 * hand-checked text never needed (and so never gets, to keep its offsets as they are). Each rule drops
 * or replaces chars; every char kept or written maps to an original offset.
 *
 * <ol>
 * <li>Pages are separated by form feeds. On a text of two pages or more, a line among the first or last
 * {@value #EDGE_LINES} non-blank lines of a page is a running header or footer, and is dropped, when the
 * same line (digits aside, so page numbers and dates do not count) stands at that edge of at least half
 * the pages, and of two pages at least; a line that is only a page number ({@code 12}, {@code - 12 -},
 * {@code Page 3 of 10}, {@code 3/10}) at a page's edge is dropped too.</li>
 * <li>A form feed becomes a page break (two blank lines, see {@link ReadingText}).</li>
 * <li>Typographic ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ) become their letters; soft hyphens are dropped.</li>
 * <li>A lower-case letter and a hyphen ending a line, followed on the next line by a lower-case letter,
 * is a word the typesetter hyphenated: the hyphen and the line break are dropped ({@code argu-} /
 * {@code ment} reads {@code argument}), unless the text writes the same compound with a hyphen inside a
 * line elsewhere ({@code well-known}), in which case the hyphen stays (and {@link ReadingText} joins the
 * lines without a space).</li>
 * </ol>
 */
final class ImportCleanup {

    static final int EDGE_LINES = 2;

    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)(?:page|p\\.|seite)?\\s*[-–—]?\\s*\\d{1,5}\\s*[-–—]?\\s*(?:(?:/|of|sur|von)\\s*\\d{1,5})?");

    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+-\\p{L}+");

    private static final Map<Character, String> LIGATURES = Map.of(
            '\uFB00', "ff", '\uFB01', "fi", '\uFB02', "fl", '\uFB03', "ffi", '\uFB04', "ffl", '\uFB05', "st", '\uFB06',
            "st");

    private ImportCleanup() {}

    /** The cleaned text and, for each of its chars (plus its end), the original offset it comes from. */
    record Cleaned(String text, int[] toOriginal) {

        int originalOffset(int cleanedOffset) {
            return toOriginal[cleanedOffset];
        }

        /** The cleaned offset of the first kept char at or after {@code originalOffset}. */
        int cleanedOffset(int originalOffset) {
            int found = Arrays.binarySearch(toOriginal, 0, text.length(), originalOffset);
            if (found >= 0) {
                // Several chars may come from one original char (a ligature, a form feed): take the first.
                while (found > 0 && toOriginal[found - 1] == originalOffset) {
                    found--;
                }
                return found;
            }
            return -found - 1;
        }
    }

    static Cleaned clean(String original) {
        boolean[] dropped = runningHeadersAndFooters(original);
        Set<String> compounds = compounds(original);
        StringBuilder text = new StringBuilder(original.length());
        int[] map = new int[original.length() + 16];
        int n = 0;
        int i = 0;
        while (i < original.length()) {
            if (dropped[i]) {
                i++;
                continue;
            }
            char c = original.charAt(i);
            if (c == '\f') {
                for (int k = 0; k < 3; k++) {
                    map = ensure(map, n + 1);
                    map[n++] = i;
                    text.append('\n');
                }
                i++;
                continue;
            }
            if (c == '\u00AD') {
                i++;
                continue;
            }
            String ligature = LIGATURES.get(c);
            if (ligature != null) {
                for (int k = 0; k < ligature.length(); k++) {
                    map = ensure(map, n + 1);
                    map[n++] = i;
                    text.append(ligature.charAt(k));
                }
                i++;
                continue;
            }
            if (c == '-') {
                int next = hyphenationResumesAt(original, dropped, compounds, i);
                if (next > 0) {
                    i = next;
                    continue;
                }
            }
            map = ensure(map, n + 1);
            map[n++] = i;
            text.append(c);
            i++;
        }
        map = ensure(map, n + 1);
        map[n] = original.length();
        return new Cleaned(text.toString(), Arrays.copyOf(map, n + 1));
    }

    private static int[] ensure(int[] map, int size) {
        return size < map.length ? map : Arrays.copyOf(map, Math.max(size + 16, map.length * 2));
    }

    /**
     * Where the text resumes when the hyphen at {@code at} splits a word across a line break (the first
     * letter of the next line); 0 when it does not.
     */
    private static int hyphenationResumesAt(String original, boolean[] dropped, Set<String> compounds, int at) {
        if (at == 0 || !Character.isLowerCase(original.charAt(at - 1))) {
            return 0;
        }
        int j = at + 1;
        while (j < original.length() && ReadingText.isBlankChar(original.charAt(j)) && original.charAt(j) != '\f') {
            j++;
        }
        if (j >= original.length() || original.charAt(j) != '\n') {
            return 0;
        }
        j++;
        while (j < original.length()
                && (dropped[j] || ReadingText.isBlankChar(original.charAt(j)) && original.charAt(j) != '\f')) {
            j++;
        }
        if (j >= original.length() || !Character.isLowerCase(original.charAt(j))) {
            return 0;
        }
        int wordStart = at;
        while (wordStart > 0 && Character.isLetter(original.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = j;
        while (wordEnd < original.length() && Character.isLetter(original.charAt(wordEnd))) {
            wordEnd++;
        }
        String compound =
                (original.substring(wordStart, at) + "-" + original.substring(j, wordEnd)).toLowerCase(Locale.ROOT);
        return compounds.contains(compound) ? 0 : j;
    }

    /** The hyphenated compounds written inside a line anywhere in the text, lower-cased. */
    private static Set<String> compounds(String original) {
        Set<String> found = new HashSet<>();
        Matcher m = COMPOUND.matcher(original);
        while (m.find()) {
            found.add(m.group().toLowerCase(Locale.ROOT));
        }
        return found;
    }

    /** Marks the chars (line and line break) of every running header, footer and page number. */
    private static boolean[] runningHeadersAndFooters(String original) {
        boolean[] dropped = new boolean[original.length()];
        List<String> pages = List.of(original.split("\f", -1));
        if (pages.size() < 2) {
            return dropped;
        }
        record Edge(int start, int end, String key, boolean top) {}
        List<List<Edge>> edges = new java.util.ArrayList<>();
        Map<String, Integer> topCounts = new HashMap<>();
        Map<String, Integer> bottomCounts = new HashMap<>();
        int pageStart = 0;
        int contentPages = 0;
        for (String page : pages) {
            List<int[]> lines = new java.util.ArrayList<>();
            int lineStart = 0;
            while (lineStart <= page.length()) {
                int newline = page.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? page.length() : newline;
                if (!page.substring(lineStart, lineEnd).isBlank()) {
                    lines.add(new int[] {pageStart + lineStart, pageStart + lineEnd});
                }
                if (newline < 0) {
                    break;
                }
                lineStart = newline + 1;
            }
            List<Edge> pageEdges = new java.util.ArrayList<>();
            Set<String> tops = new HashSet<>();
            Set<String> bottoms = new HashSet<>();
            for (int k = 0; k < lines.size(); k++) {
                boolean top = k < EDGE_LINES;
                boolean bottom = k >= lines.size() - EDGE_LINES;
                if (!top && !bottom) {
                    continue;
                }
                int[] line = lines.get(k);
                String key = key(original.substring(line[0], line[1]));
                if (top) {
                    pageEdges.add(new Edge(line[0], line[1], key, true));
                    tops.add(key);
                }
                if (bottom) {
                    pageEdges.add(new Edge(line[0], line[1], key, false));
                    bottoms.add(key);
                }
            }
            tops.forEach(k -> topCounts.merge(k, 1, Integer::sum));
            bottoms.forEach(k -> bottomCounts.merge(k, 1, Integer::sum));
            if (!lines.isEmpty()) {
                contentPages++;
            }
            edges.add(pageEdges);
            pageStart += page.length() + 1;
        }
        int needed = Math.max(2, (contentPages + 1) / 2);
        for (List<Edge> pageEdges : edges) {
            for (Edge edge : pageEdges) {
                int count = (edge.top() ? topCounts : bottomCounts).getOrDefault(edge.key(), 0);
                String line = original.substring(edge.start(), edge.end()).strip();
                if (count >= needed || PAGE_NUMBER.matcher(line).matches()) {
                    int end = edge.end() < original.length() && original.charAt(edge.end()) == '\n'
                            ? edge.end() + 1
                            : edge.end();
                    Arrays.fill(dropped, edge.start(), end, true);
                }
            }
        }
        return dropped;
    }

    /** A line as compared across pages: digits (page numbers, dates, times) aside, whitespace collapsed. */
    private static String key(String line) {
        return line.strip().replaceAll("\\d+", "#").replaceAll("\\s+", " ");
    }
}
