package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium (issue 13 point 1): a teacher creates a group from the menu and makes an invitation; a student without
 * an account opens the link, registers with it (the default mode asks for an invitation), signs in and lands on the
 * group's page as a member, where the teacher sees them.
 */
@IntegrationTest
class GroupsBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    static final String TEACHER = "gb-teacher";
    static final String STUDENT = "gb-student";
    static final String STUDENT_PASSWORD = "student-password-42";

    @Autowired
    Driver driver;

    @Autowired
    AccountService accounts;

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void aTeacherInvites_andAStudentRegistersWithTheLink_andLandsInTheGroup() {
        TestUsers.ensure(accounts, TEACHER);
        Page teacher = chromium.newPage(1280, 900, "en-US");
        chromium.signIn(teacher, TEACHER, TestUsers.PASSWORD);

        teacher.locator("vaadin-side-nav-item:has-text('Groups')").click();
        teacher.waitForURL(u -> u.endsWith("/groups"));
        teacher.locator("#new-group-name input").fill("Source criticism 101");
        teacher.locator("#create-group").click();
        teacher.waitForURL(u -> u.matches(".*/groups/g-[0-9a-z]{12}$"));
        String groupPath = teacher.url().substring(teacher.url().indexOf("/groups/"));
        assertThat(teacher.locator("#group-name").textContent()).isEqualTo("Source criticism 101");
        assertThat(teacher.locator("#my-role").textContent()).isEqualTo("Your role: owner");

        teacher.locator("#create-invitation").click();
        teacher.locator("#new-invitation").waitFor();
        String link = teacher.locator("#invitation-url input").inputValue();
        String code = teacher.locator("#invitation-code input").inputValue();
        assertThat(link).isEqualTo(chromium.url("/join/" + code));
        assertThat(code).hasSize(16);

        Page student = chromium.newPage(1280, 900, "en-US");
        student.navigate(chromium.url("/login"));
        // The default mode (invite) lets people register, so the sign-in page offers it.
        student.locator("#register-link").waitFor();
        student.navigate(link);
        student.locator("#invitation-message").waitFor();
        assertThat(student.locator("#invitation-message").textContent())
                .isEqualTo("You are invited to join “Source criticism 101” as member.");
        student.locator("#join-register").click();
        student.waitForURL(u -> u.contains("/register?invitation=" + code));
        assertThat(student.locator("#register-invitation input").inputValue()).isEqualTo(code);
        student.locator("#register-username input").fill(STUDENT);
        student.locator("#register-password input").fill(STUDENT_PASSWORD);
        student.locator("#register-submit").click();
        student.waitForURL(u -> u.contains("/login"));
        Chromium.signInOnThePage(student, STUDENT, STUDENT_PASSWORD);

        student.waitForURL(u -> u.endsWith(groupPath));
        student.locator("#my-role").waitFor();
        assertThat(student.locator("#group-name").textContent()).isEqualTo("Source criticism 101");
        assertThat(student.locator("#my-role").textContent()).isEqualTo("Your role: member");
        assertThat(student.locator("#create-invitation").isVisible()).isFalse();

        teacher.reload();
        teacher.locator("#members-grid vaadin-grid-cell-content:text-is('" + STUDENT + "')")
                .waitFor();
        assertThat(teacher.locator("#members-grid vaadin-grid-cell-content:text-is('" + TEACHER + "')")
                        .count())
                .isEqualTo(1);
    }
}
