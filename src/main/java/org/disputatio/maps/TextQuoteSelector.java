package org.disputatio.maps;

/**
 * W3C Web Annotation TextQuoteSelector: the exact words, with the text just before and after them
 * to tell repeated quotes apart. An empty prefix or suffix means none was given.
 */
public record TextQuoteSelector(String exact, String prefix, String suffix) {

    public TextQuoteSelector {
        if (exact.isEmpty()) {
            throw new IllegalArgumentException("A quote selector needs exact words");
        }
    }

    public static TextQuoteSelector of(String exact) {
        return new TextQuoteSelector(exact, "", "");
    }
}
