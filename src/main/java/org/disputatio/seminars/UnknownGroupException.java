package org.disputatio.seminars;

/** No such group, or one the caller is not in: outsiders are not told that it exists (404). */
public class UnknownGroupException extends RuntimeException {

    public UnknownGroupException(String groupId) {
        super("There is no group '" + groupId + "' that you are in.");
    }
}
