package org.disputatio.evidence;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.disputatio.shell.VisibleText;

/**
 * Where something sits in the map's reading text ({@code Document.text}): the exact words and their
 * offsets (UTF-16 indices, end exclusive). A write is refused unless {@code exact} is exactly the text
 * between {@code start} and {@code end}.
 */
public record DocumentAnchor(
        @NotNull(message = "{disputatio.required}") @VisibleText @Size(max = 20_000, message = "{disputatio.size.max}")
        String exact,

        @PositiveOrZero(message = "{disputatio.anchor.start}")
        int start,

        int end) {

    /** The span's shape: its end after its start, and as long as the quote (the text itself is checked on write). */
    @JsonIgnore
    @AssertTrue(message = "{disputatio.anchor.span}")
    public boolean isSpan() {
        return exact == null || (end > start && end - start == exact.length());
    }
}
