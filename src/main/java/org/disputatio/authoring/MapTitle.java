package org.disputatio.authoring;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.disputatio.shell.VisibleText;
import org.jspecify.annotations.Nullable;

/** A map's title as a user gives it: visible text, at most 200 characters once stripped. */
public record MapTitle(
        @NotNull(message = "{disputatio.required}")
        @VisibleText
        @Size(max = MapTitle.MAX, message = "{disputatio.size.max}")
        @Nullable
        String title) {

    public static final int MAX = 200;
}
