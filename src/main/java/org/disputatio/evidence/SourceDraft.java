package org.disputatio.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.disputatio.shell.VisibleText;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;

/**
 * A source a user adds to a map's bibliography. {@code kind} is one of archival-document,
 * published-primary-source, scholarship, memoir, press, interview; {@code accessibility} one of
 * published, unpublished, classified, via-intermediary.
 */
public record SourceDraft(
        @Nullable @Size(max = 50, message = "{disputatio.authors.max}")
        List<@VisibleText(blankAllowed = true) @Size(max = 200, message = "{disputatio.size.max}") String> authors,

        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 500, message = "{disputatio.size.max}")
        String title,

        @Nullable @Range(min = -3000, max = 2200, message = "{disputatio.year}")
        Integer year,

        @NotNull(message = "{disputatio.required}")
        @Pattern(
                regexp = "\\s*(?i:archival-document|published-primary-source|scholarship|memoir|press|interview)\\s*",
                message = "{disputatio.source.kind}")
        String kind,

        @NotNull(message = "{disputatio.required}")
        @Pattern(
                regexp = "\\s*(?i:published|unpublished|classified|via-intermediary)\\s*",
                message = "{disputatio.source.accessibility}")
        String accessibility) {}
