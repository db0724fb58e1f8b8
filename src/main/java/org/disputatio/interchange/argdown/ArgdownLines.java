package org.disputatio.interchange.argdown;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.disputatio.interchange.argdown.ArgdownSyntax.Line;
import org.jspecify.annotations.Nullable;

/**
 * An Argdown file read one line at a time (issue 14 point 4: an import streams): its raw lines, then the same
 * lines with comments blanked out, then its blocks. Only what a decision needs is held: the line at hand, a
 * comment or YAML data still open across lines, and the block being gathered; the file is never held whole.
 * Line numbers are those of the file, so that reports name the right line.
 */
final class ArgdownLines {

    private final BufferedReader reader;
    private final Deque<Line> unread = new ArrayDeque<>();
    private final Deque<Line> ready = new ArrayDeque<>();
    private int number;
    private boolean ended;

    /** The end of a block comment opened on an earlier line and not closed yet ({@code *}{@code /} or {@code -->}). */
    private @Nullable String openComment;

    ArgdownLines(Reader in) {
        this.reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
    }

    // ---- raw lines ------------------------------------------------------------------------------------

    /** The next line as the file has it (without a byte order mark), or null at the end. */
    @Nullable
    Line raw() throws IOException {
        if (!unread.isEmpty()) return unread.removeFirst();
        if (ended) return null;
        String text = reader.readLine();
        if (text == null) {
            // Never asked again: a stream that ended stays ended.
            ended = true;
            return null;
        }
        number++;
        if (number == 1 && text.startsWith("\uFEFF")) text = text.substring(1);
        return new Line(number, text);
    }

    /** Puts lines back, to be read again by {@link #raw()} in this order (the front matter, blanked). */
    void unread(List<Line> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) unread.addFirst(lines.get(i));
    }

    // ---- lines without comments -----------------------------------------------------------------------

    /**
     * The next line with {@code //}, {@code /* *}{@code /} and {@code <!-- -->} comments outside data and
     * escapes blanked out, or null at the end. YAML data left open at the end of a line takes the following
     * lines with it before comments are looked for, as a comment sign inside data is text.
     */
    @Nullable
    Line next() throws IOException {
        if (ready.isEmpty()) {
            Line first = raw();
            if (first == null) return null;
            var text = new StringBuilder(first.text());
            int i = 0;
            if (openComment != null) {
                int close = text.indexOf(openComment);
                if (close < 0) {
                    blank(text, 0, text.length());
                    i = text.length();
                } else {
                    i = close + openComment.length();
                    blank(text, 0, i);
                    openComment = null;
                }
            }
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i += 2;
                } else if (c == '{') {
                    int end = ArgdownSyntax.dataEnd(text, i);
                    while (end < 0) {
                        Line more = raw();
                        if (more == null) break;
                        text.append('\n').append(more.text());
                        end = ArgdownSyntax.dataEnd(text, i);
                    }
                    i = end < 0 ? text.length() : end;
                } else if (startsWith(text, "//", i)) {
                    int end = text.indexOf("\n", i);
                    end = end < 0 ? text.length() : end;
                    blank(text, i, end);
                    i = end;
                } else if (startsWith(text, "/*", i) || startsWith(text, "<!--", i)) {
                    String close = c == '/' ? "*/" : "-->";
                    int end = text.indexOf(close, i + 2);
                    if (end < 0) {
                        // Open until a later line closes it, or to the end of the file.
                        blank(text, i, text.length());
                        openComment = close;
                        i = text.length();
                    } else {
                        blank(text, i, end + close.length());
                        i = end + close.length();
                    }
                } else {
                    i++;
                }
            }
            String[] lines = text.toString().split("\n", -1);
            for (int j = 0; j < lines.length; j++) ready.addLast(new Line(first.number() + j, lines[j]));
        }
        return ready.removeFirst();
    }

    private static boolean startsWith(CharSequence text, String prefix, int at) {
        if (at + prefix.length() > text.length()) return false;
        for (int j = 0; j < prefix.length(); j++) if (text.charAt(at + j) != prefix.charAt(j)) return false;
        return true;
    }

    static void blank(StringBuilder sb, int from, int to) {
        for (int i = from; i < to; i++) if (sb.charAt(i) != '\n') sb.setCharAt(i, ' ');
    }

    // ---- blocks ---------------------------------------------------------------------------------------

    /**
     * The next block of non-empty lines, or null at the end; a line whose data is not closed takes the
     * following lines with it.
     */
    @Nullable
    List<Line> block() throws IOException {
        List<Line> current = new ArrayList<>();
        for (Line line = next(); line != null; line = next()) {
            if (line.text().isBlank()) {
                if (!current.isEmpty()) return current;
                continue;
            }
            var joined = new StringBuilder(line.text());
            while (ArgdownSyntax.openData(joined)) {
                Line more = next();
                if (more == null) break;
                joined.append('\n').append(more.text());
            }
            current.add(new Line(line.number(), joined.toString()));
        }
        return current.isEmpty() ? null : current;
    }
}
