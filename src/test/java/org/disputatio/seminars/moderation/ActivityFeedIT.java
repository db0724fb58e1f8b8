package org.disputatio.seminars.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.seminars.moderation.ModerationFixture.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** A group's activity feed: the change logs of the group's maps merged, newest first, for its members only. */
@IntegrationTest
class ActivityFeedIT {

    static final String GROUP = "g-feed";
    static final String FEED = "/api/groups/" + GROUP + "/activity";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ModerationFixture api;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("feed-first"));
        catalog.create(SampleMaps.twoVoices("feed-second"));
        catalog.create(SampleMaps.twoVoices("feed-elsewhere"));
        TestUsers.ensure(accounts, "ada", "brigitte", "ines", "olga");
        ModerationFixture.group(
                driver,
                GROUP,
                List.of("feed-first", "feed-second"),
                Map.of("ines", "instructor", "ada", "member", "brigitte", "viewer"));
        api = new ModerationFixture(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void feed_mergesTheGroupsMaps_newestFirst_andLeavesOtherMapsOut() throws Exception {
        api.created("/api/maps/feed-first/evidence", "ada", evidence("c3", "Blue at noon."));
        api.created("/api/maps/feed-elsewhere/evidence", "olga", evidence("c3", "Elsewhere."));
        api.created("/api/maps/feed-second/sources/s1/contestations", "ines", "{\"reason\":\"Gamma was asleep.\"}");

        var feed = api.send("GET", FEED, "brigitte", null);

        assertThat(feed.status()).as(feed.body()).isEqualTo(200);
        assertThat(feed.json().get("groupId").asString()).isEqualTo(GROUP);
        assertThat(rows(feed.json()))
                .containsExactly(
                        "feed-second|Two voices|ines|SourceContested|1",
                        "feed-first|Two voices|ada|EvidenceAttached|1");
    }

    @Test
    void after_and_limit_pageTheFeed() throws Exception {
        api.created("/api/maps/feed-first/evidence", "ada", evidence("c3", "First."));
        api.created("/api/maps/feed-second/evidence", "ada", evidence("c3", "Second."));
        api.created("/api/maps/feed-first/evidence", "ines", evidence("c3", "Third."));
        JsonNode all = api.send("GET", FEED, "ada", null).json().get("activity");
        String secondAt = all.get(1).get("at").asString();

        var newest = api.send("GET", FEED + "?limit=1", "ada", null).json();
        var since = api.send("GET", FEED + "?after=" + secondAt, "ada", null).json();

        assertThat(rows(newest)).containsExactly("feed-first|Two voices|ines|EvidenceAttached|2");
        assertThat(rows(since)).containsExactly("feed-first|Two voices|ines|EvidenceAttached|2");
        assertThat(all.size()).isEqualTo(3);
        // after is strict: polling with the newest at seen gets nothing new; an instant before the oldest gets all.
        String newestAt = all.get(0).get("at").asString();
        assertThat(rows(api.send("GET", FEED + "?after=" + newestAt, "ada", null)
                        .json()))
                .isEmpty();
        String beforeAll = java.time.Instant.parse(all.get(2).get("at").asString())
                .minusMillis(1)
                .toString();
        assertThat(rows(api.send("GET", FEED + "?after=" + beforeAll, "ada", null)
                        .json()))
                .hasSize(3);
    }

    @Test
    void onlyMembers_read_andBadParametersAreRefused() throws Exception {
        var anonymous = api.send("GET", FEED, null, null);
        var outsider = api.send("GET", FEED, "olga", null);
        var unknown = api.send("GET", "/api/groups/g-none/activity", "ada", null);
        var badAfter = api.send("GET", FEED + "?after=yesterday", "ada", null);
        var badLimit = api.send("GET", FEED + "?limit=0", "ada", null);

        assertThat(anonymous.status()).isEqualTo(401);
        // An outsider gets exactly what an unknown group gives, as for every read of a group (gaps13).
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.json().get("title").asString()).isEqualTo("Group not found");
        assertThat(outsider.json().get("detail").asString())
                .isEqualTo("There is no group '" + GROUP + "' that you are in.");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("title").asString()).isEqualTo("Group not found");
        assertThat(unknown.json().get("detail").asString()).isEqualTo("There is no group 'g-none' that you are in.");
        assertThat(badAfter.status()).isEqualTo(400);
        assertThat(badAfter.json().get("field").asString()).isEqualTo("after");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().get("field").asString()).isEqualTo("limit");
        for (var refused : List.of(anonymous, outsider, unknown, badAfter, badLimit)) {
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(api.send("GET", FEED, "admin", null).status()).isEqualTo(200);
    }

    /** map|title|user|kind|seq per entry, in the feed's order. */
    static List<String> rows(JsonNode feed) {
        var rows = new ArrayList<String>();
        feed.get("activity")
                .forEach(e -> rows.add(
                        e.get("mapId").asString() + "|" + e.get("mapTitle").asString() + "|"
                                + e.get("user").asString() + "|" + e.get("kind").asString() + "|"
                                + e.get("seq").asLong()));
        return rows;
    }
}
