package org.disputatio.security.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.security.ApiClient.basic;

import java.util.UUID;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Admins set up a seminar by script: create accounts and list them; nobody else may. */
@IntegrationTest
class AccountsApiIT {

    static final String ADMIN = basic("admin", IntegrationTest.ADMIN_PASSWORD);
    static final String ADA = basic("ada", TestUsers.PASSWORD);

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TestUsers.ensure(accounts, "ada");
    }

    static String fresh() {
        return "student-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String account(String username, String password, String role) {
        return "{\"username\":\"%s\",\"password\":\"%s\",\"role\":\"%s\"}".formatted(username, password, role);
    }

    @Test
    void admin_createsAccounts_thatCanSignInWithTheirRole() throws Exception {
        String student = fresh();
        String tutor = fresh();

        var created = api.send("POST", "/api/accounts", ADMIN, account(student, "student-password", "user"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("username").asString()).isEqualTo(student);
        assertThat(created.body().get("role").asString()).isEqualTo("user");
        assertThat(created.header("Location")).isEqualTo("/api/accounts/" + student);
        assertThat(api.send("POST", "/api/accounts", ADMIN, account(tutor, "tutor-password", "admin"))
                        .body()
                        .get("role")
                        .asString())
                .isEqualTo("admin");

        assertThat(api.send("GET", "/api/tokens", basic(student, "student-password"), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/accounts", basic(student, "student-password"), null)
                        .status())
                .isEqualTo(403);
        assertThat(api.send("GET", "/api/accounts", basic(tutor, "tutor-password"), null)
                        .status())
                .isEqualTo(200);

        var listed = api.send("GET", "/api/accounts", ADMIN, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body()
                        .valueStream()
                        .filter(a -> a.get("username").asString().equals(student))
                        .findFirst()
                        .orElseThrow()
                        .propertyNames())
                .containsExactlyInAnyOrder("username", "role");
        assertThat(listed.body()
                        .valueStream()
                        .filter(a -> a.get("username").asString().equals("admin"))
                        .map(a -> a.get("role").asString()))
                .containsExactly("admin");
        assertThat(listed.raw().body()).doesNotContain("password");
    }

    @Test
    void existingUsername_is409() throws Exception {
        var duplicate = api.send("POST", "/api/accounts", ADMIN, account("ada", "another-password", "user"));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.contentType()).startsWith("application/problem+json");
        assertThat(duplicate.body().get("detail").asString()).contains("'ada' already exists");
    }

    @Test
    void badInput_is400_namingTheField() throws Exception {
        record Case(String body, String field) {}
        for (var c : new Case[] {
            new Case(account("a b", "long-enough-pw", "user"), "username"),
            new Case("{\"password\":\"long-enough-pw\",\"role\":\"user\"}", "username"),
            new Case(account(fresh(), "short", "user"), "password"),
            new Case(account(fresh(), "long-enough-pw", "root"), "role"),
            new Case("{\"username\":\"" + fresh() + "\",\"password\":\"long-enough-pw\"}", "role")
        }) {
            var refused = api.send("POST", "/api/accounts", ADMIN, c.body());
            assertThat(refused.status()).as(c.body()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body().get("field").asString()).as(c.body()).isEqualTo(c.field());
        }
    }

    @Test
    void nonAdmins_get403_andAnonymousVisitors401() throws Exception {
        String name = fresh();
        var byUser = api.send("POST", "/api/accounts", ADA, account(name, "long-enough-pw", "admin"));
        assertThat(byUser.status()).isEqualTo(403);
        assertThat(byUser.contentType()).startsWith("application/problem+json");
        assertThat(api.send("GET", "/api/accounts", ADA, null).status()).isEqualTo(403);

        assertThat(api.send("POST", "/api/accounts", null, account(name, "long-enough-pw", "user"))
                        .status())
                .isEqualTo(401);
        var anonymousList = api.send("GET", "/api/accounts", null, null);
        assertThat(anonymousList.status()).isEqualTo(401);
        assertThat(anonymousList.contentType()).startsWith("application/problem+json");
        assertThat(accounts.accounts()).noneMatch(a -> a.username().equals(name));
    }

    @Test
    void admin_setsAnAccountsPassword_theOldOneStopsWorking_andNobodyElseMay() throws Exception {
        String student = fresh();
        assertThat(api.send("POST", "/api/accounts", ADMIN, account(student, "first-password", "user"))
                        .status())
                .isEqualTo(201);

        var byUser = api.send(
                "PUT", "/api/accounts/" + student + "/password", ADA, "{\"password\":\"taken-over-password\"}");
        assertThat(byUser.status()).isEqualTo(403);
        assertThat(byUser.contentType()).startsWith("application/problem+json");
        assertThat(api.send(
                                "PUT",
                                "/api/accounts/" + student + "/password",
                                null,
                                "{\"password\":\"taken-over-password\"}")
                        .status())
                .isEqualTo(401);
        assertThat(api.send("GET", "/api/tokens", basic(student, "first-password"), null)
                        .status())
                .isEqualTo(200);

        var set =
                api.send("PUT", "/api/accounts/" + student + "/password", ADMIN, "{\"password\":\"second-password\"}");
        assertThat(set.status()).isEqualTo(204);
        assertThat(api.send("GET", "/api/tokens", basic(student, "second-password"), null)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", "/api/tokens", basic(student, "first-password"), null)
                        .status())
                .isEqualTo(401);

        var tooShort = api.send("PUT", "/api/accounts/" + student + "/password", ADMIN, "{\"password\":\"short\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body().get("field").asString()).isEqualTo("password");
        var unknown = api.send(
                "PUT", "/api/accounts/nobody-" + student + "/password", ADMIN, "{\"password\":\"second-password\"}");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknown.body().get("detail").asString()).isEqualTo("There is no account 'nobody-" + student + "'.");
    }
}
