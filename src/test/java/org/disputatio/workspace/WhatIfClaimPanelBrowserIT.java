package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.maps.MapCatalog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The claim panel under a what-if (issue 11 point 4), on the essay map in Debian's headless Chromium: a scenario of
 * two rejected sources, restored from the URL; a claim that falls shows its figures before → after, why (the
 * rejected source its support sets met) and each argument's figures; a claim the scenario leaves alone says so;
 * the reset takes it all away. Every figure expected is read from {@code GET /api/maps/{id}/evaluation}, with and
 * without {@code ?reject=}.
 */
@IntegrationTest
class WhatIfClaimPanelBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    @Autowired
    MapCatalog catalog;

    final JsonMapper json = JsonMapper.builder().build();

    Page page;

    @BeforeEach
    void openPage() {
        ShippedEssay.ensureStored(catalog);
        page = chromium.newPage(1440, 900, "en-US");
    }

    private JsonNode evaluation(String query) {
        var response = page.request().get(chromium.url("/api/maps/" + ShippedEssay.ID.value() + "/evaluation" + query));
        assertThat(response.status()).isEqualTo(200);
        return json.readTree(response.text());
    }

    /** "0.71 IN", "— UNDEC": as the panel, the banner and the lists write a position. */
    private static String position(JsonNode assessed) {
        JsonNode strength = assessed.get("strength");
        return (strength == null || strength.isNull() ? "—" : String.format(Locale.ROOT, "%.2f", strength.asDouble()))
                + " " + assessed.get("label").asString();
    }

    private static Map<String, JsonNode> byId(JsonNode list) {
        Map<String, JsonNode> out = new HashMap<>();
        list.forEach(n -> out.put(n.get("id").asString(), n));
        return out;
    }

    private boolean inReader(String claimId) {
        return page.locator("claim-reader mark.claim-span[data-claim='" + claimId + "']")
                        .count()
                > 0;
    }

    private void open(String claimId) {
        page.locator("claim-reader mark.claim-span[data-claim='" + claimId + "']")
                .first()
                .click();
        page.locator("#claim-panel[data-claim='" + claimId + "'] #claim-what-if")
                .waitFor();
    }

    @Test
    void claimPanel_showsBeforeAfterAndWhy_forAClaimThatFallsAndOneThatDoesNot_andResetRemovesThem() {
        JsonNode before = evaluation("");
        Map<String, JsonNode> claimsBefore = byId(before.get("claims"));
        // A claim that stands on one source alone falls when that source is rejected.
        JsonNode falling = null;
        for (JsonNode c : before.get("claims")) {
            if (c.get("label").asString().equals("IN")
                    && !c.get("criticalSources").isEmpty()
                    && !evaluation("?claims=" + c.get("id").asString())
                            .get("arguments")
                            .isEmpty()) {
                falling = c;
                break;
            }
        }
        assertThat(falling)
                .as("an IN claim with a critical source and an argument")
                .isNotNull();
        String fallingId = falling.get("id").asString();
        String critical = falling.get("criticalSources").get(0).asString();
        // A second rejected source, so that the scenario is a combined one.
        String other = before.get("claims")
                .valueStream()
                .flatMap(c -> c.get("criticalSources").valueStream())
                .map(JsonNode::asString)
                .filter(s -> !s.equals(critical) && !s.startsWith("proponent:"))
                .findFirst()
                .orElseThrow();
        String reject = critical + "," + other;
        JsonNode after = evaluation("?reject=" + reject);
        Map<String, JsonNode> claimsAfter = byId(after.get("claims"));
        Set<String> moved = new HashSet<>();
        for (String kind : List.of("lostGrounding", "changedLabel", "changedStrength"))
            after.get("whatIf").get(kind).forEach(id -> moved.add(id.asString()));
        assertThat(moved).contains(fallingId);

        page.navigate(chromium.url("/workspace/" + ShippedEssay.ID.value() + "?reject=" + reject));
        page.waitForFunction("() => Number(document.querySelector('claim-reader')?.dataset.spans) > 300");
        page.locator("#what-if-banner").waitFor();

        // The claim that falls: its figures, why, and each argument's figures.
        assertThat(inReader(fallingId)).isTrue();
        open(fallingId);
        String shift = position(claimsBefore.get(fallingId)) + " → " + position(claimsAfter.get(fallingId));
        assertThat(page.locator("#claim-what-if-shift").textContent()).isEqualTo(shift);
        List<List<String>> sets = new ArrayList<>();
        falling.get("supportSets")
                .forEach(set ->
                        sets.add(set.valueStream().map(JsonNode::asString).toList()));
        long met = sets.stream()
                .filter(set -> set.contains(critical) || set.contains(other))
                .count();
        assertThat(page.locator("#claim-what-if-why").textContent())
                .startsWith("It rested on ")
                .endsWith(": " + met + " of its " + sets.size() + " support sets met a rejected source.");
        Map<String, JsonNode> argumentsAfter = byId(after.get("arguments"));
        JsonNode arguments = evaluation("?claims=" + fallingId).get("arguments");
        List<String> expected = new ArrayList<>();
        for (JsonNode a : arguments) {
            String b = position(a);
            String x = position(argumentsAfter.get(a.get("id").asString()));
            expected.add(a.get("id").asString() + "=" + (b.equals(x) ? "" : b + " → " + x));
        }
        assertThat(page.locator("#claim-what-if-arguments li")
                        .evaluateAll("items => items.map(i => i.dataset.argument + '=' + i.dataset.shift)"))
                .isEqualTo(expected);
        Chromium.shot(page, "what-if-claim-panel-falls.png");

        // A claim the scenario leaves where it was.
        String still = before.get("claims")
                .valueStream()
                .map(c -> c.get("id").asString())
                .filter(id -> !moved.contains(id) && inReader(id))
                .findFirst()
                .orElseThrow();
        open(still);
        assertThat(page.locator("#claim-what-if-shift").textContent()).isEqualTo(position(claimsBefore.get(still)));
        assertThat(page.locator("#claim-what-if-why").textContent()).isEqualTo("Unchanged by this scenario.");
        Chromium.shot(page, "what-if-claim-panel-unchanged.png");

        // Back to the falling claim, then the reset: the panel shows the map as it stands, without the what-if.
        open(fallingId);
        page.locator("#what-if-reset").click();
        page.waitForURL(u -> u.endsWith("/workspace/" + ShippedEssay.ID.value()));
        page.locator("#claim-what-if")
                .waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                        .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        assertThat(page.locator("#claim-panel").getAttribute("data-claim")).isEqualTo(fallingId);
        // Vaadin sends nothing more of a hidden element: what matters is that nobody sees the old figures.
        assertThat(page.locator("#claim-what-if-shift").isVisible()).isFalse();
        assertThat(page.locator("#claim-assessment").isVisible()).isTrue();
    }
}
