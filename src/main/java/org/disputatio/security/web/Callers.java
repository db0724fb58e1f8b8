package org.disputatio.security.web;

import org.disputatio.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Who is calling, for endpoints that must refuse anonymous visitors or non-admins themselves. */
final class Callers {

    private Callers() {}

    static String signedIn(@Nullable Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new NotSignedInException();
        }
        return authentication.getName();
    }

    static String admin(@Nullable Authentication authentication) {
        String username = signedIn(authentication);
        boolean admin = authentication.getAuthorities().stream()
                .anyMatch(a -> ("ROLE_" + Role.ADMIN.name()).equals(a.getAuthority()));
        if (!admin) {
            throw new AccessDeniedException("Only administrators manage accounts.");
        }
        return username;
    }
}
