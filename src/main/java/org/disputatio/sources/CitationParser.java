package org.disputatio.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the parenthetical references of an essay, such as
 * {@code (Zhukov, Inoy 307-9; Getty, "Excesses" 126)}, against a bibliography.
 *
 * <p>Rules, documented in {@code docs/essay-map-format.md}:
 * <ol>
 * <li>A parenthesis runs from {@code (} to its matching {@code )} within one paragraph; a stray
 * {@code )} (as in a list item {@code c)}) is ignored. Its content is split on {@code ;} into
 * parts.</li>
 * <li>A leading {@code cf.}, {@code cf} or {@code voir} is dropped. A part that starts with a known
 * alias (compared word by word, see {@link CitationKey}; the longest alias wins) cites that
 * source. What follows the alias is its locator, as far as it reads like one (pages and ranges,
 * {@code p.}/{@code pp.}, roman numerals, {@code Ch.}, {@code No}/{@code Numéros}, {@code passim},
 * dates such as {@code le 13 novembre 02}, joined by commas or {@code et}); anything after the
 * locator is kept as a note.</li>
 * <li>A part that is only a locator cites the source of the part before it ({@code Rigby, 167-8;
 * 184}). A parenthesis that holds only locators ({@code (15)} after a quotation) cites the source
 * cited last before it in the text.</li>
 * <li>Any other part is a remark when it starts in lower case, and unresolved otherwise.</li>
 * <li>A parenthesis is a citation when at least one of its parts cites a source; otherwise it is an
 * aside. So whether a parenthesis is a citation is decided by the bibliography's aliases alone:
 * a source missing from the bibliography makes its parenthesis an aside or leaves an unresolved
 * part, which the essay's tests list explicitly.</li>
 * </ol>
 */
public final class CitationParser {

    private static final String PART = "(?:pp?\\.\\s*)?(?:\\d+(?:\\s*-\\s*\\d+)?|[IVXLC]+\\b|passim\\.?"
            + "|Ch\\.(?:\\s*passim)?\\s*[\\dIVXLC]+|No\\.?\\s*\\d+|Numéros\\s+\\d+"
            + "|le\\s+\\d{1,2}(?:er)?\\s+\\p{L}+(?:\\s+\\d{2,4})?)";

    private static final Pattern LOCATOR =
            Pattern.compile("^" + PART + "(?:\\s*(?:,|et)?\\s*(?:voir\\.?\\s*)?" + PART + ")*(?:\\s+et la suite)?");

    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s,.:\"“”«»'’]+");

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,.;:\"“”«»'’]+$");

    private static final Pattern SEE_ALSO = Pattern.compile("^(?:cf\\.?|voir)\\s+", Pattern.CASE_INSENSITIVE);

    private final Bibliography bibliography;

    public CitationParser(Bibliography bibliography) {
        this.bibliography = bibliography;
    }

    /** Every parenthesis of the text, in order, classified by the rules above. */
    public List<Parenthetical> parentheticals(String text) {
        List<Parenthetical> found = new ArrayList<>();
        SourceId lastCited = null;
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) != '(') {
                i++;
                continue;
            }
            int close = matchingClose(text, i);
            if (close < 0) {
                i++;
                continue;
            }
            Parenthetical parenthetical = parse(text.substring(i + 1, close), i, close + 1, lastCited);
            found.add(parenthetical);
            if (!parenthetical.citations().isEmpty()) {
                lastCited = parenthetical.citations().getLast().sourceId();
            }
            i = close + 1;
        }
        return found;
    }

    /**
     * Parses the content of one parenthesis.
     *
     * @param citedBefore the source cited last before it in the text, for a parenthesis of locators only
     */
    public Parenthetical parse(String content, int start, int end, @Nullable SourceId citedBefore) {
        List<ReferenceSegment> segments = new ArrayList<>();
        List<Citation> citations = new ArrayList<>();
        SourceId previous = null;
        boolean anyCited = false;
        for (String part : content.split(";")) {
            ReferenceSegment segment = segment(part.strip(), previous);
            if (segment == null) {
                continue;
            }
            if (segment instanceof ReferenceSegment.Cited cited) {
                previous = cited.citation().sourceId();
                citations.add(cited.citation());
                anyCited = true;
            }
            segments.add(segment);
        }
        boolean onlyLocators =
                !segments.isEmpty() && segments.stream().allMatch(ReferenceSegment.LocatorOnly.class::isInstance);
        if (onlyLocators && citedBefore != null) {
            for (ReferenceSegment segment : segments) {
                var locator = (ReferenceSegment.LocatorOnly) segment;
                citations.add(new Citation(citedBefore, locator.locator(), locator.raw(), locator.note()));
            }
            anyCited = true;
        }
        return new Parenthetical(
                start,
                end,
                content,
                anyCited ? Parenthetical.Kind.CITATION : Parenthetical.Kind.ASIDE,
                citations,
                segments);
    }

    /**
     * Parses one reference written on its own, as a map file gives it ({@code Zhukov, Inoy 307-9}).
     * A locator alone cannot name a source; it comes back as {@link ReferenceSegment.LocatorOnly}.
     */
    public ReferenceSegment parseReference(String reference) {
        String raw = reference.strip();
        if (raw.startsWith("(") && raw.endsWith(")")) {
            raw = raw.substring(1, raw.length() - 1).strip();
        }
        ReferenceSegment segment = segment(raw, null);
        return segment == null ? new ReferenceSegment.Unresolved(raw) : segment;
    }

    private @Nullable ReferenceSegment segment(String raw, @Nullable SourceId previous) {
        if (raw.isEmpty()) {
            return null;
        }
        String key = SEE_ALSO.matcher(raw).replaceFirst("");
        var alias = bibliography.longestAliasAtStart(key);
        if (alias.isPresent()) {
            String[] locatorAndNote = locatorAndNote(key.substring(alias.get().end()));
            return new ReferenceSegment.Cited(
                    new Citation(alias.get().source(), locatorAndNote[0], raw, locatorAndNote[1]));
        }
        String[] locatorAndNote = locatorAndNote(key);
        if (locatorAndNote[0] != null && locatorAndNote[1] == null) {
            if (previous != null) {
                return new ReferenceSegment.Cited(new Citation(previous, locatorAndNote[0], raw, locatorAndNote[1]));
            }
            return new ReferenceSegment.LocatorOnly(raw, locatorAndNote[0], locatorAndNote[1]);
        }
        if (Character.isLowerCase(key.codePointAt(0))) {
            return new ReferenceSegment.Remark(raw);
        }
        return new ReferenceSegment.Unresolved(raw);
    }

    /** Splits what follows a key into its locator and a trailing note; either may be null. */
    private static @Nullable String[] locatorAndNote(String rest) {
        String trimmed = LEADING_PUNCTUATION.matcher(rest).replaceFirst("");
        Matcher locator = LOCATOR.matcher(trimmed);
        String found = null;
        String note = trimmed;
        if (locator.find()) {
            found = TRAILING_PUNCTUATION.matcher(locator.group()).replaceFirst("");
            note = trimmed.substring(locator.end());
        }
        note = TRAILING_PUNCTUATION
                .matcher(LEADING_PUNCTUATION.matcher(note).replaceFirst(""))
                .replaceFirst("");
        return new @Nullable String[] {found, note.isEmpty() ? null : note};
    }

    private static int matchingClose(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i;
                }
            } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return -1; // a parenthesis never spans paragraphs
            }
        }
        return -1;
    }
}
