package org.disputatio.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.disputatio.shell.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * A claim a user writes. {@code kind} is one of thesis, conclusion, premise, counter-claim, rebuttal,
 * concession; the text (at most 2000 characters) is the user's paraphrase, the optional anchor the
 * exact words in the document; the optional {@code proponentId} a person of the map whose words these
 * are (the text's author, say), else the writer is the proponent.
 */
public record ClaimDraft(
        @NotNull(message = "{disputatio.required}")
        @Pattern(
                regexp = "\\s*(?i:thesis|conclusion|premise|counter-claim|rebuttal|concession)\\s*",
                message = "{disputatio.claim.kind}")
        String kind,

        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 2000, message = "{disputatio.size.max}")
        String text,

        @Nullable @VisibleText(blankAllowed = true) @Size(max = 200, message = "{disputatio.size.max}")
        String section,

        @Nullable @Valid DocumentAnchor anchor,

        @Nullable @Size(max = 200, message = "{disputatio.size.max}")
        String proponentId) {

    /** A claim the writer proposes. */
    public ClaimDraft(String kind, String text, @Nullable String section, @Nullable DocumentAnchor anchor) {
        this(kind, text, section, anchor, null);
    }
}
