package org.disputatio.sources;

/**
 * Something wrong in a bibliography file.
 *
 * @param line the 1-based line it is on
 * @param id the id of the entry concerned, or an empty string when it has none
 */
public record BibliographyProblem(int line, String id, String message) {}
