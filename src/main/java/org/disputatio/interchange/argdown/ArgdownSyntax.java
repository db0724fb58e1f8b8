package org.disputatio.interchange.argdown;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.disputatio.interchange.ImportReport.Unmapped;
import org.disputatio.interchange.InterchangeFileException;
import org.disputatio.maps.SectionId;
import org.jspecify.annotations.Nullable;

/**
 * Reads an Argdown file, streamed block by block ({@link ArgdownLines}), into its elements: the front matter, statements (equivalence classes
 * by title), arguments with their premise–conclusion structures, and the relations between them, each
 * with the line it is on. It follows Argdown's own lexer (packages/argdown-core/src/lexer.ts) where
 * Disputatio needs it: blocks separated by empty lines, relations by their indentation, comments, escaped
 * characters, tags and YAML data; what it recognises but cannot keep goes to {@link #unmapped}.
 */
final class ArgdownSyntax {

    private static final Pattern HEADING = Pattern.compile("^(#+)[ \\t]+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*\\((\\d+)\\)[ \\t]*(.*)$");
    private static final Pattern INFERENCE = Pattern.compile("^[ \\t]*--");
    private static final Pattern LIST_ITEM = Pattern.compile("^[ \\t]+(\\*|\\d+\\.)(?=\\s)");
    private static final Pattern RELATION = Pattern.compile("^([ \\t]*)(<\\+|<-|<_|\\+>|->|_>|><|\\+|-)[ \\t]*(.*)$");
    private static final Pattern TAG =
            Pattern.compile("#(\\([^)]+\\)|[A-Za-z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+)");

    /** A statement: one equivalence class of Argdown, all statements of one title. */
    static final class Statement {
        final String title;

        @Nullable
        String text;

        final Map<String, Object> data = new LinkedHashMap<>();
        final Set<String> tags = new LinkedHashSet<>();
        int line;
        String section;
        int order;

        Statement(String title, int line, String section, int order) {
            this.title = title;
            this.line = line;
            this.section = section;
            this.order = order;
        }
    }

    /** An argument: its description and its premise–conclusion structure, one step per inference. */
    static final class Argument {
        final String title;

        @Nullable
        String description;

        final Map<String, Object> data = new LinkedHashMap<>();
        final Set<String> tags = new LinkedHashSet<>();
        final List<Step> steps = new ArrayList<>();
        final Map<Integer, String> numbered = new LinkedHashMap<>();
        int line;
        String section;
        int order;

        Argument(String title, int line, String section, int order) {
            this.title = title;
            this.line = line;
            this.section = section;
            this.order = order;
        }
    }

    /** An inference step: the numbered statements it uses and the one it concludes. */
    record Step(List<Numbered> premises, Numbered conclusion, List<String> rules, Map<String, Object> data, int line) {}

    record Numbered(int number, String title) {}

    record Ref(boolean argument, String title) {}

    /** {@code type} is support, attack, undercut or contradiction, from {@code from} to {@code to}. */
    record Relation(Ref from, Ref to, String type, int line) {}

    record Line(int number, String text) {}

    private record Element(Ref ref, @Nullable String text, Map<String, Object> data, List<String> tags) {}

    final Map<String, Object> frontMatter = new LinkedHashMap<>();
    final Map<String, Statement> statements = new LinkedHashMap<>();
    final Map<String, Argument> arguments = new LinkedHashMap<>();
    final List<Relation> relations = new ArrayList<>();
    final List<Unmapped> unmapped = new ArrayList<>();

    private String section = "1";
    private int headings;
    private int order;
    private int untitled;

    /** Reads the file from {@code in} block by block; {@code in} is read once, to its end, and not closed. */
    static ArgdownSyntax parse(Reader in) throws IOException {
        var syntax = new ArgdownSyntax();
        syntax.read(in);
        return syntax;
    }

    /** Each block is read into the elements as soon as it is complete, so the file is never held whole. */
    void read(Reader in) throws IOException {
        var lines = new ArgdownLines(in);
        frontMatter(lines);
        Argument previous = null;
        for (List<Line> block = lines.block(); block != null; block = lines.block()) {
            String first = block.getFirst().text();
            int line = block.getFirst().number();
            Matcher heading = HEADING.matcher(first);
            if (heading.matches() && block.size() == 1) {
                heading(heading.group(2), line);
                previous = null;
            } else if (NUMBERED.matcher(first).matches()) {
                pcs(block, previous);
                previous = null;
            } else if (LIST_ITEM.matcher(first).find()) {
                unmapped.add(new Unmapped(
                        "line " + line, "list", "Argdown lists are not read; write the items as statements"));
                previous = null;
            } else {
                previous = elementBlock(block);
            }
        }
    }

    // ---- front matter, data -------------------------------------------------------------------------

    /**
     * Reads the front matter, the one part of the file buffered whole (it ends at its closing ===), and puts
     * its lines back blanked out, keeping their numbers so that line numbers stay right.
     */
    private void frontMatter(ArgdownLines lines) throws IOException {
        List<Line> read = new ArrayList<>();
        Line first = lines.raw();
        while (first != null && first.text().isBlank()) {
            read.add(first);
            first = lines.raw();
        }
        if (first == null) {
            lines.unread(read);
            return;
        }
        String opening = first.text();
        int start = 0;
        while (Character.isWhitespace(opening.charAt(start))) start++;
        if (!opening.startsWith("===", start)) {
            read.add(first);
            lines.unread(read);
            return;
        }
        int open = start;
        while (open < opening.length() && opening.charAt(open) == '=') open++;
        var text = new StringBuilder(opening);
        int close = text.indexOf("=", open);
        for (Line more = close < 0 ? lines.raw() : null; more != null; more = close < 0 ? lines.raw() : null) {
            int searched = text.length();
            text.append('\n').append(more.text());
            close = text.indexOf("=", searched);
        }
        int end = close;
        while (end >= 0 && end < text.length() && text.charAt(end) == '=') end++;
        if (close < 0 || end - close < 3) {
            throw new InterchangeFileException(
                    "line " + first.number(),
                    "The front matter opened by === is not closed by ===, or contains '=' (Argdown's front matter may not).");
        }
        Object yaml = ArgdownData.load(text.substring(open, close), first.number());
        if (yaml != null)
            frontMatter.putAll(ArgdownData.Fields.of(yaml, first.number(), "The front matter")
                    .values());
        ArgdownLines.blank(text, start, end);
        String[] blanked = text.toString().split("\n", -1);
        for (int j = 0; j < blanked.length; j++) read.add(new Line(first.number() + j, blanked[j]));
        lines.unread(read);
    }

    /**
     * The end (exclusive) of the YAML flow data starting at {@code start}, or -1 when it is not closed. A
     * quote opens a quoted scalar only where YAML allows one (after {@code { [ , :}), so that an apostrophe
     * in a plain value ({@code l'URSS}) does not.
     */
    static int dataEnd(CharSequence text, int start) {
        int depth = 0;
        char previous = '{';
        for (int j = start; j < text.length(); j++) {
            char c = text.charAt(j);
            if ((c == '"' || c == '\'') && "{[,:".indexOf(previous) >= 0) {
                j = quoteEnd(text, j);
                if (j < 0) return -1;
                previous = c;
                continue;
            }
            if (c == '{' || c == '[') depth++;
            else if (c == '}' || c == ']') {
                depth--;
                if (depth == 0) return j + 1;
            }
            if (!Character.isWhitespace(c)) previous = c;
        }
        return -1;
    }

    private static int quoteEnd(CharSequence text, int open) {
        char q = text.charAt(open);
        for (int j = open + 1; j < text.length(); j++) {
            char c = text.charAt(j);
            if (q == '"' && c == '\\') j++;
            else if (c == q) {
                if (q == '\'' && j + 1 < text.length() && text.charAt(j + 1) == '\'') j++;
                else return j;
            }
        }
        return -1;
    }

    /** Whether the line holds YAML data { … } that it does not close. */
    static boolean openData(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '{') {
                int end = dataEnd(s, i);
                if (end < 0) return true;
                i = end - 1;
            }
        }
        return false;
    }

    // ---- blocks ---------------------------------------------------------------------------------------

    private void heading(String content, int line) {
        headings++;
        var parts = content(content, line);
        Object wanted = parts.data().get("section");
        if (wanted != null && SectionId.isValid(String.valueOf(wanted))) {
            section = String.valueOf(wanted);
        } else {
            section = Integer.toString(Math.min(headings, 99));
            unmapped.add(new Unmapped(
                    "line " + line,
                    "heading '" + parts.text() + "'",
                    "section titles are not kept; the statements under it are in section " + section));
        }
    }

    private @Nullable Argument elementBlock(List<Line> block) {
        Line first = block.getFirst();
        Element top = element(first.text().strip(), first.number());
        Object topItem = register(top, first.number());
        if (topItem instanceof Argument a && a.order >= Integer.MAX_VALUE - 1_000_000) {
            a.order = ++order;
            a.line = first.number();
            a.section = section;
        }
        List<Object[]> stack = new ArrayList<>(); // {indent, Ref}
        stack.add(new Object[] {-1, top.ref()});
        Ref last = top.ref();
        for (Line line : block.subList(1, block.size())) {
            last = followingLine(line, stack, last);
        }
        return topItem instanceof Argument a ? a : null;
    }

    /** A relation line below an element, or more text of the element before it. */
    private Ref followingLine(Line line, List<Object[]> stack, Ref last) {
        Matcher m = RELATION.matcher(line.text());
        if (m.matches() && !m.group(3).isBlank()) {
            int indent = m.group(1).replace("\t", "    ").length();
            while (stack.size() > 1 && (int) stack.getLast()[0] >= indent) stack.removeLast();
            Ref parent = (Ref) stack.getLast()[1];
            Element child = element(m.group(3).strip(), line.number());
            register(child, line.number());
            relation(parent, child.ref(), m.group(2), line.number());
            stack.add(new Object[] {indent, child.ref()});
            return child.ref();
        }
        var parts = content(line.text().strip(), line.number());
        if (last.argument()) {
            Argument a = arguments.get(last.title());
            if (a != null) {
                a.description = join(a.description, parts.text());
                parts.data().forEach(a.data::putIfAbsent);
                a.tags.addAll(parts.tags());
            }
        } else {
            Statement s = statements.get(last.title());
            if (s != null) {
                s.text = join(s.text, parts.text());
                parts.data().forEach(s.data::putIfAbsent);
                s.tags.addAll(parts.tags());
            }
        }
        return last;
    }

    private static @Nullable String join(@Nullable String before, @Nullable String more) {
        if (more == null || more.isEmpty()) return before;
        return before == null || before.isEmpty() ? more : before + " " + more;
    }

    private void relation(Ref parent, Ref child, String symbol, int line) {
        switch (symbol) {
            case "+>" -> relations.add(new Relation(parent, child, "support", line));
            case "->" -> relations.add(new Relation(parent, child, "attack", line));
            case "_>" -> relations.add(new Relation(parent, child, "undercut", line));
            case "<+", "+" -> relations.add(new Relation(child, parent, "support", line));
            case "<-", "-" -> relations.add(new Relation(child, parent, "attack", line));
            case "<_" -> relations.add(new Relation(child, parent, "undercut", line));
            default -> relations.add(new Relation(parent, child, "contradiction", line));
        }
    }

    /** A premise–conclusion structure, the reconstruction of the argument in the block before it if any. */
    private void pcs(List<Line> block, @Nullable Argument previous) {
        int line = block.getFirst().number();
        Argument argument = previous;
        if (argument == null || !argument.steps.isEmpty()) {
            String title = "argument-" + (++untitled);
            while (arguments.containsKey(title)) title = "argument-" + (++untitled);
            argument = new Argument(title, line, section, ++order);
            arguments.put(title, argument);
        }
        List<Numbered> pending = new ArrayList<>();
        List<String> rules = List.of();
        Map<String, Object> inferenceData = Map.of();
        int inferenceLine = -1;
        List<Object[]> stack = new ArrayList<>();
        Ref last = null;
        for (int i = 0; i < block.size(); i++) {
            Line l = block.get(i);
            Matcher numbered = NUMBERED.matcher(l.text());
            if (numbered.matches()) {
                Element e = element(numbered.group(2).strip(), l.number());
                if (e.ref().argument()) {
                    throw new InterchangeFileException(
                            "line " + l.number(), "A premise or conclusion must be a statement, not an argument.");
                }
                register(e, l.number());
                var entry = new Numbered(
                        Integer.parseInt(numbered.group(1).length() > 9 ? "0" : numbered.group(1)),
                        e.ref().title());
                if (inferenceLine >= 0) {
                    argument.steps.add(new Step(List.copyOf(pending), entry, rules, inferenceData, inferenceLine));
                    pending.clear();
                    inferenceLine = -1;
                }
                pending.add(entry);
                argument.numbered.put(entry.number(), entry.title());
                stack.clear();
                stack.add(new Object[] {-1, e.ref()});
                last = e.ref();
            } else if (INFERENCE.matcher(l.text()).find()) {
                if (inferenceLine >= 0 || pending.isEmpty()) {
                    throw new InterchangeFileException(
                            "line " + l.number(), "An inference line must follow a numbered premise.");
                }
                var inference = new StringBuilder(l.text().strip().replaceFirst("^-+", ""));
                if (!closesInference(l.text())) {
                    while (i + 1 < block.size()) {
                        String next = block.get(++i).text();
                        inference.append(' ').append(next.strip());
                        if (next.contains("--")) break;
                    }
                }
                String content = inference.toString().replaceAll("-+\\s*$", "").strip();
                var parts = content(content, l.number());
                rules = parts.text() == null || parts.text().isBlank()
                        ? List.of()
                        : List.of(parts.text().split("\\s*,\\s*"));
                inferenceData = parts.data();
                // The conclusion of a step stays in the pending list: it is a premise of the next step
                // unless the inference's data says which statements it uses.
                inferenceLine = l.number();
            } else if (last != null) {
                last = followingLine(l, stack, last);
            }
        }
        if (inferenceLine >= 0) {
            throw new InterchangeFileException(
                    "line " + inferenceLine, "The inference line is not followed by a conclusion.");
        }
        if (argument.steps.isEmpty()) {
            unmapped.add(new Unmapped(
                    "line " + line,
                    "numbered statements",
                    "no inference line (----) separates premises from a conclusion, so they form no argument"));
        }
    }

    /** {@code ----} or {@code -- rule --} on one line; a lone {@code --} opens an inference over several lines. */
    private static boolean closesInference(String line) {
        String s = line.strip();
        if (s.matches("-{4,}")) return true;
        String inner = s.replaceFirst("^--", "");
        return !inner.matches("-*") && inner.contains("--");
    }

    // ---- elements -------------------------------------------------------------------------------------

    private record Content(@Nullable String text, Map<String, Object> data, List<String> tags) {}

    private Element element(String s, int line) {
        if (s.startsWith("[") || s.startsWith("<")) {
            char close = s.charAt(0) == '[' ? ']' : '>';
            int end = s.indexOf(close, 1);
            boolean link = end > 0 && s.charAt(0) == '[' && end + 1 < s.length() && s.charAt(end + 1) == '(';
            if (end > 1 && !link) {
                String title = s.substring(1, end).strip();
                boolean argument = close == '>';
                String rest = s.substring(end + 1);
                boolean definition = rest.startsWith(":");
                var parts = content(definition ? rest.substring(1) : rest, line);
                String text = definition ? parts.text() : null;
                if (!definition && parts.text() != null && !parts.text().isBlank()) {
                    unmapped.add(new Unmapped(
                            "line " + line,
                            "text '" + parts.text() + "'",
                            "text after a reference without ':' is not part of the element"));
                }
                if (!title.isEmpty()) return new Element(new Ref(argument, title), text, parts.data(), parts.tags());
            }
        }
        var parts = content(s, line);
        String title = "untitled-" + (++untitled);
        while (statements.containsKey(title)) title = "untitled-" + (++untitled);
        return new Element(new Ref(false, title), parts.text(), parts.data(), parts.tags());
    }

    /** Splits an element's content into its text (unescaped, tags removed), data and tags. */
    private Content content(String s, int line) {
        int dataStart = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') i++;
            else if (c == '{') {
                dataStart = i;
                break;
            }
        }
        Map<String, Object> data = Map.of();
        String text = s;
        if (dataStart >= 0) {
            int end = dataEnd(s, dataStart);
            if (end < 0) throw new InterchangeFileException("line " + line, "The data { … } is not closed.");
            data = ArgdownData.Fields.of(ArgdownData.load(s.substring(dataStart, end), line), line, "The data { … }")
                    .values();
            String after = s.substring(end).strip();
            if (!after.isEmpty()) {
                unmapped.add(
                        new Unmapped("line " + line, "text '" + after + "'", "text after the data { … } is ignored"));
            }
            text = s.substring(0, dataStart);
        }
        List<String> tags = new ArrayList<>();
        var kept = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                kept.append(text.charAt(++i));
            } else if (c == '#') {
                Matcher tag = TAG.matcher(text).region(i, text.length());
                if (tag.lookingAt()) {
                    String name = tag.group(1);
                    tags.add(name.startsWith("(") ? name.substring(1, name.length() - 1) : name);
                    i = tag.end() - 1;
                } else {
                    kept.append(c);
                }
            } else {
                kept.append(c);
            }
        }
        String clean = kept.toString().replaceAll("[ \\t\\n]+", " ").strip();
        return new Content(clean.isEmpty() ? null : clean, data, tags);
    }

    private Object register(Element e, int line) {
        if (e.ref().argument()) {
            Argument a = arguments.computeIfAbsent(
                    e.ref().title(),
                    t -> new Argument(t, line, section, Integer.MAX_VALUE - 1_000_000 + arguments.size()));
            if (e.text() != null) {
                if (a.description == null) a.description = e.text();
                else if (!a.description.equals(e.text())) differentText("argument <" + a.title + ">", line);
            }
            e.data().forEach(a.data::putIfAbsent);
            a.tags.addAll(e.tags());
            return a;
        }
        Statement s =
                statements.computeIfAbsent(e.ref().title(), t -> new Statement(t, line, section, Integer.MAX_VALUE));
        if (e.text() != null) {
            if (s.text == null) {
                s.text = e.text();
                s.line = line;
                s.section = section;
                s.order = ++order;
            } else if (!s.text.equals(e.text())) {
                differentText("statement [" + s.title + "]", line);
            }
        } else if (s.order == Integer.MAX_VALUE && s.text == null) {
            s.order = Integer.MAX_VALUE - 1_000_000 + statements.size();
        }
        e.data().forEach(s.data::putIfAbsent);
        s.tags.addAll(e.tags());
        return s;
    }

    private void differentText(String what, int line) {
        unmapped.add(new Unmapped(
                "line " + line, what, "defined again with another text; Disputatio keeps the first text of a claim"));
    }
}
