package org.disputatio.seminars;

import org.springframework.security.access.AccessDeniedException;

/** The caller is in the group but their role does not allow this (403). */
public class GroupActionDeniedException extends AccessDeniedException {

    public GroupActionDeniedException(String message) {
        super(message);
    }
}
