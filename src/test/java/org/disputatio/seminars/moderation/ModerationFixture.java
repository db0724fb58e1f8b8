package org.disputatio.seminars.moderation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.TestUsers;
import org.jspecify.annotations.Nullable;
import org.neo4j.driver.Driver;
import tools.jackson.databind.JsonNode;

/** Requests as the test users, and a seminar group made with Cypher exactly as ADR 037 lays it out. */
final class ModerationFixture {

    private final ApiCalls calls;

    ModerationFixture(int port) {
        this.calls = new ApiCalls(port);
    }

    ApiCalls.Answer send(String method, String path, @Nullable String user, @Nullable String body) throws Exception {
        String auth = user == null
                ? null
                : ApiCalls.basic(user, user.equals("admin") ? IntegrationTest.ADMIN_PASSWORD : TestUsers.PASSWORD);
        return calls.send(method, path, auth, body);
    }

    /** Sends a write that must be created (201) and returns the new id. */
    String created(String path, String user, String body) throws Exception {
        var answer = send("POST", path, user, body);
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    static String evidence(String claimId, String quote) {
        return """
                {"claimId":"%s","sourceId":"s1","locator":"p. 12","quote":"%s","stance":"for"}
                """.formatted(claimId, quote);
    }

    static String review(String itemId, String reason, String note) {
        return """
                {"itemId":"%s","reason":"%s","note":"%s"}
                """.formatted(itemId, reason, note);
    }

    static List<String> ids(JsonNode array) {
        var ids = new ArrayList<String>();
        array.forEach(node -> ids.add(node.get("id").asString()));
        return ids;
    }

    /** A group working on the maps, with these members ({@code username → role}). */
    static void group(Driver driver, String groupId, List<String> mapIds, Map<String, String> members) {
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> {
                tx.run("""
                                CREATE (:Group {id: $groupId, name: 'Seminar ' + $groupId, owner: 'admin',
                                                createdAt: datetime()})
                                WITH 1 AS one
                                UNWIND $mapIds AS mapId
                                CREATE (:GroupMap {mapId: mapId, groupId: $groupId, published: false})
                                """, Map.of("groupId", groupId, "mapIds", mapIds)).consume();
                members.forEach(
                        (username, role) -> tx.run("""
                                CREATE (:Membership {groupId: $groupId, username: $username, role: $role,
                                                     since: datetime()})
                                """, Map.of("groupId", groupId, "username", username, "role", role))
                                .consume());
            });
        }
    }
}
