package org.disputatio.maps;

/**
 * Where something sits in a reading text. The quote is what counts: the position is derived from
 * it and is recomputed from it whenever the reading text changes.
 */
public record Anchor(TextQuoteSelector quote, TextPositionSelector position) {

    public Anchor {
        if (position.end() - position.start() != quote.exact().length()) {
            throw new IllegalArgumentException("Position " + position + " does not span the quote's "
                    + quote.exact().length() + " chars");
        }
    }

    public String exact() {
        return quote.exact();
    }

    public int start() {
        return position.start();
    }

    public int end() {
        return position.end();
    }

    public TextRange range() {
        return position.range();
    }
}
