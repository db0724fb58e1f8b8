package org.disputatio.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.springframework.stereotype.Repository;

/** The accounts, as :User nodes. Holds all the Cypher of this module; no driver type leaves it. */
@Repository
class Accounts {

    record StoredAccount(Account account, String passwordHash) {}

    private static final String FIND = """
            MATCH (u:User {username: $username})
            RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles, u.createdAt AS createdAt
            """;
    private static final String COUNT = "MATCH (u:User) RETURN count(u) AS n";
    private static final String CREATE = """
            CREATE (u:User {username: $username, passwordHash: $passwordHash, roles: $roles, createdAt: $createdAt})
            """;
    private static final String CREATE_IF_NONE = """
            OPTIONAL MATCH (existing:User)
            WITH count(existing) AS n
            WHERE n = 0
            CREATE (u:User {username: $username, passwordHash: $passwordHash, roles: $roles, createdAt: $createdAt})
            RETURN u.username AS username
            """;
    private static final String SET_PASSWORD = """
            MATCH (u:User {username: $username})
            SET u.passwordHash = $passwordHash
            RETURN count(u) AS n
            """;
    private static final String ALL = """
            MATCH (u:User)
            RETURN u.username AS username, u.passwordHash AS passwordHash, u.roles AS roles, u.createdAt AS createdAt
            ORDER BY u.username
            """;

    private final Driver driver;

    Accounts(Driver driver) {
        this.driver = driver;
    }

    Optional<StoredAccount> find(String username) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(FIND, Map.of("username", username)).stream()
                    .findFirst()
                    .map(Accounts::toStored));
        }
    }

    List<Account> all() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(ALL).list(r -> toStored(r).account()));
        }
    }

    long count() {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(COUNT).single().get("n").asLong());
        }
    }

    /** @throws DuplicateUsernameException if the name is taken (the unique constraint decides). */
    void create(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(CREATE, params(username, passwordHash, roles, createdAt)));
        } catch (ClientException e) {
            if (e.code().contains("ConstraintValidationFailed")) {
                throw new DuplicateUsernameException(username);
            }
            throw e;
        }
    }

    /** Creates the account only while there is no account at all; true if it did. */
    boolean createIfNoAccountExists(String username, String passwordHash, Set<Role> roles, Instant createdAt) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(CREATE_IF_NONE, params(username, passwordHash, roles, createdAt))
                    .hasNext());
        }
    }

    boolean updatePasswordHash(String username, String passwordHash) {
        try (var session = driver.session()) {
            return session.executeWrite(
                            tx -> tx.run(SET_PASSWORD, Map.of("username", username, "passwordHash", passwordHash))
                                    .single()
                                    .get("n")
                                    .asLong())
                    > 0;
        }
    }

    private static Map<String, Object> params(String username, String hash, Set<Role> roles, Instant createdAt) {
        return Map.of(
                "username",
                username,
                "passwordHash",
                hash,
                "roles",
                roles.stream().map(Role::name).sorted().toList(),
                "createdAt",
                createdAt.atZone(ZoneOffset.UTC));
    }

    private static StoredAccount toStored(Record r) {
        Set<Role> roles = r.get("roles").asList(v -> Role.valueOf(v.asString())).stream()
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        var account = new Account(
                r.get("username").asString(),
                roles,
                r.get("createdAt").asZonedDateTime().toInstant());
        return new StoredAccount(account, r.get("passwordHash").asString());
    }
}
