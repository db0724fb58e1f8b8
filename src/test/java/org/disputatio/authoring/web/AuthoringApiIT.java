package org.disputatio.authoring.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
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

/**
 * The authoring API as a client sees it (ADR 032): arguments, attacks, citations, pros and cons on the two-voices
 * map (thesis c1 ← argument a1 from c2; c3 rebuts c1; c1 cites s1), with good and bad input. The map has no owner,
 * so it belongs to the admins: ada and brigitte add, and change only what they made.
 */
@IntegrationTest
class AuthoringApiIT {

    static final String MAP = "authoring-two-voices";
    static final String BASE = "/api/maps/" + MAP;
    static final String ADA = ApiCalls.basic("ada", TestUsers.PASSWORD);
    static final String BRIGITTE = ApiCalls.basic("brigitte", TestUsers.PASSWORD);
    static final String ADMIN = ApiCalls.basic("admin", IntegrationTest.ADMIN_PASSWORD);

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
        catalog.create(SampleMaps.twoVoices(MAP));
        TestUsers.ensure(accounts, "ada", "brigitte");
        api = new ApiCalls(port);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    ApiCalls.Answer send(String method, String path, @Nullable String who, @Nullable String body, String... headers)
            throws Exception {
        return api.send(method, BASE + path, who, body, headers);
    }

    static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    MapContent map() {
        return catalog.content(new MapId(MAP)).orElseThrow();
    }

    String claim(String who, String text) throws Exception {
        var answer = send("POST", "/claims", who, "{\"kind\":\"premise\",\"text\":\"" + text + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        return answer.json().get("id").asString();
    }

    static void assertRefused(ApiCalls.Answer answer, int status, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("field").asString()).as(answer.body()).isEqualTo(field);
    }

    // --- arguments

    @Test
    void aSecondArgumentForTheThesis_isCreatedWithItsLinkedPremises_andIsConvergentWithTheFirst() throws Exception {
        String premise = claim(ADA, "Alpha has good eyes");

        var answer = send(
                "POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\",\"" + premise + "\"]}");

        assertThat(answer.status()).as(answer.body()).isEqualTo(201);
        String id = answer.json().get("id").asString();
        assertThat(id).startsWith("u-");
        assertThat(answer.header("Location")).isEqualTo(BASE + "/arguments/" + id);
        assertThat(map().arguments())
                .containsExactly(
                        new MapContent.Argument("a1", List.of("c2"), "c1"),
                        new MapContent.Argument(id, List.of("c2", premise), "c1"));
        var read = send("GET", "/arguments/" + id, null, null);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.header("ETag")).isEqualTo("\"1\"");
        assertThat(read.json().get("createdBy").asString()).isEqualTo("ada");
    }

    @Test
    void anArgumentWithoutConclusionOrPremises_orWithUnknownOrRepeatedClaims_isRefusedNamingTheField()
            throws Exception {
        assertRefused(send("POST", "/arguments", ADA, "{\"premiseIds\":[\"c2\"]}"), 400, "conclusionId");
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"  \",\"premiseIds\":[\"c2\"]}"),
                400,
                "conclusionId");
        assertRefused(send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\"}"), 400, "premiseIds");
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[]}"), 400, "premiseIds");
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[null]}"), 400, "premiseIds");
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"nope\",\"premiseIds\":[\"c2\"]}"),
                400,
                "conclusionId");
        var unknown = send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\",\"nope\"]}");
        assertRefused(unknown, 400, "premiseIds");
        assertThat(unknown.json().get("detail").asString())
                .isEqualTo("premiseIds: There is no claim \"nope\" in this map.");
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\",\"c2\"]}"),
                400,
                "premiseIds");
        var self = send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c1\"]}");
        assertRefused(self, 400, "premiseIds");
        assertThat(self.json().get("detail").asString()).contains("\"c1\" is the conclusion");
        // An argument id (a1) is no claim.
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"a1\",\"premiseIds\":[\"c2\"]}"),
                400,
                "conclusionId");
        // Another map's claim is as unknown as any.
        catalog.create(SampleMaps.twoVoices("authoring-other"));
        String elsewhere = api.send(
                        "POST",
                        "/api/maps/authoring-other/claims",
                        ADA,
                        "{\"kind\":\"premise\",\"text\":\"Elsewhere\"}")
                .json()
                .get("id")
                .asString();
        assertRefused(
                send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"" + elsewhere + "\"]}"),
                400,
                "premiseIds");
        assertThat(map().arguments()).hasSize(1);
    }

    @Test
    void anArgumentThatWouldMakeAClaimAReasonForItself_isRefused_directlyOrThroughOtherArguments() throws Exception {
        // a1: c2 supports c1. c1 for c2 closes the circle.
        var direct = send("POST", "/arguments", ADA, "{\"conclusionId\":\"c2\",\"premiseIds\":[\"c1\"]}");
        assertRefused(direct, 400, "premiseIds");
        assertThat(direct.json().get("detail").asString())
                .isEqualTo("premiseIds: This argument would make \"c2\" a reason for itself: c2 → c1 → c2.");
        // Through a longer chain: x supports c2, so c1 for x closes x → c2 → c1 → x.
        String x = claim(ADA, "Alpha was outside");
        assertThat(send("POST", "/arguments", ADA, "{\"conclusionId\":\"c2\",\"premiseIds\":[\"" + x + "\"]}")
                        .status())
                .isEqualTo(201);
        var chain = send("POST", "/arguments", ADA, "{\"conclusionId\":\"" + x + "\",\"premiseIds\":[\"c1\"]}");
        assertRefused(chain, 400, "premiseIds");
        assertThat(chain.json().get("detail").asString()).endsWith(": " + x + " → c2 → c1 → " + x + ".");
        // Replacing an argument is checked without its old self: a1 from c3 instead of c2 is fine.
        assertThat(send(
                                "PUT",
                                "/arguments/a1",
                                ADMIN,
                                "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c3\"],\"expectedVersion\":1}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void editingAnArgument_needsTheCurrentVersion_andStructureRightsForOthersArguments() throws Exception {
        String premise = claim(ADA, "Alpha has good eyes");
        String body = "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\",\"" + premise + "\"],\"expectedVersion\":1}";

        // a1 came with the text: only the owner (here the admins) changes it.
        var forbidden = send("PUT", "/arguments/a1", ADA, body);
        assertThat(forbidden.status()).as(forbidden.body()).isEqualTo(403);
        assertThat(forbidden.contentType()).startsWith("application/problem+json");
        var edited = send("PUT", "/arguments/a1", ADMIN, body);
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.header("ETag")).isEqualTo("\"2\"");
        assertThat(map().arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2", premise), "c1"));

        var stale = send("PUT", "/arguments/a1", ADMIN, body);
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(stale.json().get("currentVersion").asLong()).isEqualTo(2);
        var viaIfMatch = send(
                "PUT",
                "/arguments/a1",
                ADMIN,
                "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\"]}",
                "If-Match",
                "\"2\"");
        assertThat(viaIfMatch.status()).as(viaIfMatch.body()).isEqualTo(200);
        assertRefused(
                send("PUT", "/arguments/a1", ADMIN, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\"]}"),
                400,
                "expectedVersion");
        assertThat(send("PUT", "/arguments/nope", ADMIN, body).status()).isEqualTo(404);

        // Her own argument: ada edits it (this is how a premise is added), brigitte may not.
        String own = send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"" + premise + "\"]}")
                .json()
                .get("id")
                .asString();
        String more = "{\"conclusionId\":\"c1\",\"premiseIds\":[\"" + premise + "\",\"c3\"],\"expectedVersion\":1}";
        assertThat(send("PUT", "/arguments/" + own, BRIGITTE, more).status()).isEqualTo(403);
        assertThat(send("PUT", "/arguments/" + own, ADA, more).status()).isEqualTo(200);
        assertThat(send("PUT", "/arguments/" + own, null, more).status()).isEqualTo(401);
    }

    @Test
    void deletingAnArgument_isForItsAuthorOrTheOwner() throws Exception {
        String own = send("POST", "/arguments", ADA, "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c3\"]}")
                .json()
                .get("id")
                .asString();

        assertThat(send("DELETE", "/arguments/" + own, BRIGITTE, null).status()).isEqualTo(403);
        assertThat(send("DELETE", "/arguments/a1", ADA, null).status()).isEqualTo(403);
        assertThat(send("DELETE", "/arguments/" + own + "?expectedVersion=7", ADA, null)
                        .status())
                .isEqualTo(409);
        assertThat(send("DELETE", "/arguments/" + own, ADA, null).status()).isEqualTo(204);
        assertThat(send("DELETE", "/arguments/" + own, ADA, null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/arguments/a1", ADMIN, null).status()).isEqualTo(204);
        assertThat(map().arguments()).isEmpty();
        assertThat(api.send("DELETE", "/api/maps/no-such-map/arguments/a1", ADA, null)
                        .status())
                .isEqualTo(404);
    }

    // --- attacks

    @Test
    void attacks_rebutAndUndermineAClaim_undercutAnArgument_andBadOnesAreRefusedNamingTheField() throws Exception {
        String critic = claim(BRIGITTE, "Alpha was dreaming");

        var undercut = send(
                "POST",
                "/attacks",
                BRIGITTE,
                "{\"fromId\":\"" + critic + "\",\"targetId\":\"a1\",\"kind\":\"undercut\"}");
        assertThat(undercut.status()).as(undercut.body()).isEqualTo(201);
        String id = undercut.json().get("id").asString();
        assertThat(undercut.header("Location")).isEqualTo(BASE + "/attacks/" + id);
        var rebut = send(
                "POST", "/attacks", BRIGITTE, "{\"fromId\":\"" + critic + "\",\"targetId\":\"c2\",\"kind\":\"REBUT\"}");
        assertThat(rebut.status()).as(rebut.body()).isEqualTo(201);
        assertThat(map().attacks())
                .containsExactly(
                        new MapContent.Attack("k1", "c3", "c1", "rebut"),
                        new MapContent.Attack(id, critic, "a1", "undercut"),
                        new MapContent.Attack(rebut.json().get("id").asString(), critic, "c2", "rebut"));

        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"c1\",\"kind\":\"rebut\"}"),
                400,
                "targetId");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"c3\",\"kind\":\"rebut\"}"),
                400,
                "targetId");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"c2\",\"kind\":\"undercut\"}"),
                400,
                "kind");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"a1\",\"kind\":\"rebut\"}"),
                400,
                "kind");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"c2\",\"kind\":\"smash\"}"),
                400,
                "kind");
        assertRefused(send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"c2\"}"), 400, "kind");
        assertRefused(send("POST", "/attacks", BRIGITTE, "{\"targetId\":\"c2\",\"kind\":\"rebut\"}"), 400, "fromId");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"a1\",\"targetId\":\"c2\",\"kind\":\"rebut\"}"),
                400,
                "fromId");
        assertRefused(
                send("POST", "/attacks", BRIGITTE, "{\"fromId\":\"c3\",\"targetId\":\"nope\",\"kind\":\"rebut\"}"),
                400,
                "targetId");
        assertThat(map().attacks()).hasSize(3);
    }

    @Test
    void deletingAnAttack_isForItsAuthorOrTheOwner() throws Exception {
        String critic = claim(BRIGITTE, "Alpha was dreaming");
        String id = send(
                        "POST",
                        "/attacks",
                        BRIGITTE,
                        "{\"fromId\":\"" + critic + "\",\"targetId\":\"c2\",\"kind\":\"undermine\"}")
                .json()
                .get("id")
                .asString();

        assertThat(send("GET", "/attacks/" + id, null, null).json().get("kind").asString())
                .isEqualTo("undermine");
        assertThat(send("DELETE", "/attacks/" + id, ADA, null).status()).isEqualTo(403);
        assertThat(send("DELETE", "/attacks/k1", BRIGITTE, null).status()).isEqualTo(403);
        assertThat(send("DELETE", "/attacks/" + id, BRIGITTE, null).status()).isEqualTo(204);
        assertThat(send("DELETE", "/attacks/" + id, BRIGITTE, null).status()).isEqualTo(404);
        assertThat(send("DELETE", "/attacks/k1", ADMIN, null).status()).isEqualTo(204);
        assertThat(map().attacks()).isEmpty();
    }

    // --- citations

    @Test
    void citations_haveIds_theEssaysDerivedFromTheirPlace_andAreAddedAndDeletedByTheirAuthor() throws Exception {
        var listed = send("GET", "/claims/c1/citations", null, null);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.json().get(0).get("id").asString()).isEqualTo("cite-0");
        assertThat(listed.json().get(0).get("locator").asString()).isEqualTo("12-14");

        var cited = send("POST", "/claims/c1/citations", ADA, "{\"sourceId\":\"s1\",\"locator\":\"p. 3\"}");
        assertThat(cited.status()).as(cited.body()).isEqualTo(201);
        String id = cited.json().get("id").asString();
        assertThat(cited.header("Location")).isEqualTo(BASE + "/claims/c1/citations/" + id);
        assertThat(map().claims().getFirst().citations())
                .containsExactly(
                        new MapContent.Citation("s1", "12-14", "Gamma, Sky 12-14"),
                        new MapContent.Citation("s1", "p. 3", "p. 3"));

        assertRefused(send("POST", "/claims/c1/citations", ADA, "{\"locator\":\"p. 3\"}"), 400, "sourceId");
        assertRefused(send("POST", "/claims/c1/citations", ADA, "{\"sourceId\":\"s9\"}"), 400, "sourceId");
        assertRefused(
                send(
                        "POST",
                        "/claims/c1/citations",
                        ADA,
                        "{\"sourceId\":\"s1\",\"locator\":\"" + "p".repeat(201) + "\"}"),
                400,
                "locator");
        assertThat(send("POST", "/claims/nope/citations", ADA, "{\"sourceId\":\"s1\"}")
                        .status())
                .isEqualTo(404);

        assertThat(send("DELETE", "/claims/c1/citations/" + id, BRIGITTE, null).status())
                .isEqualTo(403);
        assertThat(send("DELETE", "/claims/c1/citations/cite-0", ADA, null).status())
                .isEqualTo(403);
        assertThat(send("DELETE", "/claims/c1/citations/" + id, ADA, null).status())
                .isEqualTo(204);
        assertThat(send("DELETE", "/claims/c1/citations/" + id, ADA, null).status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/claims/c2/citations/cite-0", ADMIN, null).status())
                .isEqualTo(404);
        assertThat(send("DELETE", "/claims/c1/citations/cite-0", ADMIN, null).status())
                .isEqualTo(204);
        assertThat(map().claims().getFirst().citations()).isEmpty();
    }

    // --- pros and cons

    @Test
    void aPro_isANewClaimAndAnArgumentForTheClaim_inOneRequest() throws Exception {
        var pro = send("POST", "/claims/c1/pros", ADA, "{\"text\":\"Alpha is a painter\"}");

        assertThat(pro.status()).as(pro.body()).isEqualTo(201);
        String id = pro.json().get("id").asString();
        String argumentId = pro.json().get("argumentId").asString();
        assertThat(pro.header("Location")).isEqualTo(BASE + "/arguments/" + argumentId);
        var claim = map().claims().stream()
                .filter(c -> c.id().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(claim.text()).isEqualTo("Alpha is a painter");
        assertThat(claim.kind()).isEqualTo("premise");
        assertThat(claim.proponent()).isEqualTo("ada");
        assertThat(map().arguments()).contains(new MapContent.Argument(argumentId, List.of(id), "c1"));
    }

    @Test
    void aCon_isANewClaimRebuttingTheClaim_orUnderminingItWhenAsked() throws Exception {
        var con = send("POST", "/claims/c2/cons", BRIGITTE, "{\"text\":\"Alpha was asleep\"}");
        assertThat(con.status()).as(con.body()).isEqualTo(201);
        String id = con.json().get("id").asString();
        String attackId = con.json().get("attackId").asString();
        assertThat(con.header("Location")).isEqualTo(BASE + "/attacks/" + attackId);

        var undermine = send(
                "POST", "/claims/c2/cons", BRIGITTE, "{\"text\":\"Nobody saw Alpha\",\"attackKind\":\"undermine\"}");
        assertThat(undermine.status()).as(undermine.body()).isEqualTo(201);
        assertThat(map().attacks())
                .contains(
                        new MapContent.Attack(attackId, id, "c2", "rebut"),
                        new MapContent.Attack(
                                undermine.json().get("attackId").asString(),
                                undermine.json().get("id").asString(),
                                "c2",
                                "undermine"));
        assertThat(map().claims().stream()
                        .filter(c -> c.id().equals(id))
                        .findFirst()
                        .orElseThrow()
                        .kind())
                .isEqualTo("counter-claim");
    }

    @Test
    void prosAndConsWithBadInput_areRefusedAndLeaveNothingBehind() throws Exception {
        int claims = map().claims().size();
        assertRefused(send("POST", "/claims/c1/pros", ADA, "{\"kind\":\"premise\"}"), 400, "text");
        assertRefused(send("POST", "/claims/c1/pros", ADA, "{\"text\":\"x\",\"kind\":\"poem\"}"), 400, "kind");
        assertRefused(
                send("POST", "/claims/c1/cons", ADA, "{\"text\":\"x\",\"attackKind\":\"undercut\"}"),
                400,
                "attackKind");
        assertThat(send("POST", "/claims/nope/pros", ADA, "{\"text\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(send("POST", "/claims/nope/cons", ADA, "{\"text\":\"x\"}").status())
                .isEqualTo(404);
        assertThat(send("POST", "/claims/c1/pros", null, "{\"text\":\"x\"}").status())
                .isEqualTo(401);
        assertThat(map().claims()).hasSize(claims);
        assertThat(map().arguments()).hasSize(1);
    }

    @Test
    void injectionLookingText_isStoredVerbatim() throws Exception {
        List<String> texts = new ArrayList<>(List.of(
                "x'}) MATCH (n) DETACH DELETE n //", "<script>alert(1)</script>", "$mapId {mapId: 'other'} \\u0000"));
        for (String text : texts) {
            var pro = send("POST", "/claims/c1/pros", ADA, json(Map.of("text", text)));
            assertThat(pro.status()).as(pro.body()).isEqualTo(201);
            String id = pro.json().get("id").asString();
            assertThat(map().claims().stream()
                            .filter(c -> c.id().equals(id))
                            .findFirst()
                            .orElseThrow()
                            .text())
                    .isEqualTo(text);
        }
        String locator = "p. 1'}]->(s) DETACH DELETE s //";
        var cited = send("POST", "/claims/c1/citations", ADA, json(Map.of("sourceId", "s1", "locator", locator)));
        assertThat(cited.status()).as(cited.body()).isEqualTo(201);
        assertThat(map().claims().getFirst().citations().getLast().locator()).isEqualTo(locator);
        assertThat(map().sources()).hasSize(1);
        var odd = send(
                "POST", "/arguments", ADA, json(Map.of("conclusionId", "c1' OR 1=1 --", "premiseIds", List.of("c2"))));
        assertRefused(odd, 400, "conclusionId");
    }
}
