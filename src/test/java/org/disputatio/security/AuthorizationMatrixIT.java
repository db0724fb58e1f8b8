package org.disputatio.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.disputatio.security.EndpointMatrix.created;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may call which endpoint, from one table: every /api endpoint × anonymous, a user, another
 * user and an admin, sent as real HTTP requests with HTTP Basic against a small map in which "the
 * user" owns an evidence item and a contestation. The endpoints come from Spring's request
 * mappings, so a new endpoint without a row fails {@link #everyApiEndpoint_hasARowInTheTable}; a
 * refused request must leave the graph exactly as it was, and an allowed write must change it.
 */
@IntegrationTest
class AuthorizationMatrixIT {

    enum Who {
        ANONYMOUS,
        USER,
        OTHER_USER,
        ADMIN
    }

    /** The status each identity gets, in {@link Who}'s order. */
    record Expect(int anonymous, int user, int otherUser, int admin) {
        int of(Who who) {
            return switch (who) {
                case ANONYMOUS -> anonymous;
                case USER -> user;
                case OTHER_USER -> otherUser;
                case ADMIN -> admin;
            };
        }
    }

    /** What the user owns before each case; fills the placeholders of the table's request paths. */
    record Fixture(
            String evidenceId,
            String contestationId,
            @Nullable String tokenId,
            @Nullable String groupId,
            @Nullable String invitationCode,
            // ach13: a hypothesis and a matrix row the user made.
            @Nullable String hypothesisId,
            @Nullable String achItemId,
            // rounds13: a round the user opened on their evidence.
            @Nullable String roundId) {
        String fill(String template) {
            return template.replace("<map>", MAP)
                    .replace("<group>", String.valueOf(groupId))
                    .replace("<code>", String.valueOf(invitationCode))
                    .replace("<evidence>", evidenceId)
                    .replace("<contestation>", contestationId)
                    .replace("<token>", String.valueOf(tokenId))
                    .replace("<hypothesis>", String.valueOf(hypothesisId))
                    .replace("<achItem>", String.valueOf(achItemId))
                    .replace("<round>", String.valueOf(roundId))
                    .replace("<n>", Integer.toString(SEQUENCE.incrementAndGet()));
        }
    }

    /**
     * One line of the table. {@code endpoint} is the method and the pattern exactly as mapped.
     */
    record Row(String endpoint, String path, String body, Expect expect, String what) {
        String method() {
            return endpoint.substring(0, endpoint.indexOf(' '));
        }

        static Row parse(String line) {
            String[] cells = line.split("\\|");
            String endpoint = cells[0].strip().replaceAll(" +", " ");
            int[] statuses = Stream.of(cells[3].strip().split(" +"))
                    .mapToInt(Integer::parseInt)
                    .toArray();
            return new Row(
                    endpoint,
                    cells[1].strip(),
                    cells[2].strip(),
                    new Expect(statuses[0], statuses[1], statuses[2], statuses[3]),
                    cells[4].strip());
        }
    }

    static final String MAP = "matrix-map";
    static final String USER = "ada";
    static final String OTHER_USER = "brigitte";
    /** A member of the user's group (groups13). */
    static final String GROUP_MEMBER = "matrix-member";

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    /**
     * THE table: adding an endpoint means adding one line. Columns: the endpoint as mapped, the request path with the
     * fixture's ids filled in, the body (a key of {@link #BODIES} or -), the status for anonymous,
     * the user who owns the fixture's items, another user and an admin, and what is addressed.
     */
    static final String TABLE = """
            # Contributions: any account may add; only the author or an admin changes or removes.
            POST   /api/maps/{mapId}/evidence                                        | /api/maps/<map>/evidence                                          | evidence      | 401 201 201 201 | evidence
            PUT    /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>                               | evidence-edit | 401 200 403 200 | the user's evidence
            DELETE /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>?expectedVersion=1             | -             | 401 204 403 204 | the user's evidence
            PUT    /api/maps/{mapId}/evidence/{id}/rating                            | /api/maps/<map>/evidence/<evidence>/rating                        | rating        | 401 200 200 200 | the user's evidence
            PUT    /api/maps/{mapId}/arguments/{id}/rating                           | /api/maps/<map>/arguments/a1/rating                               | rating        | 401 200 200 200 | argument a1
            PUT    /api/maps/{mapId}/sources/{id}/grade                              | /api/maps/<map>/sources/s1/grade                                  | grade         | 401 200 200 200 | source s1
            POST   /api/maps/{mapId}/sources                                         | /api/maps/<map>/sources                                           | source        | 401 201 201 201 | a new source
            POST   /api/maps/{mapId}/sources/{id}/contestations                      | /api/maps/<map>/sources/s1/contestations                          | reason        | 401 201 201 201 | source s1
            POST   /api/maps/{mapId}/sources/{sourceId}/contestations/{id}/withdrawal | /api/maps/<map>/sources/s1/contestations/<contestation>/withdrawal | -             | 401 204 403 204 | the user's contestation
            POST   /api/maps/{mapId}/sources/{sourceId}/contestations/{id}/withdrawal | /api/maps/<map>/sources/s1/contestations/x1/withdrawal            | -             | 401 403 403 403 | the essay's own contestation
            POST   /api/maps/{mapId}/claims                                          | /api/maps/<map>/claims                                            | claim         | 401 201 201 201 | a new claim
            POST   /api/maps/{mapId}/counter-arguments                               | /api/maps/<map>/counter-arguments                                 | counter       | 401 201 201 201 | a rebuttal of c1
            # New maps from a text (import12, issue 12): any account; the new map is its own.
            POST   /api/maps                                                         | /api/maps                                                         | new-map       | 401 201 201 201 | a new map
            # Proof standards: whoever may edit the map, i.e. any account (ADR 031).
            PUT    /api/maps/{mapId}/claims/{claimId}/standard                       | /api/maps/<map>/claims/c1/standard                                | standard      | 401 200 200 200 | claim c1
            # Claim revision (claims12, ADR 035): the text's claims are the map's owner's (here: the user's) and the admins'.
            GET    /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c3                                         | -             | 200 200 200 200 | claim c3
            PUT    /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c3                                         | claim-edit    | 401 200 403 200 | the map's claim c3
            DELETE /api/maps/{mapId}/claims/{claimId}                                | /api/maps/<map>/claims/c2?expectedVersion=1                       | -             | 401 204 403 204 | the map's claim c2
            POST   /api/maps/{mapId}/claims/{claimId}/merge                          | /api/maps/<map>/claims/c3/merge                                   | claim-merge   | 401 200 403 200 | c3 into c2
            POST   /api/maps/{mapId}/claims/{claimId}/split                          | /api/maps/<map>/claims/c1/split                                   | claim-split   | 401 201 403 201 | the map's claim c1
            GET    /api/maps/{mapId}/people                                          | /api/maps/<map>/people                                            | -             | 200 200 200 200 | the map's people
            POST   /api/maps/{mapId}/people                                          | /api/maps/<map>/people                                            | person        | 401 201 201 201 | a new person
            # Authoring (args12, ADR 032): anyone signed in adds; the author, the map's owner (here the user) or an admin changes.
            POST   /api/maps/{mapId}/arguments                                       | /api/maps/<map>/arguments                                         | argument      | 401 201 201 201 | a new argument for c1
            GET    /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | -             | 200 200 200 200 | argument a1
            PUT    /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | argument-edit | 401 200 403 200 | the map's argument a1
            DELETE /api/maps/{mapId}/arguments/{argumentId}                          | /api/maps/<map>/arguments/a1                                      | -             | 401 204 403 204 | the map's argument a1
            POST   /api/maps/{mapId}/attacks                                         | /api/maps/<map>/attacks                                           | attack        | 401 201 201 201 | an undercut of a1
            GET    /api/maps/{mapId}/attacks/{attackId}                              | /api/maps/<map>/attacks/k1                                        | -             | 200 200 200 200 | attack k1
            DELETE /api/maps/{mapId}/attacks/{attackId}                              | /api/maps/<map>/attacks/k1                                        | -             | 401 204 403 204 | the map's attack k1
            GET    /api/maps/{mapId}/claims/{claimId}/citations                      | /api/maps/<map>/claims/c1/citations                               | -             | 200 200 200 200 | claim c1
            POST   /api/maps/{mapId}/claims/{claimId}/citations                      | /api/maps/<map>/claims/c2/citations                               | citation      | 401 201 201 201 | claim c2
            DELETE /api/maps/{mapId}/claims/{claimId}/citations/{citationId}         | /api/maps/<map>/claims/c1/citations/cite-0                        | -             | 401 204 403 204 | the map's citation on c1
            POST   /api/maps/{mapId}/claims/{claimId}/pros                           | /api/maps/<map>/claims/c1/pros                                    | side          | 401 201 201 201 | claim c1
            POST   /api/maps/{mapId}/claims/{claimId}/cons                           | /api/maps/<map>/claims/c1/cons                                    | side          | 401 201 201 201 | claim c1
            # Reads of maps and contributions are open to everyone.
            GET    /api/maps                                                         | /api/maps                                                         | -             | 200 200 200 200 | the list
            GET    /api/maps/{id}                                                    | /api/maps/<map>                                                   | -             | 200 200 200 200 | the map
            GET    /api/maps/{mapId}/evaluation                                      | /api/maps/<map>/evaluation                                        | -             | 200 200 200 200 | the map
            GET    /api/maps/{id}/search                                             | /api/maps/<map>/search?q=sky                                      | -             | 200 200 200 200 | the map
            # fix12: the original file is a read too; the fixture map is not made from a file, so 404 for all, never 401.
            GET    /api/maps/{id}/original                                           | /api/maps/<map>/original                                          | -             | 404 404 404 404 | the map
            GET    /api/maps/{mapId}/claims/{claimId}/explanation                    | /api/maps/<map>/claims/c1/explanation                             | -             | 200 200 200 200 | claim c1
            GET    /api/maps/{mapId}/claims/{claimId}/evidence                       | /api/maps/<map>/claims/c3/evidence                                | -             | 200 200 200 200 | claim c3
            GET    /api/maps/{mapId}/evidence/{id}                                   | /api/maps/<map>/evidence/<evidence>                               | -             | 200 200 200 200 | the user's evidence
            GET    /api/maps/{mapId}/evidence/{id}/ratings                           | /api/maps/<map>/evidence/<evidence>/ratings                       | -             | 200 200 200 200 | the user's evidence
            GET    /api/maps/{mapId}/arguments/{id}/ratings                          | /api/maps/<map>/arguments/a1/ratings                              | -             | 200 200 200 200 | argument a1
            GET    /api/maps/{mapId}/sources/{id}/grades                             | /api/maps/<map>/sources/s1/grades                                 | -             | 200 200 200 200 | source s1
            GET    /api/maps/{mapId}/sources/{id}/contestations                      | /api/maps/<map>/sources/s1/contestations                          | -             | 200 200 200 200 | source s1
            # The change log: anyone reads it; the author of a change or an admin undoes it. Change 1 is the user's evidence.
            GET    /api/maps/{mapId}/changes                                        | /api/maps/<map>/changes                                           | -             | 200 200 200 200 | the map's change log
            POST   /api/maps/{mapId}/changes/{seq}/undo                             | /api/maps/<map>/changes/1/undo                                    | -             | 401 201 403 201 | the user's first change
            # Maps as things users own (owners12, ADR 034): the user owns the map; its owner or an admin renames and
            # deletes it (soft, undoable); anyone signed in copies it; each sees the deleted maps they may restore.
            PUT    /api/maps/{id}                                                    | /api/maps/<map>                                                   | rename        | 401 200 403 200 | the user's map
            DELETE /api/maps/{id}                                                    | /api/maps/<map>                                                   | -             | 401 200 403 200 | the user's map
            POST   /api/maps/{id}/copies                                             | /api/maps/<map>/copies                                            | copy          | 401 201 201 201 | the user's map
            GET    /api/deleted-maps                                                 | /api/deleted-maps                                                 | -             | 401 200 200 200 | one's deleted maps
            # Personal tokens: one's own only; someone else's is as good as unknown, even to an admin.
            POST   /api/tokens                                                      | /api/tokens                                                       | token         | 401 201 201 201 | a new token
            GET    /api/tokens                                                      | /api/tokens                                                       | -             | 401 200 200 200 | one's own tokens
            DELETE /api/tokens/{id}                                                 | /api/tokens/<token>                                               | -             | 401 204 404 404 | the user's token
            # Accounts by script: admins only.
            POST   /api/accounts                                                    | /api/accounts                                                     | account       | 401 403 403 201 | a new account
            GET    /api/accounts                                                    | /api/accounts                                                     | -             | 401 403 403 200 | all accounts
            # Seminar groups (groups13, issue 13, ADR 037): the user owns <group>, in which matrix-member is a member; the
            # other user is an outsider, who gets 404 as for a group that does not exist; admins act as owners.
            POST   /api/groups                                                      | /api/groups                                                       | group         | 401 201 201 201 | a new group
            GET    /api/groups                                                      | /api/groups                                                       | -             | 401 200 200 200 | one's groups
            GET    /api/groups/{groupId}                                            | /api/groups/<group>                                               | -             | 401 200 404 200 | the user's group
            GET    /api/groups/{groupId}/members                                    | /api/groups/<group>/members                                       | -             | 401 200 404 200 | its members
            GET    /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/matrix-member                         | -             | 401 200 404 200 | a member's role
            PUT    /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/matrix-member                         | group-role    | 401 200 404 200 | a member made instructor
            DELETE /api/groups/{groupId}/members/{username}                         | /api/groups/<group>/members/matrix-member                         | -             | 401 204 404 204 | a member removed
            GET    /api/groups/{groupId}/invitations                                | /api/groups/<group>/invitations                                   | -             | 401 200 404 200 | its invitations
            POST   /api/groups/{groupId}/invitations                                | /api/groups/<group>/invitations                                   | invitation    | 401 201 404 201 | a new invitation
            # Accepting records the use even for someone already in (the owner keeps their role); anyone signed in may.
            POST   /api/invitations/{code}/accept                                   | /api/invitations/<code>/accept                                    | -             | 401 200 200 200 | the group's invitation
            # Self-registration with the group's invitation (default mode invite): anyone, signed in or not.
            POST   /api/accounts/registrations                                      | /api/accounts/registrations                                       | registration  | 201 201 201 201 | a new account
            # Moderation (mod13, ADR 038): the map's owner (here the user) and admins moderate, other members may not;
            # the decisions are checked on an unknown mark (the role is checked first, then the mark: 404).
            POST   /api/maps/{mapId}/reviews                                         | /api/maps/<map>/reviews                                           | review        | 401 201 403 201 | the user's evidence
            GET    /api/maps/{mapId}/reviews                                         | /api/maps/<map>/reviews                                           | -             | 200 200 200 200 | the map's marks
            POST   /api/maps/{mapId}/reviews/{reviewId}/resolve                      | /api/maps/<map>/reviews/rv-none/resolve                           | -             | 401 404 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/hide                         | /api/maps/<map>/reviews/rv-none/hide                              | -             | 401 404 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/restore                      | /api/maps/<map>/reviews/rv-none/restore                           | -             | 401 404 403 404 | an unknown mark
            POST   /api/maps/{mapId}/reviews/{reviewId}/remove                       | /api/maps/<map>/reviews/rv-none/remove                            | -             | 401 404 403 404 | an unknown mark
            GET    /api/groups/{groupId}/activity                                    | /api/groups/g-none/activity                                       | -             | 401 404 404 404 | an unknown group
            # ach13 (issue 13 point 5, ADR 040): competing hypotheses. Reads follow the map; members (any account on a
            # map outside groups) define and rate their own matrix; a hypothesis goes by its author or an instructor.
            GET    /api/maps/{mapId}/hypotheses                                      | /api/maps/<map>/hypotheses                                        | -             | 200 200 200 200 | the map's hypotheses
            POST   /api/maps/{mapId}/hypotheses                                      | /api/maps/<map>/hypotheses                                        | hypothesis    | 401 201 201 201 | a new hypothesis
            DELETE /api/maps/{mapId}/hypotheses/{hypothesisId}                       | /api/maps/<map>/hypotheses/<hypothesis>                           | -             | 401 204 403 204 | the user's hypothesis
            GET    /api/maps/{mapId}/ach/items                                       | /api/maps/<map>/ach/items                                         | -             | 200 200 200 200 | the matrix's rows
            POST   /api/maps/{mapId}/ach/items                                       | /api/maps/<map>/ach/items                                         | ach-item      | 401 201 201 201 | claim c2 as a row
            PUT    /api/maps/{mapId}/ach/ratings/{hypothesisId}/{itemId}             | /api/maps/<map>/ach/ratings/<hypothesis>/<achItem>                | ach-rating    | 401 200 200 200 | one's own cell
            GET    /api/maps/{mapId}/ach                                             | /api/maps/<map>/ach                                               | -             | 200 200 200 200 | the group matrix
            GET    /api/maps/{mapId}/ach                                             | /api/maps/<map>/ach?matrix=mine                                   | -             | 401 200 200 200 | one's own matrix
            # A group's maps (access13, ADR 037): nobody here is in a group, so the group is unknown to all
            # (GroupAuthorizationMatrixIT has the roles of a real group).
            POST   /api/groups/{groupId}/maps                                        | /api/groups/g-none/maps                                           | group-copy    | 401 404 404 404 | an unknown group
            GET    /api/groups/{groupId}/maps                                        | /api/groups/g-none/maps                                           | -             | 401 404 404 404 | an unknown group
            PUT    /api/groups/{groupId}/maps/{mapId}                                | /api/groups/g-none/maps/<map>                                     | publish       | 401 404 404 404 | an unknown group
            # Blind rating rounds (rounds13, ADR 039): the map's owner (here the user) or an admin opens and closes a
            # round; every member rates; reads are open (a round shows its ratings only once closed: the CSV is 409 before).
            POST   /api/maps/{mapId}/rounds                                         | /api/maps/<map>/rounds                                            | round         | 401 201 403 201 | a new round on the user's evidence
            GET    /api/maps/{mapId}/rounds                                         | /api/maps/<map>/rounds                                            | -             | 200 200 200 200 | the map's rounds
            GET    /api/maps/{mapId}/rounds/{roundId}                               | /api/maps/<map>/rounds/<round>                                    | -             | 200 200 200 200 | the open round
            PUT    /api/maps/{mapId}/rounds/{roundId}/ratings/{itemId}              | /api/maps/<map>/rounds/<round>/ratings/<evidence>                 | rating        | 401 200 200 200 | the open round's item
            POST   /api/maps/{mapId}/rounds/{roundId}/close                         | /api/maps/<map>/rounds/<round>/close                              | -             | 401 200 403 200 | the open round
            GET    /api/maps/{mapId}/rounds/{roundId}/ratings.csv                   | /api/maps/<map>/rounds/<round>/ratings.csv                        | -             | 409 409 409 409 | the open round's CSV
            # Interchange (aif14, issue 14, ADR 041): anyone signed in imports a file as a new map of their own;
            # whoever reads a map exports it.
            POST   /api/maps/import                                                  | /api/maps/import?format=aif                                       | aif-file      | 401 201 201 201 | a new map from an AIF file
            GET    /api/maps/{id}/export                                             | /api/maps/<map>/export?format=aif                                 | -             | 200 200 200 200 | the map as AIF
            GET    /api/maps/{id}/export                                             | /api/maps/<map>/export?format=xaif                                | -             | 200 200 200 200 | the map as xAIF
            # exports14 (issue 14 point 6): the exports for people are reads, open to whoever reads the map.
            GET    /api/maps/{mapId}/claims.csv                                      | /api/maps/<map>/claims.csv                                        | -             | 200 200 200 200 | the map's claims
            GET    /api/maps/{mapId}/sources.csv                                     | /api/maps/<map>/sources.csv                                       | -             | 200 200 200 200 | the map's sources
            GET    /api/maps/{mapId}/report.pdf                                      | /api/maps/<map>/report.pdf?reject=s1                              | -             | 200 200 200 200 | the map's report, s1 rejected
            # gaps13 (ADR 040): the map's owner (here the user) and admins remove and weigh matrix rows, other members
            # may not; checked on an unknown row (the role is checked first, then the row: 404).
            DELETE /api/maps/{mapId}/ach/items/{itemId}                              | /api/maps/<map>/ach/items/i-none                                  | -             | 401 404 403 404 | an unknown row
            PUT    /api/maps/{mapId}/ach/items/{itemId}                              | /api/maps/<map>/ach/items/i-none                                  | ach-weights   | 401 404 403 404 | an unknown row
            # backup14 (ADR 043): the whole database, admins only; a restore into this database, which is not empty, is 409.
            GET    /api/backup                                                       | /api/backup                                                       | -             | 401 403 403 200 | the whole database
            POST   /api/restore                                                      | /api/restore                                                      | restore       | 401 403 403 409 | an empty backup
            # An admin sets an account's password (after a restore without hashes, ADR 043): an unknown account here.
            PUT    /api/accounts/{username}/password                                | /api/accounts/matrix-nobody/password                              | password      | 401 403 403 404 | an unknown account
            """;

    static final Map<String, String> BODIES = withMore(Map.of(
            "evidence",
            """
            {"claimId":"c3","sourceId":"s1","locator":"p. 12","quote":"Blue at noon.","stance":"for",
             "url":"https://example.org/log","note":null,"anchor":{"exact":"it is blue","start":49,"end":59}}""",
            "evidence-edit",
            """
            {"claimId":"c3","sourceId":"s1","locator":"p. 13","quote":"Blue all day.","stance":"for",
             "url":null,"note":null,"anchor":null,"expectedVersion":1}""",
            "rating",
            "{\"value\":0.75}",
            "grade",
            "{\"reliability\":\"B\",\"credibility\":2}",
            "source",
            "{\"authors\":[\"Delta\"],\"title\":\"Clouds\",\"year\":2001,\"kind\":\"press\",\"accessibility\":\"published\"}",
            "reason",
            "{\"reason\":\"Gamma never looked.\"}",
            "claim",
            "{\"kind\":\"premise\",\"text\":\"Alpha saw green\"}",
            "counter",
            "{\"targetId\":\"c1\",\"attackKind\":\"rebut\",\"claim\":{\"kind\":\"counter-claim\",\"text\":\"The sky is grey\"}}",
            "token",
            "{\"name\":\"matrix\"}",
            "account",
            "{\"username\":\"matrix-<n>\",\"password\":\"matrix-password-123\",\"role\":\"user\"}"));

    /** Map.of takes ten entries; the bodies of later rows are added here. */
    static Map<String, String> withMore(Map<String, String> bodies) {
        var all = new java.util.HashMap<>(bodies);
        all.put("standard", "{\"standard\":\"clear-and-convincing\"}");
        // claim revision (claims12)
        all.put("claim-edit", "{\"text\":\"The sky is blue at noon\",\"expectedVersion\":1}");
        all.put("claim-merge", "{\"intoId\":\"c2\"}");
        all.put("claim-split", "{\"first\":{\"text\":\"The sky\"},\"second\":{\"text\":\"is green\"}}");
        all.put("person", "{\"name\":\"Gamma\"}");
        // args12 (authoring, ADR 032)
        all.put("argument", "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c3\"]}");
        all.put("argument-edit", "{\"conclusionId\":\"c1\",\"premiseIds\":[\"c2\",\"c3\"],\"expectedVersion\":1}");
        all.put("attack", "{\"fromId\":\"c3\",\"targetId\":\"a1\",\"kind\":\"undercut\"}");
        all.put("citation", "{\"sourceId\":\"s1\",\"locator\":\"p. 4\"}");
        all.put("side", "{\"text\":\"Alpha paints skies\"}");
        all.put("new-map", "{\"title\":\"Matrix text <n>\",\"language\":\"en\",\"text\":\"The sky is blue.\"}");
        // aif14: the smallest AIF file that makes a map (one argument).
        all.put(
                "aif-file",
                "{\"nodes\":[{\"nodeID\":\"1\",\"text\":\"The sky is blue\",\"type\":\"I\"},"
                        + "{\"nodeID\":\"2\",\"text\":\"Alpha saw it\",\"type\":\"I\"},"
                        + "{\"nodeID\":\"3\",\"text\":\"Default Inference\",\"type\":\"RA\"}],"
                        + "\"edges\":[{\"edgeID\":\"1\",\"fromID\":\"2\",\"toID\":\"3\"},"
                        + "{\"edgeID\":\"2\",\"fromID\":\"3\",\"toID\":\"1\"}],\"locutions\":[]}");
        // An admin's new password for an account.
        all.put("password", "{\"password\":\"matrix-password-456\"}");
        // owners12: renaming and copying a map.
        all.put("rename", "{\"title\":\"Renamed by the matrix\"}");
        all.put("copy", "{\"title\":\"Matrix copy\"}");
        // groups13: groups, invitations, registration.
        all.put("group", "{\"name\":\"Matrix group\"}");
        all.put("group-role", "{\"role\":\"instructor\"}");
        all.put("invitation", "{\"role\":\"member\",\"expiresInDays\":7}");
        all.put(
                "registration",
                "{\"username\":\"matrix-reg-<n>\",\"password\":\"matrix-password-123\",\"invitation\":\"<code>\"}");
        // mod13: a mark for review on the user's evidence.
        all.put("review", "{\"itemId\":\"<evidence>\",\"reason\":\"unclear\",\"note\":\"Matrix.\"}");
        // ach13: competing hypotheses.
        all.put("hypothesis", "{\"text\":\"Alpha dreamt it\"}");
        all.put("ach-item", "{\"kind\":\"claim\",\"refId\":\"c2\"}");
        all.put("ach-rating", "{\"rating\":\"II\"}");
        // gaps13: a matrix row's new weights.
        all.put("ach-weights", "{\"credibility\":\"high\",\"relevance\":\"low\"}");
        // access13: a group's copy of a map, and publishing it.
        all.put("group-copy", "{\"fromMapId\":\"<map>\"}");
        all.put("publish", "{\"published\":true}");
        // rounds13: a round on the user's evidence.
        all.put("round", "{\"kind\":\"evidence\",\"items\":[\"<evidence>\"]}");
        // backup14: a backup with nothing in it.
        all.put("restore", "{\"format\":\"disputatio-backup\",\"version\":1,\"nodes\":[],\"relationships\":[]}");
        return Map.copyOf(all);
    }

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

    final JsonMapper json = JsonMapper.builder().build();

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    Set<String> apiEndpoints() {
        return EndpointMatrix.apiEndpoints(mappings);
    }

    @Test
    void everyApiEndpoint_hasARowInTheTable() {
        Set<String> endpoints = apiEndpoints();
        Set<String> inTable = new TreeSet<>();
        ROWS.forEach(r -> inTable.add(r.endpoint()));

        Set<String> withoutRow = new TreeSet<>(endpoints);
        withoutRow.removeAll(inTable);
        assertThat(withoutRow)
                .as("endpoints with no row in AuthorizationMatrixIT.TABLE: add one saying who may call them")
                .isEmpty();

        List<String> staleRows = ROWS.stream()
                .filter(r -> !endpoints.contains(r.endpoint()))
                .map(Row::endpoint)
                .toList();
        assertThat(staleRows).as("rows for endpoints that no longer exist").isEmpty();
        assertThat(endpoints)
                .as("the write endpoints the table is known to cover")
                .contains("PUT /api/maps/{mapId}/evidence/{id}", "POST /api/maps/{mapId}/claims");
    }

    @TestFactory
    Stream<DynamicTest> everyEndpoint_asEveryIdentity_getsTheStatusInTheTable() {
        Set<String> endpoints = apiEndpoints();
        TestUsers.ensure(accounts, USER, OTHER_USER);
        // One fixture of the user's items, made again after each allowed write.
        var cases = new EndpointMatrix.Cases<Fixture>(driver, () -> freshFixture(endpoints));
        List<DynamicTest> tests = new ArrayList<>();
        for (Row row : ROWS) {
            for (Who who : Who.values()) {
                int expected = row.expect().of(who);
                String name = row.endpoint() + " [" + row.what() + "] as " + who + " → " + expected;
                tests.add(DynamicTest.dynamicTest(
                        name,
                        () -> cases.check(row.method(), who, expected, fixture -> {
                            String path = fixture.fill(row.path());
                            @Nullable
                            String body = row.body().equals("-") ? null : fixture.fill(BODIES.get(row.body()));
                            return new EndpointMatrix.Sent(path, send(row.method(), path, body, who));
                        })));
            }
        }
        return tests.stream();
    }

    /** The small map, an evidence item and a contestation by the user, and a token if tokens exist. */
    Fixture freshFixture(Set<String> endpoints) throws Exception {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP), null, USER); // the user owns the map (owners12)
        String evidenceId = created(send("POST", "/api/maps/" + MAP + "/evidence", BODIES.get("evidence"), Who.USER));
        String contestationId = created(
                send("POST", "/api/maps/" + MAP + "/sources/s1/contestations", "{\"reason\":\"Mine.\"}", Who.USER));
        String tokenId = endpoints.contains("POST /api/tokens")
                ? created(send("POST", "/api/tokens", "{\"name\":\"the user's\"}", Who.USER))
                : null;
        // A group of the user's with a member, and an invitation to it (groups13).
        String groupId = null;
        String invitationCode = null;
        if (endpoints.contains("POST /api/groups")) {
            TestUsers.ensure(accounts, GROUP_MEMBER);
            groupId = created(send("POST", "/api/groups", BODIES.get("group"), Who.USER));
            var invitation =
                    send("POST", "/api/groups/" + groupId + "/invitations", BODIES.get("invitation"), Who.USER);
            assertThat(invitation.statusCode())
                    .as("fixture: %s", invitation.body())
                    .isEqualTo(201);
            invitationCode = json.readTree(invitation.body()).get("code").asString();
            var joined = send(
                    "POST",
                    "/api/invitations/" + invitationCode + "/accept",
                    null,
                    Who.USER,
                    GROUP_MEMBER + ":" + TestUsers.PASSWORD);
            assertThat(joined.statusCode()).as("fixture: %s", joined.body()).isEqualTo(200);
        }
        // ach13: a hypothesis and a row of the user's, once the endpoints exist.
        String hypothesisId = endpoints.contains("POST /api/maps/{mapId}/hypotheses")
                ? created(send("POST", "/api/maps/" + MAP + "/hypotheses", "{\"text\":\"Mine\"}", Who.USER))
                : null;
        String achItemId = endpoints.contains("POST /api/maps/{mapId}/ach/items")
                ? created(send(
                        "POST", "/api/maps/" + MAP + "/ach/items", "{\"kind\":\"claim\",\"refId\":\"c1\"}", Who.USER))
                : null;
        String roundId = endpoints.contains("POST /api/maps/{mapId}/rounds")
                ? created(send(
                        "POST",
                        "/api/maps/" + MAP + "/rounds",
                        "{\"kind\":\"evidence\",\"items\":[\"" + evidenceId + "\"]}",
                        Who.USER))
                : null;
        return new Fixture(
                evidenceId, contestationId, tokenId, groupId, invitationCode, hypothesisId, achItemId, roundId);
    }

    HttpResponse<String> send(String method, String path, @Nullable String body, Who who) throws Exception {
        return send(method, path, body, who, null);
    }

    /** As {@code who}, or with {@code credentials} ("name:password") for an account outside {@link Who}. */
    HttpResponse<String> send(
            String method, String path, @Nullable String body, Who who, @Nullable String otherCredentials)
            throws Exception {
        String credentials = otherCredentials != null
                ? otherCredentials
                : switch (who) {
                    case ANONYMOUS -> null;
                    case USER -> USER + ":" + TestUsers.PASSWORD;
                    case OTHER_USER -> OTHER_USER + ":" + TestUsers.PASSWORD;
                    case ADMIN -> "admin:" + IntegrationTest.ADMIN_PASSWORD;
                };
        return EndpointMatrix.send(port, method, path, body, credentials);
    }
}
