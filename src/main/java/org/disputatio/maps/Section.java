package org.disputatio.maps;

import org.jspecify.annotations.Nullable;

/**
 * A section of a reading text. The range runs from the section's heading (or the start of the text,
 * for a preface) up to the end of its last paragraph.
 *
 * @param heading the heading as it reads, or {@code null} for a preface, which has none
 */
public record Section(SectionId id, @Nullable String heading, TextRange range) {}
