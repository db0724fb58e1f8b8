package org.disputatio.security;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.springframework.stereotype.Repository;

/** Personal API tokens, as :ApiToken nodes held by a :User. Only the SHA-256 hash of a token is stored. */
@Repository
class ApiTokens {

    /** Who a token speaks for, read when the token is presented. */
    record Holder(String tokenId, String username, EnumSet<Role> roles) {}

    private static final String CREATE = """
            MATCH (u:User {username: $username})
            CREATE (u)-[:HOLDS]->(t:ApiToken {id: $id, hash: $hash, name: $name, createdAt: $createdAt})
            RETURN t.id AS id
            """;
    private static final String OF_USER = """
            MATCH (:User {username: $username})-[:HOLDS]->(t:ApiToken)
            RETURN t.id AS id, t.name AS name, t.createdAt AS createdAt, t.lastUsedAt AS lastUsedAt
            ORDER BY t.createdAt, t.id
            """;
    private static final String REVOKE = """
            MATCH (:User {username: $username})-[:HOLDS]->(t:ApiToken {id: $id})
            WITH t, t.hash AS hash
            DETACH DELETE t
            RETURN hash
            """;
    private static final String BY_HASH = """
            MATCH (u:User)-[:HOLDS]->(t:ApiToken {hash: $hash})
            RETURN t.id AS id, u.username AS username, u.roles AS roles
            """;
    private static final String TOUCH = """
            MATCH (t:ApiToken {id: $id})
            SET t.lastUsedAt = $at
            """;

    private final Driver driver;

    ApiTokens(Driver driver) {
        this.driver = driver;
    }

    /** False if there is no such user. */
    boolean create(String username, String id, String hash, String name, Instant createdAt) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(
                            CREATE,
                            Map.of(
                                    "username",
                                    username,
                                    "id",
                                    id,
                                    "hash",
                                    hash,
                                    "name",
                                    name,
                                    "createdAt",
                                    createdAt.atZone(ZoneOffset.UTC)))
                    .hasNext());
        }
    }

    List<ApiToken> of(String username) {
        try (var session = driver.session()) {
            return session.executeRead(
                    tx -> tx.run(OF_USER, Map.of("username", username)).list(ApiTokens::toToken));
        }
    }

    /** The hash of the revoked token, or empty if the user holds no token with this id. */
    Optional<String> revoke(String username, String id) {
        try (var session = driver.session()) {
            return session.executeWrite(tx -> tx.run(REVOKE, Map.of("username", username, "id", id)).stream()
                    .findFirst()
                    .map(r -> r.get("hash").asString()));
        }
    }

    Optional<Holder> holderOf(String hash) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(BY_HASH, Map.of("hash", hash)).stream()
                    .findFirst()
                    .map(r -> new Holder(
                            r.get("id").asString(),
                            r.get("username").asString(),
                            r.get("roles").asList(v -> Role.valueOf(v.asString())).stream()
                                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class))))));
        }
    }

    void touch(String id, Instant at) {
        var params = new HashMap<String, Object>();
        params.put("id", id);
        params.put("at", at.atZone(ZoneOffset.UTC));
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(TOUCH, params));
        }
    }

    private static ApiToken toToken(Record r) {
        var lastUsed = r.get("lastUsedAt");
        @Nullable
        Instant lastUsedAt =
                lastUsed.isNull() ? null : lastUsed.asZonedDateTime().toInstant();
        return new ApiToken(
                r.get("id").asString(),
                r.get("name").asString(),
                r.get("createdAt").asZonedDateTime().toInstant(),
                lastUsedAt);
    }
}
