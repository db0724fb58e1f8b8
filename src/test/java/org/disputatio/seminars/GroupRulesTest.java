package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of groups that need no database: names, roles, codes and expiry. */
class GroupRulesTest {

    @Test
    void aGroupName_isStripped_andMustBeOneNonEmptyLineOfAtMost120Characters() {
        assertThat(GroupService.checkName("  Seminar  ")).isEqualTo("Seminar");
        assertThat(GroupService.checkName("x".repeat(120))).hasSize(120);
        for (String bad : new String[] {null, "", "   ", "x".repeat(121), "a\nb", "tab\there"}) {
            assertThatThrownBy(() -> GroupService.checkName(bad))
                    .isInstanceOf(GroupInputException.class)
                    .extracting(e -> ((GroupInputException) e).field())
                    .isEqualTo("name");
        }
    }

    @Test
    void rolesAreNamedAsTheApiSpellsThem_andUnknownOnesNameTheField() {
        assertThat(GroupService.checkRole("instructor")).isEqualTo(GroupRole.INSTRUCTOR);
        for (String bad : new String[] {null, "", "Owner", "teacher"}) {
            assertThatThrownBy(() -> GroupService.checkRole(bad))
                    .isInstanceOf(GroupInputException.class)
                    .extracting(e -> ((GroupInputException) e).field())
                    .isEqualTo("role");
        }
    }

    @Test
    void codes_use32UnambiguousCharacters_andDoNotRepeat() {
        assertThat(RandomCodes.ALPHABET).hasSize(32).doesNotContain("i", "l", "o", "u");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = RandomCodes.of(GroupService.CODE_LENGTH);
            assertThat(code).hasSize(16).matches("[0-9a-hjkmnp-tv-z]+");
            assertThat(seen.add(code)).isTrue();
        }
    }

    @Test
    void anInvitation_expiresAtItsExpiryInstant() {
        Instant at = Instant.parse("2026-12-01T12:00:00Z");
        var invitation = new Invitation("c", "g", GroupRole.MEMBER, at, "ada", at.minusSeconds(60), 0);

        assertThat(invitation.expired(at.minusMillis(1))).isFalse();
        assertThat(invitation.expired(at)).isTrue();
    }
}
