package org.disputatio.seminars.rounds;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A round as stored: what it rates, the items in the order the instructor chose them, and whether it is open. */
public record Round(
        String id,
        String mapId,
        RoundKind kind,
        boolean open,
        List<String> items,
        String openedBy,
        Instant openedAt,
        @Nullable Instant closedAt) {

    public Round {
        items = List.copyOf(items);
    }

    public String status() {
        return open ? "open" : "closed";
    }
}
