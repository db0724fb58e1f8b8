package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.security.EndpointMatrix.created;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.disputatio.seminars.SeminarFixture;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint on a seminar group's unpublished map (issue 13 point 6), from one table: every /api
 * endpoint × anonymous, an admin, the group's owner (who owns the map), an instructor, a member, a viewer and a
 * member of another group, sent as real HTTP requests with HTTP Basic. In the fixture the member owns an evidence
 * item, a contestation and a token, and the map's change 1 is the member's evidence. The endpoints come from
 * Spring's request mappings, so an endpoint without a row fails {@link #everyApiEndpoint_hasARowInTheTable} with
 * its name; a refused request or a read must leave the graph exactly as it was, and an allowed write must change it.
 *
 * <p>The table's format, one row per line ({@code #} starts a comment):
 *
 * <pre>
 * METHOD /pattern/as/mapped | /request/path/with/&lt;placeholders&gt; | body key or - | anon admin owner instr member viewer outsider | what
 * </pre>
 *
 * The pattern is exactly as Spring maps it ({@code /api/maps/{mapId}/claims}); placeholders are {@code <map>},
 * {@code <group>}, {@code <evidence>}, {@code <contestation>}, {@code <token>} and {@code <n>} (a fresh number);
 * a body key names an entry of {@link AuthorizationMatrixIT#BODIES} (both matrices share the bodies); the seven
 * statuses are in the order of {@link Who}. A new endpoint is one new line here (plus its body there, if new).
 */
@IntegrationTest
class GroupAuthorizationMatrixIT {

    enum Who {
        ANONYMOUS(null),
        ADMIN("admin"),
        OWNER(SeminarFixture.OWNER),
        INSTRUCTOR(SeminarFixture.INSTRUCTOR),
        MEMBER(SeminarFixture.MEMBER),
        VIEWER(SeminarFixture.VIEWER),
        OUTSIDER(SeminarFixture.OUTSIDER);

        final @Nullable String username;

        Who(@Nullable String username) {
            this.username = username;
        }
    }

    /** One line of the table. */
    record Row(String endpoint, String path, String body, int[] expect, String what) {
        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        static Row parse(String line) {
            String[] cells = line.split("\\|");
            int[] statuses = Stream.of(cells[3].strip().split(" +"))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            if (statuses.length != Who.values().length) {
                throw new IllegalArgumentException("Row needs " + Who.values().length + " statuses: " + line);
            }
            return new Row(
                    cells[0].strip().replaceAll(" +", " "),
                    cells[1].strip(),
                    cells[2].strip(),
                    statuses,
                    cells[4].strip());
        }
    }

    /** What the member owns before each case; fills the placeholders of the table's request paths. */
    record Fixture(String evidenceId, String contestationId, String tokenId) {
        String fill(String template) {
            return template.replace("<map>", MAP)
                    .replace("<group>", SeminarFixture.GROUP)
                    .replace("<evidence>", evidenceId)
                    .replace("<contestation>", contestationId)
                    .replace("<token>", tokenId)
                    .replace("<n>", Integer.toString(AuthorizationMatrixIT.SEQUENCE.incrementAndGet()));
        }
    }

    static final String MAP = "group-matrix-map";

    /**
     * THE table. Columns: the endpoint as mapped, the request path, the body, the status for anonymous, admin,
     * group owner, instructor, member, viewer and outsider (a member of another group), and what is addressed.
     * Outsiders get 404 on everything of the map (its existence is not revealed), anonymous 404 on reads and 401
     * on writes (Spring Security refuses an anonymous write before the map is looked at), viewers 403 on writes.
     */
    static final String TABLE = """
            # Contributions: members add; only the author or an admin changes or removes (the member owns the items).
            POST   /api/maps/{mapId}/evidence                                        | /api/maps/<map>/evidence                                          | evidence      | 401 201 201 201 201 403 404 | evidence
            PUT    /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>                               | evidence-edit | 401 200 403 403 200 403 404 | the member's evidence
            DELETE /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>?expectedVersion=1             | -             | 401 204 403 403 204 403 404 | the member's evidence
            PUT    /api/maps/{mapId}/evidence/{id}/rating                            | /api/maps/<map>/evidence/<evidence>/rating                        | rating        | 401 200 200 200 200 403 404 | the member's evidence
            PUT    /api/maps/{mapId}/arguments/{id}/rating                           | /api/maps/<map>/arguments/a1/rating                               | rating        | 401 200 200 200 200 403 404 | argument a1
            PUT    /api/maps/{mapId}/sources/{id}/grade                              | /api/maps/<map>/sources/s1/grade                                  | grade         | 401 200 200 200 200 403 404 | source s1
            POST   /api/maps/{mapId}/sources                                         | /api/maps/<map>/sources                                           | source        | 401 201 201 201 201 403 404 | a new source
            POST   /api/maps/{mapId}/sources/{id}/contestations                      | /api/maps/<map>/sources/s1/contestations                          | reason        | 401 201 201 201 201 403 404 | source s1
            POST   /api/maps/{mapId}/sources/{sourceId}/contestations/{id}/withdrawal | /api/maps/<map>/sources/s1/contestations/<contestation>/withdrawal | -             | 401 204 403 403 204 403 404 | the member's contestation
            POST   /api/maps/{mapId}/claims                                          | /api/maps/<map>/claims                                            | claim         | 401 201 201 201 201 403 404 | a new claim
            POST   /api/maps/{mapId}/counter-arguments                               | /api/maps/<map>/counter-arguments                                 | counter       | 401 201 201 201 201 403 404 | a rebuttal of c1
            PUT    /api/maps/{mapId}/claims/{claimId}/standard                       | /api/maps/<map>/claims/c1/standard                                | standard      | 401 200 200 200 200 403 404 | claim c1
            POST   /api/maps                                                         | /api/maps                                                         | new-map       | 401 201 201 201 201 201 201 | a new map, outside groups
            # The structure: the group's owner and instructors (and admins) change the text's claims, arguments, attacks.
            GET    /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c3                                         | -             | 404 200 200 200 200 200 404 | claim c3
            PUT    /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c3                                         | claim-edit    | 401 200 200 200 403 403 404 | the text's claim c3
            DELETE /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c2?expectedVersion=1                       | -             | 401 204 204 204 403 403 404 | the text's claim c2
            POST   /api/maps/{mapId}/claims/{claimId}/merge                          | /api/maps/<map>/claims/c3/merge                                   | claim-merge   | 401 200 200 200 403 403 404 | c3 into c2
            POST   /api/maps/{mapId}/claims/{claimId}/split                          | /api/maps/<map>/claims/c1/split                                   | claim-split   | 401 201 201 201 403 403 404 | the text's claim c1
            GET    /api/maps/{mapId}/people                                          | /api/maps/<map>/people                                            | -             | 404 200 200 200 200 200 404 | the map's people
            POST   /api/maps/{mapId}/people                                          | /api/maps/<map>/people                                            | person        | 401 201 201 201 201 403 404 | a new person
            POST   /api/maps/{mapId}/arguments                                       | /api/maps/<map>/arguments                                         | argument      | 401 201 201 201 201 403 404 | a new argument for c1
            GET    /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | -             | 404 200 200 200 200 200 404 | argument a1
            PUT    /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | argument-edit | 401 200 200 200 403 403 404 | the text's argument a1
            DELETE /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | -             | 401 204 204 204 403 403 404 | the text's argument a1
            POST   /api/maps/{mapId}/attacks                                         | /api/maps/<map>/attacks                                           | attack        | 401 201 201 201 201 403 404 | an undercut of a1
            GET    /api/maps/{mapId}/attacks/{attackId}                              | /api/maps/<map>/attacks/k1                                        | -             | 404 200 200 200 200 200 404 | attack k1
            DELETE /api/maps/{mapId}/attacks/{attackId}                              | /api/maps/<map>/attacks/k1                                        | -             | 401 204 204 204 403 403 404 | the text's attack k1
            GET    /api/maps/{mapId}/claims/{claimId}/citations                      | /api/maps/<map>/claims/c1/citations                               | -             | 404 200 200 200 200 200 404 | claim c1
            POST   /api/maps/{mapId}/claims/{claimId}/citations                      | /api/maps/<map>/claims/c2/citations                               | citation      | 401 201 201 201 201 403 404 | claim c2
            DELETE /api/maps/{mapId}/claims/{claimId}/citations/{citationId}         | /api/maps/<map>/claims/c1/citations/cite-0                        | -             | 401 204 204 204 403 403 404 | the text's citation on c1
            POST   /api/maps/{mapId}/claims/{claimId}/pros                           | /api/maps/<map>/claims/c1/pros                                    | side          | 401 201 201 201 201 403 404 | claim c1
            POST   /api/maps/{mapId}/claims/{claimId}/cons                           | /api/maps/<map>/claims/c1/cons                                    | side          | 401 201 201 201 201 403 404 | claim c1
            # Reads: the group (and admins) only; everyone else as if the map did not exist.
            GET    /api/maps                                                         | /api/maps                                                         | -             | 200 200 200 200 200 200 200 | the list (without the map for outsiders)
            GET    /api/maps/{id}                                                    | /api/maps/<map>                                                   | -             | 404 200 200 200 200 200 404 | the map
            GET    /api/maps/{mapId}/evaluation                                      | /api/maps/<map>/evaluation                                        | -             | 404 200 200 200 200 200 404 | the map
            GET    /api/maps/{id}/search                                             | /api/maps/<map>/search?q=sky                                      | -             | 404 200 200 200 200 200 404 | the map
            GET    /api/maps/{mapId}/claims/{claimId}/explanation                    | /api/maps/<map>/claims/c1/explanation                             | -             | 404 200 200 200 200 200 404 | claim c1
            GET    /api/maps/{mapId}/claims/{claimId}/evidence                       | /api/maps/<map>/claims/c3/evidence                                | -             | 404 200 200 200 200 200 404 | claim c3
            GET    /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>                               | -             | 404 200 200 200 200 200 404 | the member's evidence
            GET    /api/maps/{mapId}/evidence/{id}/ratings                           | /api/maps/<map>/evidence/<evidence>/ratings                       | -             | 404 200 200 200 200 200 404 | the member's evidence
            GET    /api/maps/{mapId}/arguments/{id}/ratings                          | /api/maps/<map>/arguments/a1/ratings                              | -             | 404 200 200 200 200 200 404 | argument a1
            GET    /api/maps/{mapId}/sources/{id}/grades                             | /api/maps/<map>/sources/s1/grades                                 | -             | 404 200 200 200 200 200 404 | source s1
            GET    /api/maps/{mapId}/sources/{id}/contestations                      | /api/maps/<map>/sources/s1/contestations                          | -             | 404 200 200 200 200 200 404 | source s1
            GET    /api/maps/{mapId}/changes                                        | /api/maps/<map>/changes                                           | -             | 404 200 200 200 200 200 404 | the map's change log
            POST   /api/maps/{mapId}/changes/{seq}/undo                             | /api/maps/<map>/changes/1/undo                                    | -             | 401 201 403 403 201 403 404 | the member's first change
            # The map itself: the group's owner owns it; instructors rename and delete it too; members copy it out.
            PUT    /api/maps/{id}                                                    | /api/maps/<map>                                                   | rename        | 401 200 200 200 403 403 404 | the group's map
            DELETE /api/maps/{id}                                                    | /api/maps/<map>                                                   | -             | 401 200 200 200 403 403 404 | the group's map
            POST   /api/maps/{id}/copies                                             | /api/maps/<map>/copies                                            | copy          | 401 201 201 201 201 403 404 | the group's map
            GET    /api/deleted-maps                                                 | /api/deleted-maps                                                 | -             | 401 200 200 200 200 200 200 | one's deleted maps
            # A group's maps (access13): the owner or an instructor copies, anyone in the group lists, the owner publishes.
            POST   /api/groups/{groupId}/maps                                        | /api/groups/<group>/maps                                          | group-copy    | 401 201 201 201 403 403 404 | a copy of the map for the group
            GET    /api/groups/{groupId}/maps                                        | /api/groups/<group>/maps                                          | -             | 401 200 200 200 200 200 404 | the group's maps
            PUT    /api/groups/{groupId}/maps/{mapId}                                | /api/groups/<group>/maps/<map>                                    | publish       | 401 200 200 403 403 403 404 | the group's map
            # Personal tokens and accounts: not about groups at all.
            POST   /api/tokens                                                      | /api/tokens                                                       | token         | 401 201 201 201 201 201 201 | a new token
            GET    /api/tokens                                                      | /api/tokens                                                       | -             | 401 200 200 200 200 200 200 | one's own tokens
            DELETE /api/tokens/{id}                                                 | /api/tokens/<token>                                               | -             | 401 404 404 404 204 404 404 | the member's token
            POST   /api/accounts                                                    | /api/accounts                                                     | account       | 401 201 403 403 403 403 403 | a new account
            GET    /api/accounts                                                    | /api/accounts                                                     | -             | 401 200 403 403 403 403 403 | all accounts
            # Groups, members, invitations (groups13): /api/groups/** needs an account; outsiders get 404; the target is
            # the viewer vera (made instructor, removed, or leaving).
            POST   /api/groups                                                      | /api/groups                                                       | group         | 401 201 201 201 201 201 201 | a new group
            GET    /api/groups                                                      | /api/groups                                                       | -             | 401 200 200 200 200 200 200 | one's groups
            GET    /api/groups/{groupId}                                            | /api/groups/<group>                                               | -             | 401 200 200 200 200 200 404 | the group
            GET    /api/groups/{groupId}/members                                    | /api/groups/<group>/members                                       | -             | 401 200 200 200 200 200 404 | its members
            GET    /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/vera                                  | -             | 401 200 200 200 200 200 404 | the viewer's role
            PUT    /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/vera                                  | group-role    | 401 200 200 200 403 403 404 | the viewer made instructor
            DELETE /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/vera                                  | -             | 401 204 204 204 403 204 404 | the viewer removed (or leaving)
            GET    /api/groups/{groupId}/invitations                                | /api/groups/<group>/invitations                                   | -             | 401 200 200 200 403 403 404 | its invitations
            POST   /api/groups/{groupId}/invitations                                | /api/groups/<group>/invitations                                   | invitation    | 401 201 201 201 403 403 404 | an invitation as member
            POST   /api/invitations/{code}/accept                                   | /api/invitations/none/accept                                      | -             | 401 404 404 404 404 404 404 | an unknown code
            POST   /api/accounts/registrations                                      | /api/accounts/registrations                                       | registration  | 404 404 404 404 404 404 404 | an unknown invitation
            # Moderation (mod13): instructors, owners and admins moderate; decisions on an unknown mark.
            POST   /api/maps/{mapId}/reviews                                         | /api/maps/<map>/reviews                                           | review        | 401 201 201 201 403 403 404 | the member's evidence
            GET    /api/maps/{mapId}/reviews                                         | /api/maps/<map>/reviews                                           | -             | 404 200 200 200 200 200 404 | the map's marks
            POST   /api/maps/{mapId}/reviews/{reviewId}/resolve                      | /api/maps/<map>/reviews/rv-none/resolve                           | -             | 401 404 404 404 403 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/hide                         | /api/maps/<map>/reviews/rv-none/hide                              | -             | 401 404 404 404 403 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/restore                      | /api/maps/<map>/reviews/rv-none/restore                           | -             | 401 404 404 404 403 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/remove                       | /api/maps/<map>/reviews/rv-none/remove                            | -             | 401 404 404 404 403 403 404 | an unknown mark
            GET    /api/groups/{groupId}/activity                                    | /api/groups/<group>/activity                                      | -             | 401 200 200 200 200 200 404 | the group's activity (404 for another group's member, as every group read)
            # Competing hypotheses (ach13): members and above define and rate; viewers read.
            GET    /api/maps/{mapId}/hypotheses                                      | /api/maps/<map>/hypotheses                                        | -             | 404 200 200 200 200 200 404 | the map's hypotheses
            POST   /api/maps/{mapId}/hypotheses                                      | /api/maps/<map>/hypotheses                                        | hypothesis    | 401 201 201 201 201 403 404 | a new hypothesis
            DELETE /api/maps/{mapId}/hypotheses/{hypothesisId}                       | /api/maps/<map>/hypotheses/h-none                                 | -             | 401 404 404 404 404 403 404 | an unknown hypothesis
            GET    /api/maps/{mapId}/ach/items                                       | /api/maps/<map>/ach/items                                         | -             | 404 200 200 200 200 200 404 | the matrix's rows
            POST   /api/maps/{mapId}/ach/items                                       | /api/maps/<map>/ach/items                                         | ach-item      | 401 201 201 201 201 403 404 | claim c2 as a row
            PUT    /api/maps/{mapId}/ach/ratings/{hypothesisId}/{itemId}             | /api/maps/<map>/ach/ratings/h-none/i-none                         | ach-rating    | 401 404 404 404 404 403 404 | an unknown cell
            GET    /api/maps/{mapId}/ach                                             | /api/maps/<map>/ach                                               | -             | 404 200 200 200 200 200 404 | the group matrix
            # Blind rating rounds (rounds13): instructors and owners open and close; members rate; unknown round.
            POST   /api/maps/{mapId}/rounds                                         | /api/maps/<map>/rounds                                            | round         | 401 201 201 201 403 403 404 | a round on the member's evidence
            GET    /api/maps/{mapId}/rounds                                         | /api/maps/<map>/rounds                                            | -             | 404 200 200 200 200 200 404 | the map's rounds
            GET    /api/maps/{mapId}/rounds/{roundId}                               | /api/maps/<map>/rounds/r-none                                     | -             | 404 404 404 404 404 404 404 | an unknown round
            PUT    /api/maps/{mapId}/rounds/{roundId}/ratings/{itemId}              | /api/maps/<map>/rounds/r-none/ratings/<evidence>                  | rating        | 401 404 404 404 404 403 404 | an unknown round
            POST   /api/maps/{mapId}/rounds/{roundId}/close                         | /api/maps/<map>/rounds/r-none/close                               | -             | 401 404 404 404 403 403 404 | an unknown round
            GET    /api/maps/{mapId}/rounds/{roundId}/ratings.csv                   | /api/maps/<map>/rounds/r-none/ratings.csv                         | -             | 404 404 404 404 404 404 404 | an unknown round
            # The file a map was made from (fix12): the group's map was made from no file.
            GET    /api/maps/{id}/original                                           | /api/maps/<map>/original                                          | -             | 404 404 404 404 404 404 404 | no file
            # Interchange (aif14, ADR 041): an import makes a map outside groups; the group's map exports for whoever reads it.
            POST   /api/maps/import                                                  | /api/maps/import?format=aif                                       | aif-file      | 401 201 201 201 201 201 201 | a new map, outside groups
            GET    /api/maps/{id}/export                                             | /api/maps/<map>/export?format=xaif                                | -             | 404 200 200 200 200 200 404 | the group's map
            # exports14 (issue 14 point 6): the exports for people are reads: the group only; outsiders get 404.
            GET    /api/maps/{mapId}/claims.csv                                      | /api/maps/<map>/claims.csv                                        | -             | 404 200 200 200 200 200 404 | the map's claims
            GET    /api/maps/{mapId}/sources.csv                                     | /api/maps/<map>/sources.csv                                       | -             | 404 200 200 200 200 200 404 | the map's sources
            GET    /api/maps/{mapId}/report.pdf                                      | /api/maps/<map>/report.pdf?reject=s1                              | -             | 404 200 200 200 200 200 404 | the map's report, s1 rejected
            # gaps13 (ADR 040): instructors and owners remove and weigh matrix rows; members 403; an unknown row.
            DELETE /api/maps/{mapId}/ach/items/{itemId}                              | /api/maps/<map>/ach/items/i-none                                  | -             | 401 404 404 404 403 403 404 | an unknown row
            PUT    /api/maps/{mapId}/ach/items/{itemId}                              | /api/maps/<map>/ach/items/i-none                                  | ach-weights   | 401 404 404 404 403 403 404 | an unknown row
            # backup14 (ADR 043): the whole database, admins only (group roles give no right to it); not empty: 409.
            GET    /api/backup                                                       | /api/backup                                                       | -             | 401 200 403 403 403 403 403 | the whole database
            POST   /api/restore                                                      | /api/restore                                                      | restore       | 401 409 403 403 403 403 403 | an empty backup
            # An admin sets an account's password (ADR 043); group roles give no right to it. An unknown account here.
            PUT    /api/accounts/{username}/password                                | /api/accounts/matrix-nobody/password                              | password      | 401 404 403 403 403 403 403 | an unknown account
            """;

    static final List<Row> ROWS = EndpointMatrix.rows(TABLE, Row::parse);

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void everyApiEndpoint_hasARowInTheTable() {
        Set<String> endpoints = EndpointMatrix.apiEndpoints(mappings);
        Set<String> withoutRow = new TreeSet<>(endpoints);
        ROWS.forEach(r -> withoutRow.remove(r.endpoint()));
        assertThat(withoutRow)
                .as("endpoints with no row in GroupAuthorizationMatrixIT.TABLE: add one saying who may call them")
                .isEmpty();
        assertThat(ROWS.stream().map(Row::endpoint).filter(e -> !endpoints.contains(e)))
                .as("rows for endpoints that no longer exist")
                .isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_asEveryRoleOfTheGroup_getsTheStatusInTheTable() {
        // One fixture of the group's map, made again after each allowed write.
        var cases = new EndpointMatrix.Cases<Fixture>(driver, this::freshFixture);
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (Who who : Who.values()) {
                int expected = row.expect()[who.ordinal()];
                String name = row.endpoint() + " [" + row.what() + "] as " + who + " → " + expected;
                tests.add(DynamicTest.dynamicTest(name, () -> {
                    var response = cases.check(row.method(), who, expected, fixture -> {
                        String path = fixture.fill(row.path());
                        @Nullable String body = row.body().equals("-") ? null : fixture.fill(body(row.body()));
                        return new EndpointMatrix.Sent(path, send(row.method(), path, body, who));
                    });
                    if (response.statusCode() >= 400) {
                        assertThat(response.headers().firstValue("Content-Type"))
                                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                    }
                }));
            }
        }
        return tests.stream();
    }

    static String body(String key) {
        String body = AuthorizationMatrixIT.BODIES.get(key);
        if (body == null) throw new IllegalArgumentException("No body named " + key);
        return body;
    }

    /** The group's map (owned by the group's owner) with the member's evidence, contestation and token. */
    Fixture freshFixture() throws Exception {
        TestGraphs.clear(driver);
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(MAP), null, SeminarFixture.OWNER);
        SeminarFixture.groupMap(driver, MAP);
        String evidenceId = created(send("POST", "/api/maps/" + MAP + "/evidence", body("evidence"), Who.MEMBER));
        String contestationId = created(
                send("POST", "/api/maps/" + MAP + "/sources/s1/contestations", "{\"reason\":\"Mine.\"}", Who.MEMBER));
        String tokenId = created(send("POST", "/api/tokens", "{\"name\":\"the member's\"}", Who.MEMBER));
        return new Fixture(evidenceId, contestationId, tokenId);
    }

    HttpResponse<String> send(String method, String path, @Nullable String body, Who who) throws Exception {
        String password = who == Who.ADMIN ? IntegrationTest.ADMIN_PASSWORD : TestUsers.PASSWORD;
        @Nullable String credentials = who.username == null ? null : who.username + ":" + password;
        return EndpointMatrix.send(port, method, path, body, credentials);
    }
}
