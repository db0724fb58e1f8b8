package org.disputatio.authoring;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.maps.TextRange;

/**
 * Writes the text of a structured file (HTML, DOCX, Markdown, PDF as Tika renders it): paragraphs
 * separated by one blank line, pages by a form feed, each heading on a line of its own and remembered.
 * It stops once the text passes {@code limit} chars, so a file that expands without end (a zip bomb)
 * costs no more than the limit.
 */
final class TextBuilder {

    /** Thrown from inside a parser's callbacks once the text is too long; the reader turns it into a refusal. */
    static final class TooLong extends RuntimeException {
        TooLong() {
            super("The text is too long", null, false, false);
        }
    }

    private final StringBuilder text = new StringBuilder();
    private final List<TextRange> headings = new ArrayList<>();
    private final int limit;
    private final boolean keepLineBreaks;
    private int headingStart = -1;

    /**
     * @param keepLineBreaks keep the line breaks of the text as they come (a PDF's lines, which the reading
     *     text's rules join); otherwise every run of whitespace is one space and only elements break lines
     */
    TextBuilder(int limit, boolean keepLineBreaks) {
        this.limit = limit;
        this.keepLineBreaks = keepLineBreaks;
    }

    void append(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (headingStart >= 0 || !keepLineBreaks) {
                if (Character.isWhitespace(c) && c != '\u00A0' && c != '\u202F') {
                    if (!text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1))) {
                        text.append(' ');
                    }
                    continue;
                }
            }
            if (c == '\n' && !text.isEmpty() && text.charAt(text.length() - 1) == '\n') {
                // Blank lines come from elements only (paragraphBreak); Tika writes a newline after each block.
                continue;
            }
            text.append(c);
        }
        if (text.length() > limit) {
            throw new TooLong();
        }
    }

    boolean keepsLineBreaks() {
        return keepLineBreaks;
    }

    void lineBreak() {
        trimTrailingSpaces();
        if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
    }

    /** Ends the paragraph: one blank line after it, never more. */
    void paragraphBreak() {
        trimTrailingSpaces();
        if (text.isEmpty()) {
            return;
        }
        while (text.length() >= 2 && text.charAt(text.length() - 1) == '\n' && text.charAt(text.length() - 2) == '\n') {
            text.setLength(text.length() - 1);
        }
        if (text.charAt(text.length() - 1) != '\n') {
            text.append('\n');
        }
        if (text.length() < 2 || text.charAt(text.length() - 2) != '\n') {
            text.append('\n');
        }
    }

    /**
     * Ends a PDF "paragraph". PDFBox often makes every line one (seen on PDFs written line by line), so a
     * paragraph ends only where a sentence does ({@code . ! ? …}, perhaps followed by a closing quote or
     * bracket); elsewhere it is a line break, which the reading text's rules join.
     */
    void pdfParagraphEnd() {
        trimTrailingSpaces();
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        while (end > 0 && CLOSING.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        if (end > 0 && SENTENCE_END.indexOf(text.charAt(end - 1)) >= 0) {
            paragraphBreak();
        } else {
            lineBreak();
        }
    }

    private static final String SENTENCE_END = ".!?\u2026";

    private static final String CLOSING = "\"'\u00BB\u201D\u2019)]";

    void pageBreak() {
        trimTrailingSpaces();
        text.append('\f');
    }

    void startHeading() {
        paragraphBreak();
        headingStart = text.length();
    }

    void endHeading() {
        if (headingStart < 0) {
            return;
        }
        trimTrailingSpaces();
        int start = headingStart;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < text.length()) {
            headings.add(new TextRange(start, text.length()));
        }
        headingStart = -1;
        paragraphBreak();
    }

    private void trimTrailingSpaces() {
        while (!text.isEmpty() && (text.charAt(text.length() - 1) == ' ' || text.charAt(text.length() - 1) == '\t')) {
            text.setLength(text.length() - 1);
        }
    }

    ExtractedText build(TextFormat format) {
        trimTrailingSpaces();
        return new ExtractedText(format, text.toString(), headings);
    }
}
