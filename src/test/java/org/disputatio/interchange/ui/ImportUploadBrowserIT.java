package org.disputatio.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.disputatio.ApiCalls;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "Import from another tool" on the new-map page in Chromium (issue 14 points 1, 2, 4): a signed-in user picks the
 * format, uploads a fixture through the real Upload component, reads the report (what was kept, what was not
 * mapped), follows its link and finds the map's claims in the workspace graph; a refused file names the line at
 * fault and makes no map. {@link ImportFromToolIT} checks the same section without a browser.
 */
@IntegrationTest
class ImportUploadBrowserIT {

    static final String USER = "ada";

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers(USER);

    @LocalServerPort
    int port;

    Page page;

    @BeforeEach
    void signIn() {
        page = chromium.signIn(chromium.newPage(1280, 900, "en-US"), USER, TestUsers.PASSWORD);
        page.navigate(chromium.url("/maps/new"));
        page.locator("#import-from-tool").waitFor();
    }

    static byte[] fixture(String path) throws IOException {
        try (InputStream in = ImportUploadBrowserIT.class.getResourceAsStream("/interchange/" + path)) {
            return in.readAllBytes();
        }
    }

    /** Chooses the format by its label in the select's overlay, as a user does. */
    private void chooseFormat(String label) {
        page.locator("#import-format").click();
        page.getByRole(
                        AriaRole.OPTION,
                        new Page.GetByRoleOptions().setName(label).setExact(true))
                .click();
        page.waitForFunction(
                "label => document.querySelector('#import-format vaadin-select-value-button')"
                        + "?.textContent.trim() === label",
                label);
    }

    private void upload(String name, String type, byte[] bytes) {
        page.locator("#import-upload input[type=file]").setInputFiles(new FilePayload(name, type, bytes));
    }

    /** The maps of the user, as the API lists them. */
    private int maps() throws Exception {
        var answer = new ApiCalls(port).send("GET", "/api/maps", ApiCalls.basic(USER, TestUsers.PASSWORD), null);
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().size();
    }

    /** Follows the report's link and counts the claims the workspace's graph draws. */
    private long claimsInTheWorkspace(String mapId) {
        page.locator("#import-open").click();
        page.waitForURL("**/workspace/" + mapId);
        page.locator("vaadin-tab:has-text('Graph')").click();
        page.waitForFunction("() => document.querySelector('workspace-graph')?.cy?.nodes().length > 0");
        return ((Number) page.evaluate("() => document.querySelector('workspace-graph').cy.nodes()"
                        + ".filter(n => !['argument','group','section'].includes(n.data('kind'))).length"))
                .longValue();
    }

    @Test
    void aifFile_uploaded_reportsWhatWasKeptAndNot_andItsWorkspaceShowsTheSevenClaims() throws Exception {
        chooseFormat("AIF (AIFdb JSON)");

        upload("aifdb-hangover.json", "application/json", fixture("aif/aifdb-hangover.json"));

        page.locator("#import-kept").waitFor();
        assertThat(page.locator("#import-error").textContent()).isEmpty();
        assertThat(page.locator("#import-report p").first().textContent())
                .isEqualTo("Imported as the map \u201cimported-map\u201d.");
        assertThat(page.locator("#import-kept li").allTextContents())
                .containsExactly(
                        "7 claims",
                        "1 arguments",
                        "3 attacks",
                        "1 rephrasings",
                        "1 preferences",
                        "2 speakers",
                        "2 people");
        List<String> unmapped = page.locator("#import-unmapped li").allTextContents();
        assertThat(unmapped).as("%s", unmapped).hasSize(4);
        assertThat(unmapped.get(0))
                .isEqualTo("node 105 — TA node 'Default Transition': a transition between locutions (the order of a"
                        + " dialogue) has no counterpart");
        assertThat(unmapped.get(1)).as("%s", unmapped).startsWith("node 106 — L node 'Bob : Hm.': ");
        assertThat(unmapped.get(2))
                .isEqualTo("node 200 — X node 'a note someone left': a node of the type 'X', which AIF's mapping does"
                        + " not know");
        assertThat(unmapped.get(3))
                .as("%s", unmapped)
                .startsWith("edge 20 — edge from ")
                .endsWith(": it points to a node the file does not have");
        Chromium.shot(page, "import-aif-report.png");

        assertThat(claimsInTheWorkspace("imported-map")).isEqualTo(7);
        assertThat(maps()).isEqualTo(1);
    }

    @Test
    void argdownFile_uploaded_reportsItsTagsAndData_andItsWorkspaceShowsTheElevenClaims() throws Exception {
        chooseFormat("Argdown");

        upload("primer.argdown", "text/plain", fixture("primer.argdown"));

        page.locator("#import-kept").waitFor();
        assertThat(page.locator("#import-error").textContent()).isEmpty();
        assertThat(page.locator("#import-kept li").allTextContents())
                .containsExactly("11 claims", "5 arguments", "6 attacks");
        assertThat(page.locator("#import-unmapped li").allTextContents())
                .containsExactly(
                        "line 15 — tag #road safety of [Safety]: Disputatio has no tags",
                        "line 19 — data 'source' of [Pollution]: no field of a claim holds it",
                        "line 44 — tag #untitled of [untitled-1]: Disputatio has no tags");
        String href = page.locator("#import-open").getAttribute("href");
        Chromium.shot(page, "import-argdown-report.png");

        assertThat(claimsInTheWorkspace(href.substring(href.lastIndexOf('/') + 1)))
                .isEqualTo(11);
        assertThat(maps()).isEqualTo(1);
    }

    @Test
    void malformedFile_showsTheLineAtFault_andMakesNoMap() throws Exception {
        String valid = new String(fixture("aif/aifdb-hangover.json"), StandardCharsets.UTF_8);
        // Node 9 loses its id: the importer must name its line and write nothing of the rest.
        String broken = valid.replace("{\"nodeID\": \"9\", ", "{");
        assertThat(broken).isNotEqualTo(valid);
        int line = Arrays.asList(valid.split("\n"))
                        .indexOf(Arrays.stream(valid.split("\n"))
                                .filter(l -> l.contains("\"nodeID\": \"9\""))
                                .findFirst()
                                .orElseThrow())
                + 1;
        int before = maps();
        chooseFormat("AIF (AIFdb JSON)");

        upload("broken.json", "application/json", broken.getBytes(StandardCharsets.UTF_8));

        page.locator("#import-error:not(:empty)").waitFor();
        assertThat(page.locator("#import-error").textContent())
                .isEqualTo(
                        "The file was not imported (line " + line + "): A node (line " + line + ") has no \"nodeID\".");
        assertThat(page.locator("#import-report").textContent()).isEmpty();
        Chromium.shot(page, "import-refused.png");
        assertThat(maps()).isEqualTo(before).isZero();
    }
}
