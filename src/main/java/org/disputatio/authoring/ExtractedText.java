package org.disputatio.authoring;

import java.util.List;
import org.disputatio.maps.TextRange;

/**
 * The text read from a file, before normalisation: pages separated by form feeds (PDF), paragraphs by
 * blank lines, each heading the file marked up on a line of its own, at {@code headings} (ranges of
 * {@code text}).
 */
record ExtractedText(TextFormat format, String text, List<TextRange> headings) {

    ExtractedText {
        headings = List.copyOf(headings);
    }
}
