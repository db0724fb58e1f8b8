package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.disputatio.security.ApiClient;
import org.disputatio.security.SignInThrottle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Self-registration in each mode of {@code disputatio.registration}. The shared test app runs with the default
 * ({@code invite}); a test switches the mode as an operator's setting would, through a property source that outranks
 * application.properties, and takes it away afterwards.
 */
@IntegrationTest
class RegistrationIT {

    static final String TEACHER = "reg-teacher";
    static final String PASSWORD = "a-good-password-1";
    static final String REGISTER = "/api/accounts/registrations";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInThrottle throttle;

    @Autowired
    ConfigurableEnvironment environment;

    @Autowired
    Driver driver;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        TestUsers.ensure(accounts, TEACHER);
    }

    @AfterEach
    void restore() {
        environment.getPropertySources().remove("registration-it");
        throttle.reset();
        TestGraphs.clear(driver);
    }

    void mode(String mode) {
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("registration-it", Map.of("disputatio.registration", mode)));
    }

    String group() throws Exception {
        var created = api.send(
                "POST", "/api/groups", ApiClient.basic(TEACHER, TestUsers.PASSWORD), "{\"name\":\"Reading group\"}");
        return created.body().get("id").asString();
    }

    String invitation(String groupId) throws Exception {
        return api.send(
                        "POST",
                        "/api/groups/" + groupId + "/invitations",
                        ApiClient.basic(TEACHER, TestUsers.PASSWORD),
                        "{\"role\":\"member\",\"expiresInDays\":3}")
                .body()
                .get("code")
                .asString();
    }

    ApiClient.Response register(String username, String invitation) throws Exception {
        String field = invitation == null ? "" : ",\"invitation\":\"" + invitation + "\"";
        return api.send(
                "POST",
                REGISTER,
                null,
                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"" + field + "}");
    }

    boolean exists(String username) {
        return accounts.accounts().stream().anyMatch(a -> a.username().equals(username));
    }

    static void assertProblem(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.raw().body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void byDefault_registrationNeedsAnInvitation_andTheInvitationJoinsItsGroup() throws Exception {
        assertThat(environment.getProperty("disputatio.registration")).isNull();
        String groupId = group();

        var refused = register("reg-stranger", null);
        assertProblem(refused, 403);
        assertThat(refused.body().get("detail").asString()).contains("invitation");
        assertThat(exists("reg-stranger")).isFalse();

        var registered = register("reg-student", invitation(groupId));
        assertThat(registered.status()).as(registered.raw().body()).isEqualTo(201);
        assertThat(registered.body().get("username").asString()).isEqualTo("reg-student");
        assertThat(registered.body().get("groupId").asString()).isEqualTo(groupId);
        assertThat(registered.body().get("role").asString()).isEqualTo("member");

        var mine = api.send("GET", "/api/groups", ApiClient.basic("reg-student", PASSWORD), null);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get(0).get("id").asString()).isEqualTo(groupId);
        assertThat(mine.body().get(0).get("role").asString()).isEqualTo("member");
        try (var session = driver.session()) {
            String hash = session.run("MATCH (u:User {username: 'reg-student'}) RETURN u.passwordHash AS h")
                    .single()
                    .get("h")
                    .asString();
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        }
    }

    @Test
    void anUnknownOrExpiredInvitation_createsNoAccount() throws Exception {
        String code = invitation(group());
        try (var session = driver.session()) {
            session.run(
                    "MATCH (i:Invitation {code: $code}) SET i.expiresAt = $past",
                    Map.of(
                            "code",
                            code,
                            "past",
                            ZonedDateTime.now(ZoneOffset.UTC).minusSeconds(1)));
        }

        assertProblem(register("reg-late", code), 410);
        assertProblem(register("reg-guess", "0123456789abcdef"), 404);
        assertThat(exists("reg-late")).isFalse();
        assertThat(exists("reg-guess")).isFalse();
    }

    @Test
    void open_letsAnyoneRegister_withOrWithoutAnInvitation() throws Exception {
        mode("open");
        String groupId = group();

        var alone = register("reg-open", null);
        var invited = register("reg-open-invited", invitation(groupId));

        assertThat(alone.status()).isEqualTo(201);
        assertThat(alone.body().get("groupId").isNull()).isTrue();
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.body().get("groupId").asString()).isEqualTo(groupId);
        assertThat(api.send("GET", "/api/groups", ApiClient.basic("reg-open", PASSWORD), null)
                        .body()
                        .size())
                .isZero();
    }

    @Test
    void closed_refusesEveryone_evenWithAValidInvitation() throws Exception {
        String code = invitation(group());
        mode("closed");

        var refused = register("reg-closed", code);

        assertProblem(refused, 403);
        assertThat(refused.body().get("detail").asString()).contains("closed");
        assertThat(exists("reg-closed")).isFalse();
        // Admins still create accounts, as before.
        var byAdmin = api.send(
                "POST",
                "/api/accounts",
                ApiClient.basic("admin", IntegrationTest.ADMIN_PASSWORD),
                "{\"username\":\"reg-by-admin\",\"password\":\"" + PASSWORD + "\",\"role\":\"user\"}");
        assertThat(byAdmin.status()).isEqualTo(201);
    }

    @Test
    void userNamesAndPasswords_followTheAccountRules() throws Exception {
        mode("open");
        TestUsers.ensure(accounts, "reg-taken");

        var shortPassword = api.send("POST", REGISTER, null, "{\"username\":\"reg-short\",\"password\":\"short\"}");
        var badName = api.send("POST", REGISTER, null, "{\"username\":\"a b\",\"password\":\"" + PASSWORD + "\"}");
        var taken = register("reg-taken", null);

        assertProblem(shortPassword, 400);
        assertThat(shortPassword.body().get("field").asString()).isEqualTo("password");
        assertProblem(badName, 400);
        assertThat(badName.body().get("field").asString()).isEqualTo("username");
        assertProblem(taken, 409);
        assertThat(exists("reg-short")).isFalse();
    }

    @Test
    void refusedRegistrations_areThrottledPerAddress_like_failedSignIns() throws Exception {
        var guesser = new ApiClient(port, "127.0.0.23");
        for (int i = 0; i < 20; i++) {
            var refused = guesser.send(
                    "POST",
                    REGISTER,
                    null,
                    "{\"username\":\"reg-g" + i + "\",\"password\":\"" + PASSWORD + "\",\"invitation\":\"" + "x" + i
                            + "\"}");
            assertProblem(refused, 404);
        }
        String code = invitation(group());

        var throttled = guesser.send(
                "POST",
                REGISTER,
                null,
                "{\"username\":\"reg-after\",\"password\":\"" + PASSWORD + "\",\"invitation\":\"" + code + "\"}");

        assertProblem(throttled, 429);
        assertThat(Long.parseLong(throttled.header("Retry-After"))).isBetween(1L, 60L);
        assertThat(exists("reg-after")).isFalse();
        assertThat(register("reg-elsewhere", code).status()).isEqualTo(201);
    }
}
