package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The groups API of issue 13 point 1, as a script calls it: groups, invitations, members and their roles. */
@IntegrationTest
class GroupsApiIT {

    static final String OWNER = "gia-owner";
    static final String TEACHER = "gia-teacher";
    static final String STUDENT = "gia-student";
    static final String OUTSIDER = "gia-outsider";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiClient api;

    @BeforeEach
    void users() {
        api = new ApiClient(port);
        TestUsers.ensure(accounts, OWNER, TEACHER, STUDENT, OUTSIDER);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    static String as(String user) {
        return ApiClient.basic(user, TestUsers.PASSWORD);
    }

    String group(String name) throws Exception {
        var created = api.send("POST", "/api/groups", as(OWNER), "{\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.raw().body()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    String invite(String groupId, String by, String role) throws Exception {
        var invitation = api.send(
                "POST",
                "/api/groups/" + groupId + "/invitations",
                as(by),
                "{\"role\":\"" + role + "\",\"expiresInDays\":14}");
        assertThat(invitation.status()).as(invitation.raw().body()).isEqualTo(201);
        return invitation.body().get("code").asString();
    }

    void join(String groupId, String user, String role) throws Exception {
        var accepted = api.send("POST", "/api/invitations/" + invite(groupId, OWNER, role) + "/accept", as(user), null);
        assertThat(accepted.status()).as(accepted.raw().body()).isEqualTo(200);
    }

    String roleOf(String groupId, String user) throws Exception {
        var member = api.send("GET", "/api/groups/" + groupId + "/members/" + user, as(OWNER), null);
        return member.status() == 404 ? "none" : member.body().get("role").asString();
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
    }

    @Test
    void creatingAGroup_makesItsCreatorTheOwner_andListsItAmongTheirGroups() throws Exception {
        var created = api.send("POST", "/api/groups", as(OWNER), "{\"name\":\"  Source criticism, autumn  \"}");

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(id).matches("g-[0-9a-z]{12}");
        assertThat(created.header("Location")).isEqualTo("/api/groups/" + id);

        var mine = api.send("GET", "/api/groups", as(OWNER), null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().size()).isEqualTo(1);
        JsonNode group = mine.body().get(0);
        assertThat(group.get("id").asString()).isEqualTo(id);
        assertThat(group.get("name").asString()).isEqualTo("Source criticism, autumn");
        assertThat(group.get("role").asString()).isEqualTo("owner");
        assertThat(group.get("memberCount").asLong()).isEqualTo(1);
        assertThat(group.get("createdAt").asString()).isNotBlank();
        assertThat(api.send("GET", "/api/groups", as(STUDENT), null).body().size())
                .isZero();

        try (var session = driver.session()) {
            var stored = session.run(
                            "MATCH (g:Group {id: $id}), (ms:Membership {groupId: $id}) "
                                    + "RETURN g.createdBy AS by, ms.username AS member, ms.role AS role,"
                                    + " ms.since IS NOT NULL AS since",
                            Map.of("id", id))
                    .single();
            assertThat(stored.get("by").asString()).isEqualTo(OWNER);
            assertThat(stored.get("member").asString()).isEqualTo(OWNER);
            assertThat(stored.get("role").asString()).isEqualTo("owner");
            assertThat(stored.get("since").asBoolean()).isTrue();
        }
    }

    @Test
    void aGroupWithoutAUsableName_isRefusedNamingTheField() throws Exception {
        for (String body : List.of(
                "{\"name\":\"\"}",
                "{\"name\":\"   \"}",
                "{}",
                "{\"name\":\"" + "x".repeat(121) + "\"}",
                "{\"name\":\"two\\nlines\"}")) {
            var refused = api.send("POST", "/api/groups", as(OWNER), body);
            assertProblem(refused, 400);
            assertThat(refused.body().get("field").asString()).as(body).isEqualTo("name");
        }
        assertProblem(api.send("POST", "/api/groups", as(OWNER), "{\"name\":"), 400);
        assertProblem(api.send("POST", "/api/groups", null, "{\"name\":\"Anonymous\"}"), 401);
        assertProblem(api.send("GET", "/api/groups", null, null), 401);
        assertThat(api.send("GET", "/api/groups", as(OWNER), null).body().size())
                .isZero();
    }

    @Test
    void anInvitation_givesALinkAndACode_andAcceptingItJoinsTheGroupWithItsRole() throws Exception {
        String id = group("Seminar");

        var invitation = api.send(
                "POST", "/api/groups/" + id + "/invitations", as(OWNER), "{\"role\":\"member\",\"expiresInDays\":7}");

        assertThat(invitation.status()).isEqualTo(201);
        String code = invitation.body().get("code").asString();
        assertThat(code).matches("[0-9a-hjkmnp-tv-z]{16}");
        assertThat(invitation.body().get("url").asString()).isEqualTo("http://127.0.0.1:" + port + "/join/" + code);

        var accepted = api.send("POST", "/api/invitations/" + code + "/accept", as(STUDENT), null);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.body().get("groupId").asString()).isEqualTo(id);
        assertThat(accepted.body().get("role").asString()).isEqualTo("member");

        var seen = api.send("GET", "/api/groups/" + id, as(STUDENT), null);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.body().get("name").asString()).isEqualTo("Seminar");
        assertThat(seen.body().get("role").asString()).isEqualTo("member");
        assertThat(seen.body().get("memberCount").asLong()).isEqualTo(2);
        var members = api.send("GET", "/api/groups/" + id + "/members", as(STUDENT), null);
        assertThat(members.body().findValuesAsString("username")).containsExactly(OWNER, STUDENT);
        assertThat(members.body().findValuesAsString("role")).containsExactly("owner", "member");
        var me = api.send("GET", "/api/groups/" + id + "/members/" + STUDENT, as(STUDENT), null);
        assertThat(me.body().get("role").asString()).isEqualTo("member");
        assertThat(api.send("GET", "/api/groups", as(STUDENT), null)
                        .body()
                        .get(0)
                        .get("role")
                        .asString())
                .isEqualTo("member");

        // The link is for a whole seminar: a second student uses the same code.
        assertThat(api.send("POST", "/api/invitations/" + code + "/accept", as(TEACHER), null)
                        .status())
                .isEqualTo(200);
        var listed = api.send("GET", "/api/groups/" + id + "/invitations", as(OWNER), null);
        assertThat(listed.body().get(0).get("uses").asLong()).isEqualTo(2);
        assertThat(listed.body().get(0).get("createdBy").asString()).isEqualTo(OWNER);
    }

    @Test
    void invitations_checkRoleAndExpiry_andNobodyInvitesAboveTheirOwnRole() throws Exception {
        String id = group("Seminar");
        join(id, TEACHER, "instructor");
        join(id, STUDENT, "member");
        String path = "/api/groups/" + id + "/invitations";

        var unknownRole = api.send("POST", path, as(OWNER), "{\"role\":\"teacher\",\"expiresInDays\":7}");
        assertProblem(unknownRole, 400);
        assertThat(unknownRole.body().get("field").asString()).isEqualTo("role");
        for (String days : List.of("0", "91", "null", "-3")) {
            var refused = api.send("POST", path, as(OWNER), "{\"role\":\"member\",\"expiresInDays\":" + days + "}");
            assertProblem(refused, 400);
            assertThat(refused.body().get("field").asString()).as(days).isEqualTo("expiresInDays");
        }
        assertThat(api.send("POST", path, as(OWNER), "{\"role\":\"owner\",\"expiresInDays\":90}")
                        .status())
                .isEqualTo(201);
        assertThat(api.send("POST", path, as(OWNER), "{\"role\":\"viewer\",\"expiresInDays\":1}")
                        .status())
                .isEqualTo(201);

        assertThat(api.send("POST", path, as(TEACHER), "{\"role\":\"instructor\",\"expiresInDays\":7}")
                        .status())
                .isEqualTo(201);
        assertProblem(api.send("POST", path, as(TEACHER), "{\"role\":\"owner\",\"expiresInDays\":7}"), 403);
        assertProblem(api.send("POST", path, as(STUDENT), "{\"role\":\"member\",\"expiresInDays\":7}"), 403);
        assertProblem(api.send("GET", path, as(STUDENT), null), 403);
        assertProblem(api.send("POST", path, as(OUTSIDER), "{\"role\":\"member\",\"expiresInDays\":7}"), 404);
    }

    @Test
    void anUnknownCode_is404_andAnExpiredOne410_andNeitherJoins() throws Exception {
        String id = group("Seminar");
        String code = invite(id, OWNER, "member");
        try (var session = driver.session()) {
            session.run(
                    "MATCH (i:Invitation {code: $code}) SET i.expiresAt = $past",
                    Map.of(
                            "code",
                            code,
                            "past",
                            ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1)));
        }

        var expired = api.send("POST", "/api/invitations/" + code + "/accept", as(STUDENT), null);
        assertProblem(expired, 410);
        assertThat(expired.body().get("detail").asString()).contains("expired");
        assertProblem(api.send("POST", "/api/invitations/0123456789abcdef/accept", as(STUDENT), null), 404);
        assertProblem(api.send("POST", "/api/invitations/not-a-code/accept", as(STUDENT), null), 404);
        assertProblem(api.send("POST", "/api/invitations/" + code + "/accept", null, null), 401);
        assertThat(roleOf(id, STUDENT)).isEqualTo("none");
    }

    @Test
    void acceptingWhileAlreadyIn_keepsTheHigherRole() throws Exception {
        String id = group("Seminar");
        join(id, TEACHER, "instructor");
        join(id, STUDENT, "viewer");

        var teacher =
                api.send("POST", "/api/invitations/" + invite(id, OWNER, "member") + "/accept", as(TEACHER), null);
        var student =
                api.send("POST", "/api/invitations/" + invite(id, OWNER, "member") + "/accept", as(STUDENT), null);
        var owner = api.send("POST", "/api/invitations/" + invite(id, OWNER, "viewer") + "/accept", as(OWNER), null);

        assertThat(teacher.status()).isEqualTo(200);
        assertThat(teacher.body().get("role").asString()).isEqualTo("instructor");
        assertThat(student.body().get("role").asString()).isEqualTo("member");
        assertThat(owner.body().get("role").asString()).isEqualTo("owner");
        assertThat(List.of(roleOf(id, TEACHER), roleOf(id, STUDENT), roleOf(id, OWNER)))
                .containsExactly("instructor", "member", "owner");
    }

    @Test
    void outsiders_getNotFound_forEveryGroupEndpoint_asIfTheGroupDidNotExist() throws Exception {
        String id = group("Private seminar");
        join(id, STUDENT, "member");
        String base = "/api/groups/" + id;

        for (var call : List.of(
                List.of("GET", base),
                List.of("GET", base + "/members"),
                List.of("GET", base + "/members/" + STUDENT),
                List.of("GET", base + "/invitations"),
                List.of("DELETE", base + "/members/" + STUDENT))) {
            var outsider = api.send(call.get(0), call.get(1), as(OUTSIDER), null);
            var unknown = api.send(call.get(0), call.get(1).replace(id, "g-000000000000"), as(OWNER), null);
            assertProblem(outsider, 404);
            assertProblem(unknown, 404);
            assertThat(outsider.body().get("title").asString())
                    .isEqualTo(unknown.body().get("title").asString());
        }
        assertProblem(api.send("PUT", base + "/members/" + STUDENT, as(OUTSIDER), "{\"role\":\"owner\"}"), 404);
        assertProblem(
                api.send("POST", base + "/invitations", as(OUTSIDER), "{\"role\":\"member\",\"expiresInDays\":7}"),
                404);
        assertProblem(api.send("GET", base + "/members/" + OUTSIDER, as(OWNER), null), 404);
        assertThat(roleOf(id, STUDENT)).isEqualTo("member");
        // Admins act as owners of every group (ADR 037).
        var admin = api.send("GET", base, ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD), null);
        assertThat(admin.status()).isEqualTo(200);
        assertThat(admin.body().get("role").asString()).isEqualTo("owner");
    }

    @Test
    void roleChanges_stayBelowTheChangersOwnRole_andOnlyOwnersMakeOwners() throws Exception {
        String id = group("Seminar");
        join(id, TEACHER, "instructor");
        join(id, STUDENT, "member");
        String student = "/api/groups/" + id + "/members/" + STUDENT;

        var toViewer = api.send("PUT", student, as(TEACHER), "{\"role\":\"viewer\"}");
        assertThat(toViewer.status()).isEqualTo(200);
        assertThat(toViewer.body().get("username").asString()).isEqualTo(STUDENT);
        assertThat(toViewer.body().get("role").asString()).isEqualTo("viewer");
        assertProblem(api.send("PUT", student, as(TEACHER), "{\"role\":\"owner\"}"), 403);
        assertProblem(
                api.send("PUT", "/api/groups/" + id + "/members/" + OWNER, as(TEACHER), "{\"role\":\"member\"}"), 403);
        assertProblem(
                api.send("PUT", "/api/groups/" + id + "/members/" + TEACHER, as(STUDENT), "{\"role\":\"viewer\"}"),
                403);
        var unknownRole = api.send("PUT", student, as(OWNER), "{\"role\":\"dean\"}");
        assertProblem(unknownRole, 400);
        assertThat(unknownRole.body().get("field").asString()).isEqualTo("role");
        assertProblem(
                api.send("PUT", "/api/groups/" + id + "/members/" + OUTSIDER, as(OWNER), "{\"role\":\"member\"}"), 404);

        assertThat(api.send("PUT", "/api/groups/" + id + "/members/" + TEACHER, as(OWNER), "{\"role\":\"owner\"}")
                        .status())
                .isEqualTo(200);
        assertThat(List.of(roleOf(id, OWNER), roleOf(id, TEACHER), roleOf(id, STUDENT)))
                .containsExactly("owner", "owner", "viewer");
        try (var session = driver.session()) {
            var changed = session.run(
                            "MATCH (ms:Membership {groupId: $id, username: $user}) RETURN ms.roleChangedBy AS by",
                            Map.of("id", id, "user", TEACHER))
                    .single();
            assertThat(changed.get("by").asString()).isEqualTo(OWNER);
        }
    }

    @Test
    void theLastOwner_canNeitherLeaveNorBeDemoted_butOneOfTwoOwnersCan() throws Exception {
        String id = group("Seminar");
        String owner = "/api/groups/" + id + "/members/" + OWNER;

        assertProblem(api.send("PUT", owner, as(OWNER), "{\"role\":\"member\"}"), 409);
        var leaving = api.send("DELETE", owner, as(OWNER), null);
        assertProblem(leaving, 409);
        assertThat(leaving.body().get("detail").asString()).contains("at least one owner");
        assertThat(roleOf(id, OWNER)).isEqualTo("owner");

        join(id, TEACHER, "owner");
        assertThat(api.send("PUT", owner, as(OWNER), "{\"role\":\"instructor\"}")
                        .status())
                .isEqualTo(200);
        assertProblem(api.send("DELETE", "/api/groups/" + id + "/members/" + TEACHER, as(TEACHER), null), 409);
        assertThat(api.send("DELETE", owner, as(OWNER), null).status()).isEqualTo(204);
        assertThat(roleOf(id, OWNER)).isEqualTo("none");
    }

    @Test
    void instructorsRemoveMembers_membersLeave_butNobodyRemovesSomeoneAboveThem() throws Exception {
        String id = group("Seminar");
        join(id, TEACHER, "instructor");
        join(id, STUDENT, "member");
        join(id, OUTSIDER, "member");
        String members = "/api/groups/" + id + "/members/";

        assertProblem(api.send("DELETE", members + OUTSIDER, as(STUDENT), null), 403);
        assertProblem(api.send("DELETE", members + OWNER, as(TEACHER), null), 403);
        assertThat(api.send("DELETE", members + OUTSIDER, as(TEACHER), null).status())
                .isEqualTo(204);
        assertThat(api.send("DELETE", members + STUDENT, as(STUDENT), null).status())
                .isEqualTo(204);
        assertProblem(api.send("DELETE", members + STUDENT, as(TEACHER), null), 404);

        assertThat(api.send("GET", "/api/groups/" + id + "/members", as(OWNER), null)
                        .body()
                        .findValuesAsString("username"))
                .containsExactly(OWNER, TEACHER);
        assertProblem(api.send("GET", "/api/groups/" + id, as(STUDENT), null), 404);
    }
}
