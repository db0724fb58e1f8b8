package org.disputatio.evidence;

/** The item changed since the user loaded it; nothing was written, and the user should reload and redo the change. */
public class ConcurrentEditException extends RuntimeException {

    private final long currentVersion;

    public ConcurrentEditException(String id, long expectedVersion, long currentVersion) {
        super("Someone else changed this item (" + id + ") since you opened it (your version " + expectedVersion
                + ", now " + currentVersion + "). Nothing was saved: reload it and make your change again.");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
