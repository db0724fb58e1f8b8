package org.disputatio.maps;

/**
 * W3C Web Annotation TextPositionSelector: {@code [start, end)} in UTF-16 chars of the reading text.
 */
public record TextPositionSelector(int start, int end) {

    public TextPositionSelector {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a position: [" + start + ", " + end + ")");
        }
    }

    public TextRange range() {
        return new TextRange(start, end);
    }
}
