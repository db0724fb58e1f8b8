package org.disputatio.authoring;

import java.util.Map;
import java.util.Optional;
import org.disputatio.maps.MapId;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Who may change a map. A map's owner is the {@code owner} property of its {@code :Map} node; a map without
 * one (the shipped essay, maps stored before owners existed) belongs to the admins. On a map a seminar group
 * works on, the group's owner and instructors change the structure too ({@link GroupStanding}, ADR 037).
 */
@Component
public class MapRights {

    private static final String OWNER = "MATCH (m:Map {id: $mapId}) RETURN m.owner AS owner";

    private final Driver driver;
    private final AccountService accounts;
    private final ObjectProvider<GroupStanding> groups;

    MapRights(Driver driver, AccountService accounts, ObjectProvider<GroupStanding> groups) {
        this.driver = driver;
        this.accounts = accounts;
        this.groups = groups;
    }

    /**
     * The signed-in user as an editor of the map.
     *
     * @throws AccessDeniedException if nobody is signed in or the account does not exist
     * @throws UnknownMapException if the map does not exist
     */
    public Editor require(MapId map, @Nullable String username) {
        if (username == null || username.isBlank()) {
            throw new AccessDeniedException("Sign in to change the map.");
        }
        boolean admin;
        String name;
        try {
            var user = accounts.loadUserByUsername(username);
            name = user.getUsername();
            admin = user.getAuthorities().stream().anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        } catch (UsernameNotFoundException e) {
            throw new AccessDeniedException("There is no account named '" + username + "'.");
        }
        var owner = owner(map).orElseThrow(() -> new UnknownMapException(map));
        var standing = groups.getIfAvailable();
        return new Editor(
                name, admin, owner.map(name::equals).orElse(false), standing != null && standing.directs(map, name));
    }

    /**
     * Whether the user may write to the map at all, so that views offer write controls only to those whose writes
     * the change log accepts ({@code history.WriteRights}): nobody anonymous, nor a viewer of a group's map.
     */
    public boolean mayWrite(MapId map, @Nullable String username) {
        if (username == null || username.isBlank()) return false;
        var standing = groups.getIfAvailable();
        return standing == null || standing.mayWrite(map, username);
    }

    /** Whether the account is an admin's; false for a name without an account. */
    public boolean admin(String username) {
        try {
            return accounts.loadUserByUsername(username).getAuthorities().stream()
                    .anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()));
        } catch (UsernameNotFoundException e) {
            return false;
        }
    }

    /** The map's owner (empty inside: owned by the admins); empty outside if there is no such map. */
    public Optional<Optional<String>> owner(MapId map) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(OWNER, Map.of("mapId", map.value())).stream()
                    .findFirst()
                    .map(r -> r.get("owner").isNull()
                            ? Optional.<String>empty()
                            : Optional.of(r.get("owner").asString())));
        }
    }
}
