package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.disputatio.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@IntegrationTest
class AccountServiceIT {

    @Autowired
    AccountService accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Driver driver;

    private String storedHash(String username) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (u:User {username: $u}) RETURN u.passwordHash AS h", java.util.Map.of("u", username))
                    .single()
                    .get("h")
                    .asString();
        }
    }

    @Test
    void firstStart_createsAdminWithTheConfiguredPassword() {
        var admin = accounts.loadUserByUsername("admin");
        assertThat(encoder.matches(IntegrationTest.ADMIN_PASSWORD, admin.getPassword()))
                .isTrue();
        assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN", "ROLE_USER");
    }

    @Test
    void passwords_areStoredOnlyAsBcryptHashes() {
        accounts.createAccount("hash-check", "a-long-secret-1", Set.of());
        String hash = storedHash("hash-check");
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("a-long-secret-1");
    }

    @Test
    void firstAdmin_isNotCreatedWhenAccountsExist() {
        assertThat(accounts.createFirstAdmin("second-admin", "another-password-1"))
                .isFalse();
    }

    @Test
    void duplicateUsername_isRefused() {
        accounts.createAccount("twice", "a-long-secret-2", Set.of());
        assertThatThrownBy(() -> accounts.createAccount("twice", "a-long-secret-3", Set.of()))
                .isInstanceOf(DuplicateUsernameException.class);
    }

    @Test
    void shortPasswordOrOddName_isRefusedWithAReason() {
        assertThatThrownBy(() -> accounts.createAccount("short-pw", "abc", Set.of()))
                .hasMessageContaining("10 to 128 characters");
        assertThatThrownBy(() -> accounts.createAccount("x' OR 1=1 //", "a-long-secret-4", Set.of()))
                .hasMessageContaining("user name");
    }

    @Test
    void changePassword_needsTheCurrentOne() {
        accounts.createAccount("changer", "first-password-1", Set.of());
        assertThatThrownBy(() -> accounts.changePassword("changer", "wrong-password", "second-password-2"))
                .hasMessageContaining("current password");
        accounts.changePassword("changer", "first-password-1", "second-password-2");
        assertThat(encoder.matches("second-password-2", storedHash("changer"))).isTrue();
    }
}
