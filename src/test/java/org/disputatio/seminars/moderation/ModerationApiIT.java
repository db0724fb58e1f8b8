package org.disputatio.seminars.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.seminars.moderation.ModerationFixture.evidence;
import static org.disputatio.seminars.moderation.ModerationFixture.ids;
import static org.disputatio.seminars.moderation.ModerationFixture.review;

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

/**
 * Moderation over HTTP (issue 13 point 3, ADR 038) on the admins' map outside groups, where the admin moderates and
 * every signed-in user is a member, and on a group's map, where its instructor moderates.
 */
@IntegrationTest
class ModerationApiIT {

    static final String MAP = "mod-map";
    static final String BASE = "/api/maps/" + MAP;

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
        catalog.create(SampleMaps.twoVoices(MAP));
        TestUsers.ensure(accounts, "ada", "brigitte", "ines");
        api = new ModerationFixture(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void markForReview_isSeenByTheAuthorAndModerators_notByOtherMembers() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));

        var created = api.send("POST", BASE + "/reviews", "admin", review(evidenceId, "unsupported", "Which page?"));

        assertThat(created.status()).isEqualTo(201);
        String reviewId = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo(BASE + "/reviews/" + reviewId);
        JsonNode seenByAuthor = api.send("GET", BASE + "/reviews", "ada", null).json();
        assertThat(ids(seenByAuthor)).containsExactly(reviewId);
        JsonNode mark = seenByAuthor.get(0);
        assertThat(mark.get("itemId").asString()).isEqualTo(evidenceId);
        assertThat(mark.get("itemKind").asString()).isEqualTo("evidence");
        assertThat(mark.get("itemAuthor").asString()).isEqualTo("ada");
        assertThat(mark.get("itemText").asString()).isEqualTo("Blue at noon.");
        assertThat(mark.get("reason").asString()).isEqualTo("unsupported");
        assertThat(mark.get("note").asString()).isEqualTo("Which page?");
        assertThat(mark.get("by").asString()).isEqualTo("admin");
        assertThat(mark.get("status").asString()).isEqualTo("open");
        assertThat(ids(api.send("GET", BASE + "/reviews", "admin", null).json()))
                .containsExactly(reviewId);
        assertThat(api.send("GET", BASE + "/reviews", "brigitte", null).json().size())
                .isZero();
        assertThat(api.send("GET", BASE + "/reviews", null, null).json().size()).isZero();
        var logged =
                api.send("GET", BASE + "/changes?after=0", null, null).json().get("changes");
        JsonNode last = logged.get(logged.size() - 1);
        assertThat(last.get("kind").asString()).isEqualTo("ReviewRequested");
        assertThat(last.get("user").asString()).isEqualTo("admin");
    }

    @Test
    void badInput_isRefusedWithProblemDetailsNamingTheField() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));

        var unknownReason = api.send("POST", BASE + "/reviews", "admin", review(evidenceId, "boring", ""));
        var noItem = api.send("POST", BASE + "/reviews", "admin", "{\"reason\":\"unclear\"}");
        var longNote = api.send("POST", BASE + "/reviews", "admin", review(evidenceId, "unclear", "x".repeat(2001)));
        var unknownItem = api.send("POST", BASE + "/reviews", "admin", review("nothing-here", "unclear", ""));
        var unknownMap = api.send("POST", "/api/maps/no-such-map/reviews", "admin", review(evidenceId, "unclear", ""));
        var unknownReview = api.send("POST", BASE + "/reviews/rv-none/hide", "admin", null);

        assertThat(unknownReason.status()).isEqualTo(400);
        assertThat(unknownReason.contentType()).startsWith("application/problem+json");
        assertThat(unknownReason.json().get("field").asString()).isEqualTo("reason");
        assertThat(noItem.status()).isEqualTo(400);
        assertThat(noItem.json().get("field").asString()).isEqualTo("itemId");
        assertThat(longNote.status()).isEqualTo(400);
        assertThat(longNote.json().get("field").asString()).isEqualTo("note");
        assertThat(unknownItem.status()).isEqualTo(404);
        assertThat(unknownItem.contentType()).startsWith("application/problem+json");
        assertThat(unknownMap.status()).isEqualTo(404);
        assertThat(unknownReview.status()).isEqualTo(404);
        assertThat(api.send("GET", BASE + "/reviews", "admin", null).json().size())
                .isZero();
    }

    @Test
    void onlyInstructorsAndOwners_moderate() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));
        String reviewId = api.created(BASE + "/reviews", "admin", review(evidenceId, "unclear", ""));

        assertThat(api.send("POST", BASE + "/reviews", null, review(evidenceId, "unclear", ""))
                        .status())
                .isEqualTo(401);
        assertThat(api.send("POST", BASE + "/reviews", "brigitte", review(evidenceId, "unclear", ""))
                        .status())
                .isEqualTo(403);
        for (String decision : List.of("resolve", "hide", "restore", "remove")) {
            var byAuthor = api.send("POST", BASE + "/reviews/" + reviewId + "/" + decision, "ada", null);
            assertThat(byAuthor.status()).as(decision).isEqualTo(403);
            assertThat(byAuthor.contentType()).startsWith("application/problem+json");
            assertThat(api.send("POST", BASE + "/reviews/" + reviewId + "/" + decision, null, null)
                            .status())
                    .isEqualTo(401);
        }
        assertThat(api.send("GET", BASE + "/evidence/" + evidenceId, null, null).status())
                .isEqualTo(200);
        assertThat(api.send("GET", BASE + "/reviews", "admin", null)
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("open");
    }

    @Test
    void resolve_keepsTheItem_andAClosedMarkCannotBeDecidedAgain() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));
        String reviewId = api.created(BASE + "/reviews", "admin", review(evidenceId, "duplicate", "Same as e2?"));

        var resolved = api.send("POST", BASE + "/reviews/" + reviewId + "/resolve", "admin", null);

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.json().get("status").asString()).isEqualTo("resolved");
        assertThat(resolved.json().get("decidedBy").asString()).isEqualTo("admin");
        assertThat(api.send("GET", BASE + "/evidence/" + evidenceId, "brigitte", null)
                        .status())
                .isEqualTo(200);
        var again = api.send("POST", BASE + "/reviews/" + reviewId + "/hide", "admin", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(api.send("POST", BASE + "/reviews/" + reviewId + "/restore", "admin", null)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void hidden_claimEvidenceAndContestation_leaveEveryRead_andComeBackWhenRestored() throws Exception {
        String claimId =
                api.created(BASE + "/claims", "ada", "{\"kind\":\"premise\",\"text\":\"Zeppelins paint skies\"}");
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));
        String contestationId =
                api.created(BASE + "/sources/s1/contestations", "ada", "{\"reason\":\"Gamma was asleep.\"}");
        assertThat(api.send("PUT", BASE + "/evidence/" + evidenceId + "/rating", "ada", "{\"value\":1.0}")
                        .status())
                .isEqualTo(200);
        Visible shown = visible(claimId, evidenceId, contestationId);
        assertThat(shown).isEqualTo(new Visible(true, true, true, true, true, true, true, true, true));
        double withEvidence = strength("c3");
        List<String> reviews = List.of(
                api.created(BASE + "/reviews", "admin", review(claimId, "off-topic", "")),
                api.created(BASE + "/reviews", "admin", review(evidenceId, "unsupported", "")),
                api.created(BASE + "/reviews", "admin", review(contestationId, "offensive", "")));

        for (String reviewId : reviews) {
            var hidden = api.send("POST", BASE + "/reviews/" + reviewId + "/hide", "admin", null);
            assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
            assertThat(hidden.json().get("status").asString()).isEqualTo("hidden");
        }

        assertThat(visible(claimId, evidenceId, contestationId))
                .isEqualTo(new Visible(false, false, false, false, false, false, false, false, false));
        assertThat(strength("c3")).as("c3 without the hidden evidence").isNotEqualTo(withEvidence);
        // The author still sees the marks on their hidden items; moderators see the hidden items' words in the queue.
        JsonNode authorsMarks = api.send("GET", BASE + "/reviews", "ada", null).json();
        assertThat(authorsMarks.size()).isEqualTo(3);
        assertThat(authorsMarks.get(0).get("status").asString()).isEqualTo("hidden");
        assertThat(authorsMarks.get(0).get("itemText").asString()).isEqualTo("Zeppelins paint skies");

        for (String reviewId : reviews) {
            var restored = api.send("POST", BASE + "/reviews/" + reviewId + "/restore", "admin", null);
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("status").asString()).isEqualTo("restored");
        }

        assertThat(visible(claimId, evidenceId, contestationId)).isEqualTo(shown);
        assertThat(strength("c3")).isEqualTo(withEvidence);
    }

    @Test
    void hiding_isUndoneThroughTheHistory() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));
        String reviewId = api.created(BASE + "/reviews", "admin", review(evidenceId, "unclear", ""));
        assertThat(api.send("POST", BASE + "/reviews/" + reviewId + "/hide", "admin", null)
                        .status())
                .isEqualTo(200);
        long hideSeq = lastSeq();

        var undo = api.send("POST", BASE + "/changes/" + hideSeq + "/undo", "admin", null);

        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", BASE + "/evidence/" + evidenceId, "brigitte", null)
                        .status())
                .isEqualTo(200);
        assertThat(api.send("GET", BASE + "/reviews", "admin", null)
                        .json()
                        .get(0)
                        .get("status")
                        .asString())
                .isEqualTo("open");
        // Undoing the mark itself withdraws it.
        long markSeq = hideSeq - 1;
        assertThat(api.send("POST", BASE + "/changes/" + markSeq + "/undo", "admin", null)
                        .status())
                .isEqualTo(201);
        assertThat(api.send("GET", BASE + "/reviews", "admin", null).json().size())
                .isZero();
    }

    @Test
    void removal_goesThroughTheItemsDeletePath_andIsUndoable() throws Exception {
        String evidenceId = api.created(BASE + "/evidence", "ada", evidence("c3", "Blue at noon."));
        String reviewId = api.created(BASE + "/reviews", "admin", review(evidenceId, "offensive", "Insults."));

        var removed = api.send("POST", BASE + "/reviews/" + reviewId + "/remove", "admin", null);

        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("status").asString()).isEqualTo("removed");
        assertThat(api.send("GET", BASE + "/evidence/" + evidenceId, "ada", null)
                        .status())
                .isEqualTo(404);
        JsonNode changes =
                api.send("GET", BASE + "/changes?after=0", null, null).json().get("changes");
        JsonNode removal = null;
        for (JsonNode change : changes) {
            if (change.get("kind").asString().equals("EvidenceRemoved")) {
                removal = change;
            }
        }
        assertThat(removal).isNotNull();
        assertThat(removal.get("user").asString()).isEqualTo("admin");
        assertThat(changes.get(changes.size() - 1).get("kind").asString()).isEqualTo("ReviewResolved");

        var undo = api.send("POST", BASE + "/changes/" + removal.get("seq").asLong() + "/undo", "admin", null);

        assertThat(undo.status()).as(undo.body()).isEqualTo(201);
        assertThat(api.send("GET", BASE + "/evidence/" + evidenceId, "ada", null)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void inAGroup_itsInstructorModeratesAMembersItems_andMembersDoNot() throws Exception {
        String groupMap = "mod-group-map";
        String base = "/api/maps/" + groupMap;
        catalog.create(SampleMaps.twoVoices(groupMap));
        ModerationFixture.group(
                driver, "g-mod", List.of(groupMap), Map.of("ines", "instructor", "ada", "member", "admin", "owner"));
        String evidenceId = api.created(base + "/evidence", "ada", evidence("c3", "Blue at noon."));

        var byMember = api.send("POST", base + "/reviews", "ada", review(evidenceId, "unclear", ""));
        var byOutsider = api.send("GET", base + "/reviews", "brigitte", null);
        String reviewId = api.created(base + "/reviews", "ines", review(evidenceId, "unclear", "Say more."));
        var hidden = api.send("POST", base + "/reviews/" + reviewId + "/hide", "ines", null);
        var removed = api.send("POST", base + "/reviews/" + reviewId + "/remove", "ines", null);

        assertThat(byMember.status()).isEqualTo(403);
        assertThat(byOutsider.status()).isEqualTo(404);
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(200);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(api.send("GET", base + "/evidence/" + evidenceId, "ada", null)
                        .status())
                .isEqualTo(404);
        assertThat(ids(api.send("GET", base + "/reviews", "ada", null).json())).containsExactly(reviewId);
    }

    /** Where a claim, an evidence item and a contestation show, as a member reads the map. */
    record Visible(
            boolean claimInMap,
            boolean claimInSearch,
            boolean claimInEvaluation,
            boolean evidenceOnClaim,
            boolean evidenceAlone,
            boolean evidenceOfMap,
            boolean contestationOfSource,
            boolean contestationInMap,
            boolean contestationCounted) {}

    Visible visible(String claimId, String evidenceId, String contestationId) throws Exception {
        JsonNode map = api.send("GET", BASE, "brigitte", null).json();
        JsonNode search =
                api.send("GET", BASE + "/search?q=zeppelins", "brigitte", null).json();
        JsonNode evaluation =
                api.send("GET", BASE + "/evaluation", "brigitte", null).json();
        JsonNode onClaim =
                api.send("GET", BASE + "/claims/c3/evidence", "brigitte", null).json();
        int alone = api.send("GET", BASE + "/evidence/" + evidenceId, "brigitte", null)
                .status();
        JsonNode ofSource = api.send("GET", BASE + "/sources/s1/contestations", "brigitte", null)
                .json();
        return new Visible(
                ids(map.get("claims")).contains(claimId),
                ids(search.get("claims")).contains(claimId),
                ids(evaluation.get("claims")).contains(claimId),
                ids(onClaim).contains(evidenceId),
                alone == 200,
                api.send("GET", BASE + "/claims/c3/evidence", "ada", null)
                                .json()
                                .size()
                        == 1,
                ids(ofSource.has("contestations") ? ofSource.get("contestations") : ofSource)
                        .contains(contestationId),
                ids(map.get("contestations")).contains(contestationId),
                ids(map.get("contestations")).size() == 2);
    }

    double strength(String claimId) throws Exception {
        for (JsonNode claim :
                api.send("GET", BASE + "/evaluation", null, null).json().get("claims")) {
            if (claim.get("id").asString().equals(claimId)) {
                return claim.get("strength").asDouble();
            }
        }
        throw new AssertionError("no claim " + claimId + " in the evaluation");
    }

    long lastSeq() throws Exception {
        return api.send("GET", BASE + "/changes?after=0&limit=1", null, null)
                .json()
                .get("last")
                .asLong();
    }
}
