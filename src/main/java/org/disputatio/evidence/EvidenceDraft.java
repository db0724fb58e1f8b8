package org.disputatio.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.disputatio.maps.Stance;
import org.disputatio.shell.VisibleText;
import org.jspecify.annotations.Nullable;

/**
 * What a user types to attach or edit an item of evidence: claim, source, locator (at most 200
 * characters), quote (at most 2000) and stance are required; the URL is http(s); the note has at most
 * 4000 characters; an anchor must match the document (checked against the stored text).
 */
public record EvidenceDraft(
        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 200, message = "{disputatio.size.max}")
        String claimId,

        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 200, message = "{disputatio.size.max}")
        String sourceId,

        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 200, message = "{disputatio.size.max}")
        String locator,

        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 2000, message = "{disputatio.size.max}")
        String quote,

        @Nullable
        @Size(max = 2000, message = "{disputatio.size.max}")
        @Pattern(regexp = "\\s*(?i:https?)://[^\\s/?#]+\\S*\\s*|\\s*", message = "{disputatio.url}")
        String url,

        @NotNull(message = "{disputatio.required}") Stance stance,

        @Nullable @VisibleText(blankAllowed = true) @Size(max = 4000, message = "{disputatio.size.max}")
        String note,

        @Nullable @Valid DocumentAnchor anchor) {}
