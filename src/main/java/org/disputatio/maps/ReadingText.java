package org.disputatio.maps;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A document's original text, kept exactly as imported, and the normalised text people read, with
 * every reading offset mapped back to an offset in the original.
 *
 * <p>Texts extracted from PDFs break lines inside paragraphs, split words across lines and leave
 * runs of blank lines where pages broke, often in mid-sentence. Anchors and highlights refer to the
 * reading text; the offset map lets any of them be shown in, or checked against, the original.
 *
 * <p>The rules, applied in this order, are deterministic (see {@code docs/essay-map-format.md}):
 * <ol>
 * <li>A line is blank when it holds only whitespace. Trailing and leading whitespace of a line is
 * dropped, and inside a line every run of whitespace becomes one space.</li>
 * <li>A numbered heading line ({@code 1. Introduction}: one or two digits, a dot, a space, a
 * capital, at most {@value #HEADING_MAX_LENGTH} chars, not ending a sentence with a full stop) is
 * a paragraph on its own even when no blank line surrounds it.</li>
 * <li>Consecutive non-blank lines form a block. Inside a block, a line that ends with a hyphen
 * glued to the word before it ({@code anti-}, {@code eux-}, {@code Avez-}, {@code (c.-}) is joined
 * to the next line without a space, keeping the hyphen; every other line break (including after a
 * spaced dash {@code " -"} or {@code " –"}) becomes one space.</li>
 * <li>One blank line between blocks separates paragraphs. Two or more blank lines are a page
 * break: the blocks are joined like lines (rule 3) when the next block starts with a lower-case
 * letter, or when the previous block does not end with one of {@value #PARAGRAPH_END} — unless
 * either block is a heading. Otherwise the page break separates paragraphs.</li>
 * <li>Paragraphs are separated by exactly {@code "\n\n"}; the text neither starts nor ends with
 * whitespace.</li>
 * </ol>
 *
 * <p>Offsets are UTF-16 char offsets into {@link #original()} and {@link #text()}. A reading char
 * that was copied maps to its own original offset; a space or paragraph break that replaces
 * whitespace maps to the first original whitespace char it replaces.
 */
public final class ReadingText {

    static final int HEADING_MAX_LENGTH = 80;

    static final String PARAGRAPH_END = ".!?…:;»)\"";

    private static final Pattern NUMBERED_HEADING = Pattern.compile("\\d{1,2}\\. \\p{Lu}.*");

    private final String original;

    private final String text;

    /** Original offset of each reading char, plus one entry for the end of the text. */
    private final int[] toOriginal;

    private final List<TextRange> paragraphs;

    /** The paragraphs that are headings marked up in the imported file (empty for a plain text). */
    private final List<TextRange> markedHeadings;

    private ReadingText(
            String original,
            String text,
            int[] toOriginal,
            List<TextRange> paragraphs,
            List<TextRange> markedHeadings) {
        this.original = original;
        this.text = text;
        this.toOriginal = toOriginal;
        this.paragraphs = List.copyOf(paragraphs);
        this.markedHeadings = List.copyOf(markedHeadings);
    }

    /** Normalises {@code original} by the rules above. */
    public static ReadingText normalise(String original) {
        return new Normalisation(original, Set.of()).run();
    }

    /**
     * Normalises a text extracted from an uploaded file (issue 12): first the clean-up of
     * {@link ImportCleanup} (page headers and footers, form feeds, ligatures, soft hyphens, words
     * hyphenated across lines), then the rules above, with every line that starts one of
     * {@code headings} (original ranges: the file's own headings) made a paragraph of its own. Offsets
     * still map to {@code original}, the extracted text, char for char.
     */
    public static ReadingText ofImported(String original, List<TextRange> headings) {
        ImportCleanup.Cleaned cleaned = ImportCleanup.clean(original);
        Set<Integer> headingStarts = new HashSet<>();
        for (TextRange heading : headings) {
            headingStarts.add(cleaned.cleanedOffset(heading.start()));
        }
        ReadingText inCleaned = new Normalisation(cleaned.text(), headingStarts).run();
        int[] composed = new int[inCleaned.toOriginal.length];
        for (int i = 0; i < composed.length; i++) {
            composed[i] = cleaned.originalOffset(inCleaned.toOriginal[i]);
        }
        composed[composed.length - 1] = original.length();
        return new ReadingText(original, inCleaned.text, composed, inCleaned.paragraphs, inCleaned.markedHeadings);
    }

    /** The paragraphs that are the file's own headings (Markdown, HTML, DOCX), in order; empty otherwise. */
    public List<TextRange> markedHeadings() {
        return markedHeadings;
    }

    /** The text exactly as imported. */
    public String original() {
        return original;
    }

    /** The normalised reading text. */
    public String text() {
        return text;
    }

    /** The paragraphs of the reading text, in order; headings are paragraphs too. */
    public List<TextRange> paragraphs() {
        return paragraphs;
    }

    /** The original offset of the reading offset; {@code text().length()} maps to the original's end. */
    public int originalOffset(int readingOffset) {
        if (readingOffset < 0 || readingOffset > text.length()) {
            throw new IndexOutOfBoundsException(
                    "Reading offset " + readingOffset + " outside [0, " + text.length() + "]");
        }
        return toOriginal[readingOffset];
    }

    /** The smallest original range that holds every char of the reading range. */
    public TextRange originalRange(TextRange reading) {
        if (reading.end() > text.length()) {
            throw new IndexOutOfBoundsException("Reading range " + reading + " outside the text");
        }
        if (reading.length() == 0) {
            int at = toOriginal[reading.start()];
            return new TextRange(at, at);
        }
        return new TextRange(toOriginal[reading.start()], toOriginal[reading.end() - 1] + 1);
    }

    /** The (1-based) line of the original on which the reading offset lies. */
    public int originalLine(int readingOffset) {
        int at = originalOffset(readingOffset);
        int line = 1;
        for (int i = 0; i < at; i++) {
            if (original.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    static boolean isBlankChar(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0' || c == '\u202F' || c == '\f';
    }

    /** One line of the original: where its content starts and ends once outer whitespace is dropped. */
    private record Line(int contentStart, int contentEnd, boolean heading, boolean marked) {

        boolean blank() {
            return contentStart >= contentEnd;
        }
    }

    /** A run of non-blank lines, and the number of blank lines that came before it. */
    private record Block(List<Line> lines, int blankLinesBefore) {

        boolean heading() {
            return lines.size() == 1 && lines.getFirst().heading();
        }
    }

    private static final class Normalisation {

        private final String original;

        private final StringBuilder text = new StringBuilder();

        private int[] map = new int[1024];

        private final List<TextRange> paragraphs = new ArrayList<>();

        private final List<TextRange> markedHeadings = new ArrayList<>();

        /** Offsets where a heading marked up in the file starts: such a line is a heading whatever it reads. */
        private final Set<Integer> headingStarts;

        /** Where the content of the last line copied ends: paragraph breaks map back to there. */
        private int previousContentEnd;

        Normalisation(String original, Set<Integer> headingStarts) {
            this.original = original;
            this.headingStarts = headingStarts;
        }

        ReadingText run() {
            List<List<Block>> paragraphBlocks = paragraphs(blocks(lines()));
            for (List<Block> paragraph : paragraphBlocks) {
                if (!text.isEmpty()) {
                    // The break stands for the whitespace right after the previous paragraph.
                    append('\n', previousContentEnd);
                    append('\n', previousContentEnd);
                }
                int start = text.length();
                Line previous = null;
                for (Block block : paragraph) {
                    for (Line line : block.lines()) {
                        if (previous != null && !joinsWithoutSpace(previous)) {
                            append(' ', previous.contentEnd());
                        }
                        appendCollapsed(line);
                        previous = line;
                    }
                }
                paragraphs.add(new TextRange(start, text.length()));
                if (paragraph.size() == 1
                        && paragraph.getFirst().heading()
                        && paragraph.getFirst().lines().getFirst().marked()) {
                    markedHeadings.add(paragraphs.getLast());
                }
            }
            int[] toOriginal = Arrays.copyOf(map, text.length() + 1);
            toOriginal[text.length()] = original.length();
            return new ReadingText(original, text.toString(), toOriginal, paragraphs, markedHeadings);
        }

        private List<Line> lines() {
            List<Line> lines = new ArrayList<>();
            int lineStart = 0;
            while (lineStart <= original.length()) {
                int newline = original.indexOf('\n', lineStart);
                int lineEnd = newline < 0 ? original.length() : newline;
                int contentStart = lineStart;
                while (contentStart < lineEnd && isBlankChar(original.charAt(contentStart))) {
                    contentStart++;
                }
                int contentEnd = lineEnd;
                while (contentEnd > contentStart && isBlankChar(original.charAt(contentEnd - 1))) {
                    contentEnd--;
                }
                String content = original.substring(contentStart, contentEnd);
                boolean marked = contentStart < contentEnd && headingStarts.contains(contentStart);
                boolean heading = marked
                        || content.length() <= HEADING_MAX_LENGTH
                                && NUMBERED_HEADING.matcher(content).matches()
                                && !content.endsWith(".");
                lines.add(new Line(contentStart, contentEnd, heading, marked));
                if (newline < 0) {
                    break;
                }
                lineStart = newline + 1;
            }
            return lines;
        }

        private static List<Block> blocks(List<Line> lines) {
            List<Block> blocks = new ArrayList<>();
            List<Line> current = new ArrayList<>();
            int blanks = 0;
            int blanksBeforeCurrent = 0;
            for (Line line : lines) {
                if (line.blank()) {
                    if (!current.isEmpty()) {
                        blocks.add(new Block(List.copyOf(current), blanksBeforeCurrent));
                        current.clear();
                        blanks = 0;
                    }
                    blanks++;
                    continue;
                }
                if (line.heading() && !current.isEmpty()) {
                    blocks.add(new Block(List.copyOf(current), blanksBeforeCurrent));
                    current.clear();
                    blanks = 1; // a heading glued to the text above still starts a new paragraph
                }
                if (current.isEmpty()) {
                    blanksBeforeCurrent = Math.max(blanks, blocks.isEmpty() ? 0 : 1);
                }
                current.add(line);
                if (line.heading()) {
                    blocks.add(new Block(List.copyOf(current), blanksBeforeCurrent));
                    current.clear();
                    blanks = 1;
                } else {
                    blanks = 0;
                }
            }
            if (!current.isEmpty()) {
                blocks.add(new Block(List.copyOf(current), blanksBeforeCurrent));
            }
            return blocks;
        }

        private List<List<Block>> paragraphs(List<Block> blocks) {
            List<List<Block>> paragraphs = new ArrayList<>();
            Block previous = null;
            for (Block block : blocks) {
                if (previous != null && block.blankLinesBefore() >= 2 && continuesAcrossPageBreak(previous, block)) {
                    paragraphs.getLast().add(block);
                } else {
                    paragraphs.add(new ArrayList<>(List.of(block)));
                }
                previous = block;
            }
            return paragraphs;
        }

        private boolean continuesAcrossPageBreak(Block before, Block after) {
            if (before.heading() || after.heading()) {
                return false;
            }
            Line last = before.lines().getLast();
            char lastChar = original.charAt(last.contentEnd() - 1);
            char firstChar = original.charAt(after.lines().getFirst().contentStart());
            return Character.isLowerCase(firstChar) || PARAGRAPH_END.indexOf(lastChar) < 0;
        }

        private boolean joinsWithoutSpace(Line line) {
            int end = line.contentEnd();
            return end - line.contentStart() >= 2
                    && original.charAt(end - 1) == '-'
                    && !Character.isWhitespace(original.charAt(end - 2));
        }

        private void appendCollapsed(Line line) {
            boolean inBlank = false;
            for (int i = line.contentStart(); i < line.contentEnd(); i++) {
                char c = original.charAt(i);
                if (isBlankChar(c)) {
                    if (!inBlank) {
                        append(' ', i);
                    }
                    inBlank = true;
                } else {
                    append(c, i);
                    inBlank = false;
                }
            }
            previousContentEnd = line.contentEnd();
        }

        private void append(char c, int originalOffset) {
            if (text.length() + 1 >= map.length) {
                map = Arrays.copyOf(map, map.length * 2);
            }
            map[text.length()] = originalOffset;
            text.append(c);
        }
    }
}
