package org.disputatio.seminars.moderation;

import java.util.Locale;

/** Where a mark stands: open until a moderator decides; a restored item's mark may be hidden again. */
public enum ReviewStatus {
    /** Waiting for a moderator. */
    OPEN,
    /** The moderator kept the item as it is. */
    RESOLVED,
    /** The item is hidden from everyone but moderators (who see it in the queue). */
    HIDDEN,
    /** The item was hidden and is shown again. */
    RESTORED,
    /** The item was removed through its own delete path (undone through the history). */
    REMOVED;

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
