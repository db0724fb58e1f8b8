package org.disputatio.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sections of an essay's reading text: an optional preface, numbered sections, and optional
 * closing notes.
 *
 * <p>Rule: a paragraph is a section heading when it reads {@code N. Title} (see
 * {@link ReadingText}'s heading rule) and {@code N} is the next expected number, starting at 1;
 * numbers out of sequence are ordinary text, so a stray numbered line cannot open a section. After
 * the last numbered section, a short paragraph (at most 40 chars) starting with "Notes" opens the
 * closing notes. Whatever comes before section 1 is the preface, when there is any text there.
 */
public final class Outline {

    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2})\\. \\p{Lu}.*");

    private static final Pattern NOTES = Pattern.compile("Notes\\b.{0,34}");

    private final List<Section> sections;

    private Outline(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    public static Outline of(ReadingText reading) {
        String text = reading.text();
        record Start(SectionId id, String heading, int offset) {}
        List<Start> starts = new ArrayList<>();
        int expected = 1;
        for (TextRange paragraph : reading.paragraphs()) {
            String content = paragraph.of(text);
            Matcher numbered = NUMBERED.matcher(content);
            if (content.length() <= ReadingText.HEADING_MAX_LENGTH
                    && numbered.matches()
                    && Integer.parseInt(numbered.group(1)) == expected) {
                starts.add(new Start(SectionId.numbered(expected), content, paragraph.start()));
                expected++;
            } else if (expected > 1
                    && NOTES.matcher(content).matches()
                    && starts.stream().noneMatch(s -> s.id().equals(SectionId.NOTES))) {
                starts.add(new Start(SectionId.NOTES, content, paragraph.start()));
            }
        }
        List<Section> sections = new ArrayList<>();
        int firstStart = starts.isEmpty() ? text.length() : starts.getFirst().offset();
        if (firstStart > 0) {
            sections.add(new Section(SectionId.PREFACE, null, new TextRange(0, trimmedEnd(text, firstStart))));
        }
        for (int i = 0; i < starts.size(); i++) {
            Start start = starts.get(i);
            int end = i + 1 < starts.size() ? starts.get(i + 1).offset() : text.length();
            sections.add(
                    new Section(start.id(), start.heading(), new TextRange(start.offset(), trimmedEnd(text, end))));
        }
        return new Outline(sections);
    }

    /**
     * The sections of an imported text: when the file marked its headings (Markdown, HTML, DOCX), each of
     * them opens a section, numbered in order (up to 99; later headings stay in section 99), with the text
     * before the first as the preface; otherwise the numbered headings, by {@link #of}'s rule.
     */
    public static Outline ofImported(ReadingText reading) {
        if (reading.markedHeadings().isEmpty()) {
            return of(reading);
        }
        String text = reading.text();
        List<TextRange> headings =
                reading.markedHeadings().stream().limit(SECTION_LIMIT).toList();
        List<Section> sections = new ArrayList<>();
        int firstStart = headings.getFirst().start();
        if (firstStart > 0) {
            sections.add(new Section(SectionId.PREFACE, null, new TextRange(0, trimmedEnd(text, firstStart))));
        }
        for (int i = 0; i < headings.size(); i++) {
            TextRange heading = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : text.length();
            sections.add(new Section(
                    SectionId.numbered(i + 1),
                    heading.of(text),
                    new TextRange(heading.start(), trimmedEnd(text, end))));
        }
        return new Outline(sections);
    }

    /** Section ids go up to 99. */
    private static final int SECTION_LIMIT = 99;

    private static int trimmedEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(SectionId id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * The section holding a reading offset; an offset in the paragraph break after a section
     * belongs to that section.
     */
    public Optional<Section> sectionAt(int offset) {
        Section found = null;
        for (Section section : sections) {
            if (section.range().start() <= offset) {
                found = section;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The section holding a whole reading range, if one section holds all of it. */
    public Optional<Section> sectionOf(TextRange range) {
        Optional<Section> atStart = sectionAt(range.start());
        return atStart.filter(s -> range.end() <= s.range().end());
    }
}
