package org.disputatio.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.authoring.GraphSnapshot;
import org.disputatio.authoring.RevisionMaps;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.security.AccountService;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Claim revision over HTTP as a client sees it: creation with a person of the text as proponent, edit,
 * delete, merge and split, their refusals (400 naming the field, 403, 404, 409), and the undo of each,
 * which must leave the map exactly as it was.
 */
@IntegrationTest
class ClaimRevisionApiIT {

    static final String MAP = "revision-two-voices";
    static final String BASE = "/api/maps/" + MAP;
    static final String ADMIN = "admin";

    @LocalServerPort
    int port;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    ApiCalls api;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(RevisionMaps.withPeople(MAP));
        TestUsers.ensure(accounts, "ada", "brigitte");
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    ApiCalls.Answer as(String user, String method, String path, @Nullable String body, String... headers)
            throws Exception {
        String password = user.equals(ADMIN) ? IntegrationTest.ADMIN_PASSWORD : TestUsers.PASSWORD;
        return api.send(method, BASE + path, ApiCalls.basic(user, password), body, headers);
    }

    MapContent content() {
        return catalog.content(new MapId(MAP)).orElseThrow();
    }

    MapContent.Claim claim(String id) {
        return content().claims().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    long lastSeq() throws Exception {
        return as(ADMIN, "GET", "/changes?limit=1000", null).json().get("last").asLong();
    }

    ApiCalls.Answer undo(String user, long seq) throws Exception {
        return as(user, "POST", "/changes/" + seq + "/undo", null);
    }

    // --- creation with a proponent

    @Test
    void aClaimFromTheAuthorsWords_isTheAuthors_notTheWriters() throws Exception {
        var created = as("ada", "POST", "/claims", """
                {"kind":"premise","text":"Beta answers","anchor":{"exact":"Beta replies","start":31,"end":43},
                 "proponentId":"alpha"}""");
        assertThat(created.status()).as(created.body()).isEqualTo(201);

        var stored = claim(created.json().get("id").asString());
        assertThat(stored.proponent()).isEqualTo("Alpha");
        assertThat(stored.proponentId()).isEqualTo("alpha");
        assertThat(stored.anchors()).extracting(MapContent.Anchor::exact).containsExactly("Beta replies");
    }

    @Test
    void aProponentWhoIsNotAPersonOfTheMap_isRefusedNamingProponentId() throws Exception {
        var refused = as("ada", "POST", "/claims", """
                {"kind":"premise","text":"Beta answers","proponentId":"gamma"}""");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asString()).isEqualTo("proponentId");
        assertThat(content().claims()).hasSize(3);
    }

    @Test
    void peopleOfTheMap_listTheAuthorFirst_andAUserMayAddOne() throws Exception {
        var people = as("ada", "GET", "/people", null);
        assertThat(people.json().get("author").asString()).isEqualTo("alpha");
        assertThat(people.json().get("people").size()).isEqualTo(2);

        var added = as("ada", "POST", "/people", "{\"name\":\"Gamma\"}");
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        String gamma = added.json().get("id").asString();
        assertThat(content().people()).extracting(MapContent.Person::name).containsExactly("Alpha", "Beta", "Gamma");

        var blank = as("ada", "POST", "/people", "{\"name\":\"  \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("field").asString()).isEqualTo("name");

        assertThat(undo("ada", lastSeq()).status()).isEqualTo(201);
        assertThat(content().people()).extracting(MapContent.Person::id).doesNotContain(gamma);
    }

    // --- edit

    @Test
    void anEdit_changesTextKindProponentAndAnchor_andMovesTheVersion() throws Exception {
        var read = as(ADMIN, "GET", "/claims/c3", null);
        assertThat(read.json().get("version").asLong()).isEqualTo(1);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");

        var edited = as(ADMIN, "PUT", "/claims/c3", """
                {"text":"The sky is blue at noon","kind":"rebuttal","proponentId":"beta",
                 "anchor":{"exact":"it is blue"},"expectedVersion":1}""");

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("version").asLong()).isEqualTo(2);
        var stored = claim("c3");
        assertThat(stored.text()).isEqualTo("The sky is blue at noon");
        assertThat(stored.kind()).isEqualTo("rebuttal");
        assertThat(stored.proponent()).isEqualTo("Beta");
        assertThat(stored.proponentId()).isEqualTo("beta");
        assertThat(stored.anchors())
                .containsExactly(new MapContent.Anchor("it is blue", "sky is green. Beta replies that ", ".", 49, 59));
    }

    @Test
    void aStaleEdit_getsConflict_andChangesNothing() throws Exception {
        assertThat(as(ADMIN, "PUT", "/claims/c3", "{\"text\":\"First\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(200);

        var stale = as(ADMIN, "PUT", "/claims/c3", "{\"text\":\"Second\"}", "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        assertThat(claim("c3").text()).isEqualTo("First");
    }

    @Test
    void badEdits_areRefusedNamingTheField() throws Exception {
        assertThat(field(as(
                        ADMIN,
                        "PUT",
                        "/claims/c3",
                        "{\"anchor\":{\"exact\":\"the sky is pink\"},\"expectedVersion\":1}")))
                .isEqualTo("anchor");
        assertThat(field(as(
                        ADMIN,
                        "PUT",
                        "/claims/c3",
                        "{\"anchor\":{\"exact\":\"it is blue\",\"start\":48,\"end\":58},\"expectedVersion\":1}")))
                .isEqualTo("anchor");
        assertThat(field(as(ADMIN, "PUT", "/claims/c3", "{\"kind\":\"opinion\",\"expectedVersion\":1}")))
                .isEqualTo("kind");
        assertThat(field(as(ADMIN, "PUT", "/claims/c3", "{\"text\":\" \",\"expectedVersion\":1}")))
                .isEqualTo("text");
        assertThat(field(as(ADMIN, "PUT", "/claims/c3", "{\"proponentId\":\"gamma\",\"expectedVersion\":1}")))
                .isEqualTo("proponentId");
        assertThat(field(as(ADMIN, "PUT", "/claims/c3", "{\"text\":\"No version\"}")))
                .isEqualTo("expectedVersion");
        assertThat(as(ADMIN, "PUT", "/claims/c9", "{\"text\":\"Nobody\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(404);
        assertThat(claim("c3").text()).isEqualTo("The sky is blue");
    }

    @Test
    void theEssaysClaims_areTheOwnersToRevise_andAUsersOwnClaimsAreTheirs() throws Exception {
        var refused = as("ada", "PUT", "/claims/c3", "{\"text\":\"Mine now\",\"expectedVersion\":1}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        String own = as("ada", "POST", "/claims", "{\"kind\":\"premise\",\"text\":\"Ada's\"}")
                .json()
                .get("id")
                .asString();
        assertThat(as("brigitte", "PUT", "/claims/" + own, "{\"text\":\"Brigitte's\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(403);
        assertThat(as("ada", "PUT", "/claims/" + own, "{\"text\":\"Ada's, better\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(200);
        assertThat(as("ada", "DELETE", "/claims/" + own, null).status()).isEqualTo(204);
        assertThat(content().claims()).extracting(MapContent.Claim::id).containsExactly("c1", "c2", "c3");
    }

    // --- delete

    @Test
    void deletingAClaim_removesWhatHangsOnIt_andUndoRestoresEverything() throws Exception {
        var evidence = as("ada", "POST", "/evidence", """
                {"claimId":"c1","sourceId":"s1","locator":"p. 12","quote":"Green at dawn.","stance":"for",
                 "anchor":{"exact":"the sky is green","start":13,"end":29}}""");
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        String evidenceId = evidence.json().get("id").asString();
        assertThat(as("brigitte", "PUT", "/evidence/" + evidenceId + "/rating", "{\"value\":0.75}")
                        .status())
                .isEqualTo(200);
        assertThat(as("ada", "PUT", "/arguments/a1/rating", "{\"value\":0.5}").status())
                .isEqualTo(200);
        var before = GraphSnapshot.of(driver);

        var deleted = as(ADMIN, "DELETE", "/claims/c1?expectedVersion=1", null);

        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
        var after = content();
        assertThat(after.claims()).extracting(MapContent.Claim::id).containsExactly("c2", "c3");
        assertThat(after.arguments()).isEmpty();
        assertThat(after.attacks()).isEmpty();
        assertThat(as(ADMIN, "GET", "/evidence/" + evidenceId, null).status()).isEqualTo(404);

        var undone = undo(ADMIN, lastSeq());

        assertThat(undone.status()).as(undone.body()).isEqualTo(201);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aStaleDeletion_getsConflict() throws Exception {
        assertThat(as(ADMIN, "PUT", "/claims/c2", "{\"text\":\"Alpha looked\",\"expectedVersion\":1}")
                        .status())
                .isEqualTo(200);

        assertThat(as(ADMIN, "DELETE", "/claims/c2", null, "If-Match", "1").status())
                .isEqualTo(409);
        assertThat(as(ADMIN, "DELETE", "/claims/c9", null).status()).isEqualTo(404);
        assertThat(content().claims()).hasSize(3);
    }

    // --- merge

    @Test
    void mergingADuplicate_keepsBothAnchorsCitationsAndAttacks_andUndoSeparatesThem() throws Exception {
        String duplicate = as("ada", "POST", "/claims", """
                {"kind":"thesis","text":"Sky: green","anchor":{"exact":"Alpha claims the sky is green","start":0,"end":29}}""").json().get("id").asString();
        assertThat(as("ada", "POST", "/counter-arguments", """
                {"targetId":"%s","attackKind":"rebut","claim":{"kind":"counter-claim","text":"Grey, rather"}}""".formatted(duplicate))
                        .status())
                .isEqualTo(201);
        var before = GraphSnapshot.of(driver);

        var merged = as(ADMIN, "POST", "/claims/" + duplicate + "/merge", "{\"intoId\":\"c1\"}");

        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.json().get("id").asString()).isEqualTo("c1");
        var after = content();
        assertThat(after.claims()).extracting(MapContent.Claim::id).doesNotContain(duplicate);
        assertThat(claim("c1").anchors())
                .extracting(MapContent.Anchor::exact)
                .containsExactly("Alpha claims the sky is green", "the sky is green");
        assertThat(claim("c1").citations())
                .extracting(MapContent.Citation::sourceId)
                .containsExactly("s1");
        assertThat(after.attacks())
                .filteredOn(k -> k.to().equals("c1"))
                .extracting(MapContent.Attack::kind)
                .containsExactly("rebut", "rebut");
        assertThat(after.arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2"), "c1"));

        var undone = undo(ADMIN, lastSeq());

        assertThat(undone.status()).as(undone.body()).isEqualTo(201);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void mergesThatWouldLoopOrMergeAClaimWithItself_areRefusedNamingIntoId() throws Exception {
        var loop = as(ADMIN, "POST", "/claims/c2/merge", "{\"intoId\":\"c1\"}");
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().get("field").asString()).isEqualTo("intoId");
        assertThat(loop.json().get("detail").asString()).contains("argument a1");

        assertThat(field(as(ADMIN, "POST", "/claims/c3/merge", "{\"intoId\":\"c1\"}")))
                .isEqualTo("intoId");
        assertThat(field(as(ADMIN, "POST", "/claims/c3/merge", "{\"intoId\":\"c3\"}")))
                .isEqualTo("intoId");
        assertThat(field(as(ADMIN, "POST", "/claims/c3/merge", "{}"))).isEqualTo("intoId");
        assertThat(as(ADMIN, "POST", "/claims/c3/merge", "{\"intoId\":\"c9\"}").status())
                .isEqualTo(404);
        assertThat(as("ada", "POST", "/claims/c3/merge", "{\"intoId\":\"c2\"}").status())
                .isEqualTo(403);
        assertThat(content().claims()).hasSize(3);
    }

    // --- split

    @Test
    void splittingAClaim_makesTwoWithinItsWords_theFirstKeepingItsLinks_andUndoMakesItWhole() throws Exception {
        var before = GraphSnapshot.of(driver);

        var split = as(ADMIN, "POST", "/claims/c1/split", """
                {"first":{"text":"The sky","anchor":{"exact":"the sky"}},
                 "second":{"text":"is green","kind":"premise","anchor":{"exact":"is green","start":21,"end":29}}}""");

        assertThat(split.status()).as(split.body()).isEqualTo(201);
        String second = split.json().get("ids").get(1).asString();
        assertThat(split.json().get("ids").get(0).asString()).isEqualTo("c1");
        assertThat(claim("c1").text()).isEqualTo("The sky");
        assertThat(claim("c1").anchors()).extracting(MapContent.Anchor::start).containsExactly(13);
        assertThat(claim("c1").citations()).hasSize(1);
        assertThat(claim(second).text()).isEqualTo("is green");
        assertThat(claim(second).kind()).isEqualTo("premise");
        assertThat(claim(second).proponent()).isEqualTo("Alpha");
        assertThat(claim(second).anchors()).extracting(MapContent.Anchor::start).containsExactly(21);
        assertThat(content().attacks()).containsExactly(new MapContent.Attack("k1", "c3", "c1", "rebut"));

        var undone = undo(ADMIN, lastSeq());

        assertThat(undone.status()).as(undone.body()).isEqualTo(201);
        assertThat(GraphSnapshot.of(driver)).isEqualTo(before);
    }

    @Test
    void aSplitMayMoveCitationsAndAttacksToTheSecondPart() throws Exception {
        var split = as(ADMIN, "POST", "/claims/c1/split", """
                {"first":{"text":"The sky"},"second":{"text":"is green"},"moveToSecond":["citations","attacked"]}""");

        assertThat(split.status()).as(split.body()).isEqualTo(201);
        String second = split.json().get("ids").get(1).asString();
        assertThat(claim("c1").citations()).isEmpty();
        assertThat(claim(second).citations())
                .extracting(MapContent.Citation::sourceId)
                .containsExactly("s1");
        assertThat(content().attacks()).containsExactly(new MapContent.Attack("k1", "c3", second, "rebut"));
    }

    @Test
    void aSplitWhosePartsLeaveTheClaimsWords_isRefusedNamingTheAnchor() throws Exception {
        var outside = as(ADMIN, "POST", "/claims/c1/split", """
                {"first":{"text":"The sky","anchor":{"exact":"the sky"}},
                 "second":{"text":"Blue","anchor":{"exact":"it is blue"}}}""");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("field").asString()).isEqualTo("second.anchor");

        assertThat(field(as(ADMIN, "POST", "/claims/c1/split", "{\"first\":{\"text\":\"Only one\"}}")))
                .isEqualTo("second");
        assertThat(field(as(
                        ADMIN,
                        "POST",
                        "/claims/c1/split",
                        "{\"first\":{\"text\":\"a\"},\"second\":{\"text\":\"b\"},\"moveToSecond\":[\"everything\"]}")))
                .isEqualTo("moveToSecond");
        assertThat(field(as(
                        ADMIN,
                        "POST",
                        "/claims/c2/split",
                        "{\"first\":{\"text\":\"a\",\"anchor\":{\"exact\":\"Alpha\"}},\"second\":{\"text\":\"b\"}}")))
                .isEqualTo("first.anchor");
        assertThat(content().claims()).hasSize(3);
    }

    // --- undo of an edit

    @Test
    void undoingAnEdit_restoresTextKindProponentAndAnchor() throws Exception {
        var before = claim("c3");
        assertThat(as(ADMIN, "PUT", "/claims/c3", """
                        {"text":"Blue!","kind":"rebuttal","proponentId":"alpha","anchor":{"exact":"Beta replies"},
                         "expectedVersion":1}""").status()).isEqualTo(200);

        var undone = undo(ADMIN, lastSeq());

        assertThat(undone.status()).as(undone.body()).isEqualTo(201);
        assertThat(claim("c3")).isEqualTo(before);
        assertThat(as(ADMIN, "GET", "/claims/c3", null).json().get("version").asLong())
                .as("the version moves on, so a client holding version 2 gets 409")
                .isEqualTo(3);
    }

    @Test
    void undoingAMerge_afterTheSurvivorChanged_isRefused() throws Exception {
        String duplicate = as("ada", "POST", "/claims", "{\"kind\":\"thesis\",\"text\":\"Green sky\"}")
                .json()
                .get("id")
                .asString();
        assertThat(as(ADMIN, "POST", "/claims/" + duplicate + "/merge", "{\"intoId\":\"c1\"}")
                        .status())
                .isEqualTo(200);
        long merge = lastSeq();
        assertThat(as("ada", "POST", "/evidence", """
                        {"claimId":"c1","sourceId":"s1","locator":"p. 1","quote":"Green.","stance":"for"}""").status()).isEqualTo(201);

        var refused = undo(ADMIN, merge);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(content().claims()).extracting(MapContent.Claim::id).doesNotContain(duplicate);
    }

    private static String field(ApiCalls.Answer answer) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        return answer.json().get("field").asString();
    }
}
