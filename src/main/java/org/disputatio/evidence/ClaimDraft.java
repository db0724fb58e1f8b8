package org.disputatio.evidence;

import org.jspecify.annotations.Nullable;

/**
 * A claim a user writes. {@code kind} is one of thesis, conclusion, premise, counter-claim, rebuttal,
 * concession; the text (at most 2000 characters) is the user's paraphrase, the optional anchor the
 * exact words in the document.
 */
public record ClaimDraft(String kind, String text, @Nullable String section, @Nullable DocumentAnchor anchor) {}
