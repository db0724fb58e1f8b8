package org.disputatio.evidence;

import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Resolves who is writing: every write needs an existing account, whatever the caller (view or REST). */
@Component
class Writers {

    private final AccountService accounts;

    Writers(AccountService accounts) {
        this.accounts = accounts;
    }

    Writer require(@Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to change the map.");
        }
        try {
            var user = accounts.loadUserByUsername(username);
            boolean admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
            return new Writer(user.getUsername(), admin);
        } catch (UsernameNotFoundException e) {
            throw new AccessDeniedException("There is no account named '" + username + "'.");
        }
    }
}
