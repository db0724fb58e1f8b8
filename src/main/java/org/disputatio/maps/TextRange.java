package org.disputatio.maps;

/**
 * A half-open range {@code [start, end)} of UTF-16 char offsets in one text.
 */
public record TextRange(int start, int end) {

    public TextRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a range: [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public String of(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
