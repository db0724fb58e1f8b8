package org.disputatio.backup.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.security.AccountService;
import org.disputatio.security.EndpointMatrix;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admins' Backup page in Chromium (issue 14 point 3, from the UI): the download is a backup file holding the
 * essay map, with password hashes only when the box is ticked; uploading it into this non-empty database is
 * refused with the reason shown and nothing written; a user who is not an admin is refused the page.
 * {@code BackupRestoreIT} covers the API, the restore into an empty database and the command line.
 */
@IntegrationTest
class BackupPageBrowserIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(120));

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withEssay();

    @Autowired
    Driver driver;

    @Autowired
    AccountService accounts;

    private Page adminOnBackupPage() {
        Page page = chromium.signIn(chromium.newPage(1280, 900, "en-US"), "admin", IntegrationTest.ADMIN_PASSWORD);
        page.navigate(chromium.url("/backup"));
        page.locator("#backup-download").waitFor();
        return page;
    }

    /** Waits until the Vaadin client has no request under way, so the server has what the browser did. */
    private static void settled(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && !Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && c.isActive())");
    }

    private static JsonNode download(Page page) throws Exception {
        Download download =
                page.waitForDownload(() -> page.locator("#backup-download").click());
        assertThat(download.suggestedFilename()).matches("disputatio-backup-\\d{8}-\\d{6}\\.json");
        return JSON.readTree(Files.readString(download.path()));
    }

    private static List<String> mapIds(JsonNode backup) {
        List<String> ids = new ArrayList<>();
        for (JsonNode node : backup.get("nodes")) {
            for (JsonNode label : node.get("labels")) {
                if (label.asString().equals("Map"))
                    ids.add(node.get("properties").get("id").asString());
            }
        }
        return ids;
    }

    @Test
    void admin_downloadsTheEssay_withPasswordHashesOnlyWhenTicked() throws Exception {
        Page page = adminOnBackupPage();
        assertThat(page.locator("#backup-passwords").getAttribute("checked")).isNull();

        JsonNode plain = download(page);

        assertThat(plain.get("format").asString()).isEqualTo("disputatio-backup");
        assertThat(plain.get("version").asInt()).isEqualTo(1);
        assertThat(plain.get("passwords").asString()).isEqualTo("exclude");
        assertThat(mapIds(plain)).containsExactly(ShippedEssay.ID.value());
        assertThat(plain.toString()).doesNotContain("passwordHash").doesNotContain("{bcrypt}");

        page.locator("#backup-passwords input").check();
        assertThat(page.locator("#backup-passwords").getAttribute("checked")).isNotNull();
        settled(page);
        JsonNode withHashes = download(page);

        assertThat(withHashes.get("passwords").asString()).isEqualTo("include");
        assertThat(mapIds(withHashes)).containsExactly(ShippedEssay.ID.value());
        JsonNode admin = null;
        for (JsonNode node : withHashes.get("nodes")) {
            if (node.get("properties").path("username").asString("").equals("admin")) admin = node;
        }
        assertThat(admin).isNotNull();
        assertThat(admin.get("properties").get("passwordHash").asString()).startsWith("{bcrypt}");
        Chromium.shot(page, "backup-page.png");
    }

    @Test
    void restoreIntoThisNonEmptyDatabase_isRefusedWithTheReason_andChangesNothing() throws Exception {
        Page page = adminOnBackupPage();
        Download download =
                page.waitForDownload(() -> page.locator("#backup-download").click());
        var file = Files.createTempFile(java.nio.file.Path.of("target"), "backup-page", ".json");
        download.saveAs(file);
        List<String> before = EndpointMatrix.snapshot(driver);
        long items;
        try (var session = driver.session()) {
            items = session.run("MATCH (n) WHERE NOT n:User AND NOT n:ApiToken"
                            + " AND NOT any(l IN labels(n) WHERE l STARTS WITH '__Neo4jMigration')"
                            + " RETURN count(n) AS n")
                    .single()
                    .get("n")
                    .asLong();
        }
        assertThat(items).isPositive();

        page.locator("#restore-upload input[type=file]").setInputFiles(file);

        page.locator("#restore-result:not(:empty)").waitFor();
        assertThat(page.locator("#restore-result").textContent())
                .isEqualTo(String.format(
                        Locale.ENGLISH,
                        "Nothing was restored: the database is not empty (%,d items besides accounts).",
                        items));
        Chromium.shot(page, "backup-restore-refused.png");
        assertThat(EndpointMatrix.difference(before, EndpointMatrix.snapshot(driver)))
                .isEmpty();
        Files.delete(file);
    }

    @Test
    void aUserWhoIsNotAnAdmin_isRefusedThePage() {
        TestUsers.ensure(accounts, "ada");
        Page page = chromium.signIn(chromium.newPage(1280, 900, "en-US"), "ada", TestUsers.PASSWORD);
        assertThat(page.locator("vaadin-side-nav-item:has-text('Backup')").count())
                .isZero();

        page.navigate(chromium.url("/backup"));

        page.locator("text=Could not navigate").first().waitFor();
        assertThat(page.locator("#backup-download").count()).isZero();
        assertThat(page.locator("#restore-upload").count()).isZero();
    }
}
