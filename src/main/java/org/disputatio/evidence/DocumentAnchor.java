package org.disputatio.evidence;

/**
 * Where something sits in the map's reading text ({@code Document.text}): the exact words and their
 * offsets (UTF-16 indices, end exclusive). A write is refused unless {@code exact} is exactly the text
 * between {@code start} and {@code end}.
 */
public record DocumentAnchor(String exact, int start, int end) {}
