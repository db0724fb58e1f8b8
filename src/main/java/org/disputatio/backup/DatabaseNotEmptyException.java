package org.disputatio.backup;

/** A restore into a database that already holds content (more than accounts and the migrations' bookkeeping). */
public class DatabaseNotEmptyException extends RuntimeException {

    private final long nodes;

    public DatabaseNotEmptyException(long nodes) {
        super("The database is not empty: it holds " + nodes
                + " items besides accounts and the schema's bookkeeping. Restore only into a new database"
                + " (start the app with an empty data directory and DISPUTATIO_IMPORT_SHIPPED_MAPS=false).");
        this.nodes = nodes;
    }

    public long nodes() {
        return nodes;
    }
}
