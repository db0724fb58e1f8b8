package org.disputatio.seminars.moderation;

import java.util.Locale;
import java.util.Optional;

/** Why a moderator marks an item for review: a fixed list, as in Kialo Edu's flags. */
public enum ReviewReason {
    UNSUPPORTED,
    NOT_A_CLAIM,
    DUPLICATE,
    UNCLEAR,
    OFF_TOPIC,
    OFFENSIVE;

    /** The reason as the API spells it ({@code not-a-claim}, {@code off-topic}…). */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ReviewReason> fromApiName(String name) {
        for (var reason : values()) {
            if (reason.apiName().equals(name)) {
                return Optional.of(reason);
            }
        }
        return Optional.empty();
    }
}
