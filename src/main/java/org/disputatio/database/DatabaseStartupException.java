package org.disputatio.database;

/**
 * Start-up cannot go on because of the database. The message names the setting to change, so the
 * operator does not have to read a stack trace.
 */
public class DatabaseStartupException extends RuntimeException {

    private final String setting;

    public DatabaseStartupException(String setting, String message, Throwable cause) {
        super(message, cause);
        this.setting = setting;
    }

    public DatabaseStartupException(String setting, String message) {
        super(message);
        this.setting = setting;
    }

    public String setting() {
        return setting;
    }
}
