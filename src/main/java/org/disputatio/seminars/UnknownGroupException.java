package org.disputatio.seminars;

/** The group named in a request does not exist, or the caller is not in it and may not learn that it does (404). */
public class UnknownGroupException extends RuntimeException {

    public UnknownGroupException(String groupId) {
        super("There is no group '" + groupId + "'.");
    }
}
