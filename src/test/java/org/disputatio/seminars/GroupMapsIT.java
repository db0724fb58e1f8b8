package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.disputatio.seminars.SeminarFixture.GROUP;
import static org.disputatio.seminars.SeminarFixture.INSTRUCTOR;
import static org.disputatio.seminars.SeminarFixture.MEMBER;
import static org.disputatio.seminars.SeminarFixture.OUTSIDER;
import static org.disputatio.seminars.SeminarFixture.OWNER;
import static org.disputatio.seminars.SeminarFixture.VIEWER;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;

/**
 * A seminar group's own copy of a map (issue 13 point 2), over HTTP: the owner or an instructor copies the essay
 * for the group; its members write, its instructors change the structure, its viewers only read, outsiders do not
 * even learn it exists; the original never changes; the owner publishes it to everyone.
 */
@IntegrationTest
class GroupMapsIT {

    static final String ESSAY = "essay";

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    RatingService ratings;

    @Autowired
    Driver driver;

    @LocalServerPort
    int port;

    ApiCalls api;

    @BeforeEach
    void groups() {
        TestGraphs.clear(driver);
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(ESSAY)); // the admins' map, outside groups, as the shipped essay
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    static String as(@Nullable String user) {
        if (user == null) return null;
        return user.equals("admin")
                ? ApiCalls.basic("admin", IntegrationTest.ADMIN_PASSWORD)
                : ApiCalls.basic(user, TestUsers.PASSWORD);
    }

    ApiCalls.Answer send(String method, String path, @Nullable String user, @Nullable String body) throws Exception {
        return api.send(method, path, as(user), body);
    }

    String copy() throws Exception {
        var created = send("POST", "/api/groups/" + GROUP + "/maps", INSTRUCTOR, "{\"fromMapId\":\"" + ESSAY + "\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).endsWith("/api/maps/" + id);
        return id;
    }

    List<String> listedIds(@Nullable String user) throws Exception {
        var ids = new ArrayList<String>();
        for (JsonNode m : send("GET", "/api/maps", user, null).json())
            ids.add(m.get("id").asString());
        return ids;
    }

    // ------------------------------------------------------------------ copy

    @Test
    void copy_byAnInstructor_isTheGroupOwnersUnpublishedMap_withTheTextAndStructureButNobodysWork() throws Exception {
        // Someone's work on the original: it must not come along.
        var evidence = send(
                "POST",
                "/api/maps/" + ESSAY + "/evidence",
                OUTSIDER,
                "{\"claimId\":\"c1\",\"sourceId\":\"s1\",\"locator\":\"p. 1\",\"quote\":\"Green.\",\"stance\":\"for\"}");
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertThat(send("PUT", "/api/maps/" + ESSAY + "/arguments/a1/rating", OUTSIDER, "{\"value\":0.25}")
                        .status())
                .isEqualTo(200);

        String id = copy();

        assertThat(id).isNotEqualTo(ESSAY);
        var listed = send("GET", "/api/groups/" + GROUP + "/maps", VIEWER, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().size()).isEqualTo(1);
        assertThat(listed.json().get(0).get("id").asString()).isEqualTo(id);
        assertThat(listed.json().get(0).get("title").asString()).isEqualTo("Two voices");
        assertThat(listed.json().get(0).get("published").asBoolean()).isFalse();

        JsonNode copy = send("GET", "/api/maps/" + id, MEMBER, null).json();
        JsonNode original = send("GET", "/api/maps/" + ESSAY, MEMBER, null).json();
        assertThat(copy.get("document").get("text").asString())
                .isEqualTo(original.get("document").get("text").asString());
        assertThat(copy.get("claims").size()).isEqualTo(3);
        assertThat(copy.get("arguments").size()).isEqualTo(1);
        assertThat(copy.get("sources").size()).isEqualTo(1);
        assertThat(send("GET", "/api/maps/" + id + "/claims/c1/evidence", MEMBER, null)
                        .json()
                        .size())
                .isZero();
        assertThat(send("GET", "/api/maps/" + id + "/arguments/a1/ratings", MEMBER, null)
                        .json()
                        .get("count")
                        .asInt())
                .isZero();

        JsonNode inList = null;
        for (JsonNode m : send("GET", "/api/maps", MEMBER, null).json()) {
            if (m.get("id").asString().equals(id)) inList = m;
        }
        assertThat(inList).isNotNull();
        assertThat(inList.get("owner").asString()).isEqualTo(OWNER);
        assertThat(inList.get("group").asString()).isEqualTo("Seminar A");
    }

    @Test
    void copy_refusesMembersAndViewers403_outsiders404_anonymous401_andNamesAMissingField() throws Exception {
        String body = "{\"fromMapId\":\"" + ESSAY + "\"}";
        String path = "/api/groups/" + GROUP + "/maps";
        assertThat(send("POST", path, MEMBER, body).status()).isEqualTo(403);
        assertThat(send("POST", path, VIEWER, body).status()).isEqualTo(403);
        var outsider = send("POST", path, OUTSIDER, body);
        assertThat(outsider.status()).isEqualTo(404);
        assertThat(outsider.contentType()).startsWith("application/problem+json");
        assertThat(send("POST", path, null, body).status()).isEqualTo(401);
        var missing = send("POST", path, OWNER, "{}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asString()).isEqualTo("fromMapId");
        assertThat(send("POST", path, OWNER, "{\"fromMapId\":\"no-such-map\"}").status())
                .isEqualTo(404);
        assertThat(send("GET", path, OWNER, null).json().size()).isZero();
        assertThat(send("POST", path, OWNER, body).status()).isEqualTo(201);
    }

    @Test
    void copy_ofAnotherGroupsUnpublishedMap_isRefusedAsIfItDidNotExist() throws Exception {
        String id = copy();
        var answer = send(
                "POST",
                "/api/groups/" + SeminarFixture.OTHER_GROUP + "/maps",
                OUTSIDER,
                "{\"fromMapId\":\"" + id + "\"}");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("mapId").asString()).isEqualTo(id);
    }

    // ------------------------------------------------------------------ reads

    @Test
    void outsidersAndAnonymous_get404_onEveryRead_andDoNotSeeTheMapListed() throws Exception {
        String id = copy();
        for (String read : List.of(
                "", "/evaluation", "/changes", "/search?q=sky", "/claims/c1", "/claims/c1/explanation", "/people")) {
            for (String user : new String[] {OUTSIDER, null}) {
                var answer = send("GET", "/api/maps/" + id + read, user, null);
                assertThat(answer.status()).as("GET %s as %s", read, user).isEqualTo(404);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(answer.json().get("detail").asString()).isEqualTo("There is no map '" + id + "'.");
            }
            assertThat(send("GET", "/api/maps/" + id + read, VIEWER, null).status())
                    .as("GET %s as the viewer", read)
                    .isEqualTo(200);
        }
        assertThat(listedIds(OUTSIDER)).containsExactly(ESSAY);
        assertThat(listedIds(null)).containsExactly(ESSAY);
        assertThat(listedIds(VIEWER)).containsExactlyInAnyOrder(ESSAY, id);
        assertThat(listedIds("admin")).containsExactlyInAnyOrder(ESSAY, id);
        assertThat(send("GET", "/api/groups/" + GROUP + "/maps", OUTSIDER, null).status())
                .isEqualTo(404);
    }

    // ------------------------------------------------------------------ writes

    @Test
    void viewer_writesNothing_403_andTheMapStaysAsItWas() throws Exception {
        String id = copy();
        String before = send("GET", "/api/maps/" + id, VIEWER, null).body();
        var claim = send("POST", "/api/maps/" + id + "/claims", VIEWER, "{\"kind\":\"premise\",\"text\":\"Grey\"}");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.contentType()).startsWith("application/problem+json");
        assertThat(send("PUT", "/api/maps/" + id + "/arguments/a1/rating", VIEWER, "{\"value\":0.5}")
                        .status())
                .isEqualTo(403);
        assertThat(send("POST", "/api/maps/" + id + "/claims", OUTSIDER, "{\"kind\":\"premise\",\"text\":\"Grey\"}")
                        .status())
                .isEqualTo(404);
        assertThat(send("GET", "/api/maps/" + id, VIEWER, null).body()).isEqualTo(before);
        // Only the copy's own first entry (MapCopied): nothing the viewer tried.
        var changes =
                send("GET", "/api/maps/" + id + "/changes", VIEWER, null).json().get("changes");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.get(0).get("kind").asString()).isEqualTo("MapCopied");
    }

    @Test
    void member_addsAndRates_butOnlyInstructorsAndTheOwnerChangeTheStructure() throws Exception {
        String id = copy();
        var claim = send("POST", "/api/maps/" + id + "/claims", MEMBER, "{\"kind\":\"premise\",\"text\":\"Grey\"}");
        assertThat(claim.status()).as(claim.body()).isEqualTo(201);
        assertThat(send("PUT", "/api/maps/" + id + "/arguments/a1/rating", MEMBER, "{\"value\":0.5}")
                        .status())
                .isEqualTo(200);
        // The text's argument is the structure: a member may not delete it, an instructor may.
        assertThat(send("DELETE", "/api/maps/" + id + "/arguments/a1", MEMBER, null)
                        .status())
                .isEqualTo(403);
        assertThat(send("DELETE", "/api/maps/" + id + "/attacks/k1", INSTRUCTOR, null)
                        .status())
                .isEqualTo(204);
        assertThat(send("DELETE", "/api/maps/" + id + "/arguments/a1", OWNER, null)
                        .status())
                .isEqualTo(204);
        assertThat(send("PUT", "/api/maps/" + id, INSTRUCTOR, "{\"title\":\"Seminar A's dialogue\"}")
                        .status())
                .isEqualTo(200);
        var log =
                send("GET", "/api/maps/" + id + "/changes", VIEWER, null).json().get("changes");
        // The copy's MapCopied entry, then the five changes.
        assertThat(log.size()).isEqualTo(6);
        assertThat(log.get(0).get("kind").asString()).isEqualTo("MapCopied");
        assertThat(log.get(1).get("user").asString()).isEqualTo(MEMBER);
        assertThat(log.get(3).get("user").asString()).isEqualTo(INSTRUCTOR);
    }

    @Test
    void ratingsOnTheCopy_leaveTheOriginalsEvaluationUnchanged() throws Exception {
        String before = send("GET", "/api/maps/" + ESSAY + "/evaluation", null, null)
                .json()
                .get("claims")
                .toString();
        String id = copy();
        assertThat(send("PUT", "/api/maps/" + id + "/arguments/a1/rating", MEMBER, "{\"value\":0}")
                        .status())
                .isEqualTo(200);
        assertThat(send(
                                "PUT",
                                "/api/maps/" + id + "/sources/s1/grade",
                                MEMBER,
                                "{\"reliability\":\"E\",\"credibility\":5}")
                        .status())
                .isEqualTo(200);
        String copyAfter = send("GET", "/api/maps/" + id + "/evaluation", MEMBER, null)
                .json()
                .get("claims")
                .toString();
        assertThat(copyAfter).as("the copy's evaluation moved").isNotEqualTo(before);
        assertThat(send("GET", "/api/maps/" + ESSAY + "/evaluation", null, null)
                        .json()
                        .get("claims")
                        .toString())
                .isEqualTo(before);
        assertThat(send("GET", "/api/maps/" + ESSAY + "/arguments/a1/ratings", null, null)
                        .json()
                        .get("count")
                        .asInt())
                .isZero();
    }

    @Test
    void theChangeLog_refusesAnOutsidersWrite_evenPastTheApi() throws Exception {
        String id = copy();
        assertThatThrownBy(() -> ratings.rateInference(new MapId(id), "a1", OUTSIDER, 0.25))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> ratings.rateInference(new MapId(id), "a1", VIEWER, 0.25))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(ratings.rateInference(new MapId(id), "a1", MEMBER, 0.25).count())
                .isEqualTo(1);
    }

    // ------------------------------------------------------------------ publishing

    @Test
    void publishing_byTheOwner_letsEveryoneRead_butOnlyMembersWrite() throws Exception {
        String id = copy();
        String path = "/api/groups/" + GROUP + "/maps/" + id;
        assertThat(send("PUT", path, INSTRUCTOR, "{\"published\":true}").status())
                .isEqualTo(403);
        assertThat(send("PUT", path, OUTSIDER, "{\"published\":true}").status()).isEqualTo(404);
        assertThat(send("PUT", path, OWNER, "{}").json().get("field").asString())
                .isEqualTo("published");
        var published = send("PUT", path, OWNER, "{\"published\":true}");
        assertThat(published.status()).isEqualTo(200);
        assertThat(published.json().get("published").asBoolean()).isTrue();

        assertThat(send("GET", "/api/maps/" + id, null, null).status()).isEqualTo(200);
        assertThat(send("GET", "/api/maps/" + id + "/evaluation", OUTSIDER, null)
                        .status())
                .isEqualTo(200);
        assertThat(listedIds(null)).containsExactlyInAnyOrder(ESSAY, id);
        assertThat(send("POST", "/api/maps/" + id + "/claims", OUTSIDER, "{\"kind\":\"premise\",\"text\":\"Grey\"}")
                        .status())
                .isEqualTo(403);
        assertThat(send("POST", "/api/maps/" + id + "/claims", null, "{\"kind\":\"premise\",\"text\":\"Grey\"}")
                        .status())
                .isEqualTo(401);

        assertThat(send("PUT", path, OWNER, "{\"published\":false}").status()).isEqualTo(200);
        assertThat(send("GET", "/api/maps/" + id, OUTSIDER, null).status()).isEqualTo(404);
        assertThat(send("PUT", "/api/groups/" + GROUP + "/maps/" + ESSAY, OWNER, "{\"published\":true}")
                        .status())
                .as("a map the group does not work on")
                .isEqualTo(404);
    }
}
