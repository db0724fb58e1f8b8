package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.workspace.ShippedEssay;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A seminar's source-criticism session end to end in Debian's headless Chromium (issue 13 point 6), three people in
 * three browser sessions, every step the issue names done by clicks: the teacher creates a group and an invitation
 * and reads its link from the page; Anna registers with the link (the default registration mode asks for an
 * invitation), Bruno (who has an account) signs in from the link and joins; the teacher adds a copy of the shipped
 * essay to the group from the group page, follows the copy's "Rating rounds" link and opens a blind round of source
 * grades on its first three sources; both students rate every source, each seeing only their own ratings on the page
 * and in the API; the teacher sees who has rated, not what, closes the round and reads Krippendorff's alpha for
 * reliability (nominal) and credibility (ordinal), computed here independently from the coincidence-matrix
 * definition (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"), with its interpretation and the
 * chart. The essay outside the group keeps no round and its evidence. The API is used only to read and assert, and
 * for one evidence item on the essay set up before the session. Screenshots go to target/screenshots/.
 */
@IntegrationTest
class SeminarSessionBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    static final String ESSAY = ShippedEssay.ID.value();
    static final String TEACHER = "ss-teacher";
    static final String ANNA = "ss-anna";
    static final String ANNA_PASSWORD = "anna-password-4242";
    static final String BRUNO = "ss-bruno";
    static final String GROUP = "Source criticism, winter term";

    /** The grades each student gives the round's three sources: reliability letter, credibility 1–6. */
    static final String[][] ANNA_GRADES = {{"A", "2"}, {"B", "3"}, {"C", "5"}};

    static final String[][] BRUNO_GRADES = {{"A", "2"}, {"B", "4"}, {"D", "5"}};

    @LocalServerPort
    int port;

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withEssay().withUsers(TEACHER, BRUNO);

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    ApiCalls api;

    @BeforeEach
    void essay() {
        api = new ApiCalls(port);
    }

    @Test
    void aSeminarRunsABlindRoundOnItsCopyOfTheEssay_andTheTeacherSeesAlpha() throws Exception {
        // Someone's evidence on the essay before the session: the group's copy must neither take it nor touch it.
        MapContent essay = catalog.content(ShippedEssay.ID).orElseThrow();
        var evidence = as(BRUNO, TestUsers.PASSWORD, "POST", "/api/maps/" + ESSAY + "/evidence", """
                {"claimId":"%s","sourceId":"%s","locator":"p. 1","quote":"Before the seminar.","stance":"for"}""".formatted(
                essay.claims().getFirst().id(), essay.sources().getFirst().id()));
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(201);
        assertThat(evidenceOn(ESSAY)).isEqualTo(1);

        // The teacher creates the group and an invitation for members, and reads its link and code from the page.
        BrowserContext teacherSession = chromium.newContext(1400, 900, "en-US");
        teacherSession.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        Page teacher = teacherSession.newPage();
        chromium.signIn(teacher, TEACHER, TestUsers.PASSWORD);
        teacher.locator("vaadin-side-nav-item:has-text('Groups')").click();
        teacher.waitForURL(u -> u.endsWith("/groups"));
        teacher.locator("#new-group-name input").fill(GROUP);
        teacher.locator("#create-group").click();
        teacher.waitForURL(u -> u.matches(".*/groups/g-[0-9a-z]{12}$"));
        String groupPath = teacher.url().substring(teacher.url().indexOf("/groups/"));
        assertThat(teacher.locator("#my-role").textContent()).isEqualTo("Your role: owner");
        assertThat(teacher.locator("#group-maps-grid [data-map]").count()).isZero();

        assertThat(teacher.locator("#invite-role").innerText()).contains("member");
        teacher.locator("#create-invitation").click();
        teacher.locator("#new-invitation").waitFor();
        String link = teacher.locator("#invitation-url input").inputValue();
        String code = teacher.locator("#invitation-code input").inputValue();
        assertThat(link).isEqualTo(chromium.url("/join/" + code));
        teacher.locator("#copy-invitation").click();
        teacher.waitForFunction("async link => (await navigator.clipboard.readText()) === link", link);

        // Anna has no account: she registers with the link and lands in the group.
        Page anna = chromium.newPage(1400, 900, "en-US");
        anna.navigate(link);
        assertThat(anna.locator("#invitation-message").textContent())
                .isEqualTo("You are invited to join “" + GROUP + "” as member.");
        anna.locator("#join-register").click();
        anna.waitForURL(u -> u.contains("/register?invitation=" + code));
        anna.locator("#register-username input").fill(ANNA);
        anna.locator("#register-password input").fill(ANNA_PASSWORD);
        anna.locator("#register-submit").click();
        anna.waitForURL(u -> u.contains("/login"));
        Chromium.signInOnThePage(anna, ANNA, ANNA_PASSWORD);
        anna.waitForURL(u -> u.endsWith(groupPath));
        assertThat(anna.locator("#my-role").textContent()).isEqualTo("Your role: member");

        // Bruno has an account: he signs in from the link, comes back to it and joins.
        Page bruno = chromium.newPage(1400, 900, "en-US");
        bruno.navigate(link);
        bruno.locator("#join-sign-in").click();
        bruno.waitForURL(u -> u.contains("/login"));
        Chromium.signInOnThePage(bruno, BRUNO, TestUsers.PASSWORD);
        bruno.waitForURL(u -> u.endsWith("/join/" + code));
        bruno.locator("#accept-invitation").click();
        bruno.waitForURL(u -> u.endsWith(groupPath));
        assertThat(bruno.locator("#my-role").textContent()).isEqualTo("Your role: member");
        assertThat(bruno.locator("#add-group-map").isVisible())
                .as("members add no maps")
                .isFalse();

        // The teacher adds a copy of the essay (offered first) to the group.
        teacher.reload();
        teacher.locator("#members-grid vaadin-grid-cell-content:text-is('" + BRUNO + "')")
                .waitFor();
        assertThat(teacher.locator("#members-grid vaadin-grid-cell-content:text-is('" + ANNA + "')")
                        .count())
                .isEqualTo(1);
        assertThat(teacher.locator("#group-map-source").innerText()).contains(essay.title());
        teacher.locator("#group-map-source").click();
        teacher.locator("vaadin-select-item[role=option]:visible", new Page.LocatorOptions().setHasText(essay.title()))
                .click();
        teacher.locator("#add-group-map").click();
        var copyRow = teacher.locator("#group-maps-grid [data-map]");
        copyRow.waitFor();
        String copy = copyRow.getAttribute("data-map");
        assertThat(copy).isNotEqualTo(ESSAY);
        assertThat(teacher.locator(
                                "#group-maps-grid vaadin-grid-cell-content",
                                new Page.LocatorOptions().setHasText(essay.title()))
                        .count())
                .isEqualTo(1);
        assertThat(teacher.locator("#group-maps-grid .group-map-publish input").isChecked())
                .as("a copy starts unpublished")
                .isFalse();
        Chromium.shot(teacher, "seminar-group-map-added.png");
        assertThat(groupMaps(TEACHER, TestUsers.PASSWORD, groupPath))
                .as("the API lists the copy as the group's")
                .containsExactly(copy);
        MapContent copied = catalog.content(new MapId(copy)).orElseThrow();
        List<String> graded =
                copied.sources().stream().limit(3).map(MapContent.Source::id).toList();
        assertThat(evidenceOn(copy)).as("nobody's evidence is copied").isZero();

        // From the group page to the copy's rounds: a blind round of source grades on its first three sources.
        teacher.locator("#group-maps-grid a.group-map-rounds").click();
        teacher.waitForURL("**/maps/" + copy + "/rounds");
        teacher.locator("#round-kind").click();
        teacher.locator("vaadin-select-item:visible:has-text('Source grades')").click();
        teacher.locator("#round-items input").click();
        var options = teacher.locator("vaadin-multi-select-combo-box-item");
        options.first().waitFor();
        for (int i = 0; i < 3; i++) options.nth(i).click();
        teacher.keyboard().press("Escape");
        teacher.locator("#round-open").click();
        teacher.locator("#round-detail[data-status='open']").waitFor();
        String round = teacher.locator("#round-detail").getAttribute("data-round");
        assertThat(teacher.locator("#round-raters").textContent()).isEqualTo("Nobody has rated yet.");
        var opened = roundAs(TEACHER, TestUsers.PASSWORD, copy, round);
        assertThat(texts(opened.get("items"))).containsExactlyElementsOf(graded);
        assertThat(opened.get("kind").asString()).isEqualTo("grade");

        // Anna rates every source from the group page's link.
        toTheRounds(anna, copy);
        gradeAll(anna, ANNA_GRADES);

        // Bruno sees that Anna has rated, not what: his controls start empty, nothing of hers is on the page.
        toTheRounds(bruno, copy);
        assertThat(bruno.locator("#round-raters").textContent()).isEqualTo("Rated so far: " + ANNA);
        for (int i = 0; i < 3; i++) {
            assertThat(valueOf(bruno, "#round-rate-" + i + "-reliability")).isIn("", null);
            assertThat(valueOf(bruno, "#round-rate-" + i + "-credibility")).isIn("", null);
        }
        assertThat(bruno.locator("[id^='round-alpha-'], [id^='round-results-'], [id^='round-chart-']")
                        .count())
                .isZero();
        gradeAll(bruno, BRUNO_GRADES);
        bruno.reload();
        bruno.locator("#round-detail[data-status='open']").waitFor();
        for (int i = 0; i < 3; i++) {
            assertThat(bruno.locator("#round-rate-" + i + "-reliability").innerText())
                    .as("Bruno's page shows his own grade of source %d", i)
                    .contains(BRUNO_GRADES[i][0] + " — ");
            assertThat(bruno.locator("#round-rate-" + i + "-credibility").innerText())
                    .contains(BRUNO_GRADES[i][1] + " — ");
        }
        // Anna's C and 3, which Bruno did not give, are nowhere on his page.
        assertThat(bruno.locator("#round-detail").innerText())
                .doesNotContain("C — Fairly reliable")
                .doesNotContain("3 — Possibly true");
        assertThat(bruno.locator("[id^='round-alpha-']").count()).isZero();
        Chromium.shot(bruno, "seminar-member-rated.png");

        // Through the API too, each student reads only their own grades; no spread, no alpha while open.
        for (var student : List.of(List.of(ANNA, ANNA_PASSWORD), List.of(BRUNO, TestUsers.PASSWORD))) {
            JsonNode view = roundAs(student.get(0), student.get(1), copy, round);
            assertThat(view.get("status").asString()).isEqualTo("open");
            assertThat(texts(view.get("raters"))).containsExactly(ANNA, BRUNO);
            assertThat(view.get("ratings").valueStream().map(r -> r.get("user").asString()))
                    .hasSize(3)
                    .containsOnly(student.get(0));
            assertThat(view.has("alpha")).isFalse();
            assertThat(view.toString()).doesNotContain("spread");
        }

        // The teacher sees who has rated, no value, and closes the round.
        teacher.locator("#round-refresh").click();
        teacher.waitForFunction(
                "names => document.querySelector('#round-raters')?.textContent === names",
                "Rated so far: " + ANNA + ", " + BRUNO);
        for (int i = 0; i < 3; i++) {
            assertThat(valueOf(teacher, "#round-rate-" + i + "-reliability")).isIn("", null);
            assertThat(valueOf(teacher, "#round-rate-" + i + "-credibility")).isIn("", null);
        }
        assertThat(teacher.locator("[id^='round-alpha-']").count()).isZero();
        assertThat(roundAs(TEACHER, TestUsers.PASSWORD, copy, round)
                        .get("ratings")
                        .size())
                .as("the teacher reads no rating through the API either")
                .isZero();
        teacher.locator("#round-close").click();

        // Alpha per scale, with its interpretation, as computed here from the definition.
        double reliability = alpha(units(0), false);
        double credibility = alpha(units(1), true);
        // Reliability: units AA, BB, CD → D_o = 2/6, D_e = 26/30, alpha = 1 − 30/78 = 8/13.
        assertThat(reliability).isCloseTo(8.0 / 13, within(1e-12));
        // Credibility: units 22, 34, 55 → D_o = 2/6, D_e = 198/30, alpha = 1 − 10/198.
        assertThat(credibility).isCloseTo(1 - 10.0 / 198, within(1e-12));
        var reliabilityAlpha = teacher.locator("#round-alpha-reliability");
        reliabilityAlpha.waitFor();
        assertThat(reliabilityAlpha.getAttribute("data-alpha")).isEqualTo(threeDecimals(reliability));
        assertThat(reliabilityAlpha.textContent())
                .isEqualTo("Agreement on reliability: Krippendorff's alpha = 0.615 — unreliable (α < 0.667)");
        assertThat(teacher.locator("#round-alpha-credibility").getAttribute("data-alpha"))
                .isEqualTo(threeDecimals(credibility));
        assertThat(teacher.locator("#round-alpha-credibility").textContent())
                .isEqualTo("Agreement on credibility: Krippendorff's alpha = 0.949 — reliable (α ≥ 0.800)");
        assertThat(teacher.locator(".round-alpha-explained").allTextContents())
                .hasSize(2)
                .allMatch(t -> t.startsWith("Alpha says how far the raters agree beyond what chance would give"));
        teacher.locator("#round-chart-reliability").waitFor();
        teacher.locator("#round-chart-credibility").waitFor();
        // The spread of the third source: one C and one D, one 5 twice.
        assertThat(teacher.locator("#round-results-reliability").textContent()).contains("C×1  D×1");
        assertThat(teacher.locator("#round-results-credibility").textContent()).contains("5×2");
        Chromium.shot(teacher, "seminar-round-closed.png");

        // The essay outside the group: no round, its one evidence item, as before the session.
        var essayRounds = as(TEACHER, TestUsers.PASSWORD, "GET", "/api/maps/" + ESSAY + "/rounds", null);
        assertThat(essayRounds.status()).isEqualTo(200);
        assertThat(essayRounds.json().size()).isZero();
        assertThat(evidenceOn(ESSAY)).isEqualTo(1);
        assertThat(evidenceOn(copy)).isZero();
    }

    /** From the group page, reloaded to see the copy the teacher added, to the copy's rounds. */
    static void toTheRounds(Page student, String copy) {
        student.reload();
        student.locator("#group-maps-grid a.group-map-rounds").click();
        student.waitForURL("**/maps/" + copy + "/rounds");
        student.locator("#round-detail[data-status='open']").waitFor();
    }

    /** Grades each source of the round: a grade is saved once both its letter and its number are chosen. */
    static void gradeAll(Page page, String[][] grades) {
        for (int i = 0; i < grades.length; i++) {
            Object before = page.evaluate("() => document.querySelector('#round-detail').dataset.rated ?? ''");
            pick(page, "#round-rate-" + i + "-reliability", grades[i][0] + " — ");
            pick(page, "#round-rate-" + i + "-credibility", grades[i][1] + " — ");
            page.waitForFunction(
                    "before => (document.querySelector('#round-detail').dataset.rated ?? '') !== before", before);
        }
    }

    static void pick(Page page, String select, String option) {
        page.locator(select).click();
        page.locator("vaadin-select-item[role=option]:visible:has-text('" + option + "')")
                .click();
    }

    static Object valueOf(Page page, String select) {
        return page.evaluate("id => document.querySelector(id).value", select);
    }

    /** The round's units for one scale (0 reliability, 1 credibility): per source, both students' values. */
    static List<List<String>> units(int scale) {
        var units = new ArrayList<List<String>>();
        for (int i = 0; i < ANNA_GRADES.length; i++) units.add(List.of(ANNA_GRADES[i][scale], BRUNO_GRADES[i][scale]));
        return units;
    }

    /**
     * Krippendorff's alpha from its definition: the coincidence matrix o_ck (each ordered pair of values within a
     * unit, weighted 1/(m−1)), its margins n_c, D_o = Σ o_ck·δ²(c,k) / n and D_e = Σ n_c·n_k·δ²(c,k) / (n(n−1));
     * nominal δ² is 0 for equal values and 1 otherwise; ordinal δ²(c,k) = (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the
     * values in their order (credibility 1–6; a value nobody gave counts 0).
     */
    static double alpha(List<List<String>> units, boolean ordinal) {
        Map<String, Map<String, Double>> o = new TreeMap<>();
        for (List<String> unit : units) {
            for (int a = 0; a < unit.size(); a++) {
                for (int b = 0; b < unit.size(); b++) {
                    if (a == b) continue;
                    o.computeIfAbsent(unit.get(a), x -> new TreeMap<>())
                            .merge(unit.get(b), 1.0 / (unit.size() - 1), Double::sum);
                }
            }
        }
        Map<String, Double> margins = new TreeMap<>();
        o.forEach((c, row) -> margins.put(
                c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = margins.values().stream().mapToDouble(Double::doubleValue).sum();
        double observed = 0;
        double expected = 0;
        for (String c : margins.keySet()) {
            for (String k : margins.keySet()) {
                double delta2 = ordinal ? ordinal(margins, c, k) : c.equals(k) ? 0 : 1;
                observed += o.get(c).getOrDefault(k, 0.0) * delta2;
                expected += margins.get(c) * margins.get(k) * delta2;
            }
        }
        return 1 - (observed / n) / (expected / (n * (n - 1)));
    }

    static double ordinal(Map<String, Double> margins, String c, String k) {
        int low = Math.min(Integer.parseInt(c), Integer.parseInt(k));
        int high = Math.max(Integer.parseInt(c), Integer.parseInt(k));
        double sum = 0;
        for (int g = low; g <= high; g++) sum += margins.getOrDefault(Integer.toString(g), 0.0);
        double d = sum - (margins.get(c) + margins.get(k)) / 2;
        return d * d;
    }

    static String threeDecimals(double alpha) {
        return String.format(java.util.Locale.ROOT, "%.3f", alpha);
    }

    ApiCalls.Answer as(String user, String password, String method, String path, @Nullable String body)
            throws Exception {
        return api.send(method, path, ApiCalls.basic(user, password), body);
    }

    JsonNode roundAs(String user, String password, String map, String round) throws Exception {
        var answer = as(user, password, "GET", "/api/maps/" + map + "/rounds/" + round, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    List<String> groupMaps(String user, String password, String groupPath) throws Exception {
        var answer = as(user, password, "GET", "/api" + groupPath + "/maps", null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().valueStream().map(m -> m.get("id").asString()).toList();
    }

    long evidenceOn(String map) {
        try (var session = driver.session()) {
            return session.run("MATCH (e:Evidence {mapId: $map}) RETURN count(e) AS n", Map.of("map", map))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }
}
