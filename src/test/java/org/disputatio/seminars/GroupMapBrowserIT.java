package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a seminar group's unpublished map opens in the workspace for a member of the group, while a member
 * of another group and an anonymous visitor get the 404 page, with nothing of the map on it (issue 13 point 2).
 */
@IntegrationTest
class GroupMapBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty();

    static final String MAP = "seminar-dialogue";

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void groupMap() {
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(MAP), null, SeminarFixture.OWNER);
        SeminarFixture.groupMap(driver, MAP);
    }

    private Page signedIn(String user) {
        return chromium.signIn(chromium.newPage(1440, 900, "en-US"), user, TestUsers.PASSWORD);
    }

    @Test
    void anOutsider_getsThe404Page_whileAMemberWorksInTheWorkspace() {
        Page outsider = signedIn(SeminarFixture.OUTSIDER);
        outsider.navigate(chromium.url("/workspace/" + MAP));
        outsider.locator("text=Could not navigate").first().waitFor();
        assertThat(outsider.content()).doesNotContain("Two voices");
        outsider.navigate(chromium.url("/maps"));
        outsider.locator("vaadin-grid#maps-grid").waitFor();
        assertThat(outsider.locator("vaadin-grid-cell-content:text-is('Two voices')")
                        .count())
                .as("the map is not in an outsider's list")
                .isZero();

        Page anonymous = chromium.newPage(1440, 900, "en-US");
        anonymous.navigate(chromium.url("/map/" + MAP));
        anonymous.locator("text=Could not navigate").first().waitFor();
        assertThat(anonymous.content()).doesNotContain("Two voices");

        Page member = signedIn(SeminarFixture.MEMBER);
        member.navigate(chromium.url("/maps"));
        member.locator("vaadin-grid-cell-content:text-is('Seminar A')").waitFor();
        member.navigate(chromium.url("/workspace/" + MAP));
        member.locator("h2:has-text('Two voices'), h1:has-text('Two voices')")
                .first()
                .waitFor();
        assertThat(member.content()).doesNotContain("Could not navigate");
    }
}
