package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.disputatio.IntegrationTest;
import org.disputatio.e2e.Chromium;
import org.disputatio.e2e.ChromiumSessions;
import org.disputatio.e2e.FreshGraph;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 12, point 6, as a new user walks it in Debian's headless Chromium: a PDF made by the test becomes a map,
 * five claims are anchored on its words, an argument with two linked premises, an undercut and a con are built
 * around them, a source is cited, a deletion is undone from its notification, and the evaluation says what the
 * engine's rules say it must. Screenshots go to target/screenshots/journey-*.png.
 */
@IntegrationTest
class AuthoringJourneyBrowserIT {

    @RegisterExtension
    static final ChromiumSessions chromium = new ChromiumSessions(Duration.ofSeconds(90));

    static final String USER = "nadia";
    static final String TEXT = TestDocuments.ESSAY_READING_TEXT;

    // The five claims, words of the PDF as the reader shows them.
    static final String FAILS = "the argument from design fails";
    static final String MACHINE = "The world is like a machine";
    static final String WEAK = "the analogy is weak";
    static final String SOME_SUPPORT = "a weak analogy still gives some support to its conclusion";
    static final String PALEY = "Paley\u2019s watch is the classic example of design";
    static final String CON = "An analogy this weak supports nothing";

    @RegisterExtension
    static final FreshGraph graph = FreshGraph.empty().withUsers(USER);

    @Autowired
    MapCatalog catalog;

    @Autowired
    ArgumentEditing editing;

    final JsonMapper json = JsonMapper.builder().build();

    Page page;
    MapId map;

    @BeforeEach
    void signIn() {
        page = chromium.signIn(chromium.newPage(1400, 900, "en-US"), USER, TestUsers.PASSWORD);
    }

    @Test
    void aPdfBecomesAMappedEvaluatedArgument_inTheBrowser() {
        // 1. Upload the PDF, name the map, create it: the workspace opens on the text.
        page.navigate(chromium.url("/maps/new"));
        page.locator("#new-map-upload input[type=file]")
                .setInputFiles(new FilePayload("essay.pdf", "application/pdf", TestDocuments.essayPdf()));
        page.locator("#new-map-reading-text").waitFor();
        assertThat(page.locator("#new-map-reading-text").textContent()).isEqualTo(TEXT);
        page.locator("#new-map-title input").fill("Hume and Paley on design");
        page.locator("#new-map-author input").fill("A. Writer");
        page.locator("#new-map-language input").fill("en");
        Chromium.shot(page, "journey-1-new-map.png");
        page.locator("#new-map-create").click();
        page.waitForURL("**/workspace/hume-and-paley-on-design");
        map = new MapId("hume-and-paley-on-design");
        page.waitForFunction("t => document.querySelector('claim-reader .reader-text')?.textContent === t", TEXT);
        String reading = page.locator("claim-reader .reader-text").textContent();
        // "argu-" / "ment" across two lines of the PDF, and the PDF's curly quotes and apostrophes, kept as such.
        assertThat(reading)
                .contains("that the argument from design fails")
                .contains("Hume wrote: \u201CThe world is like a machine.\u201D")
                .contains("The critics\u2019 reply")
                .contains("some support to its conclusion. Paley\u2019s watch")
                .doesNotContain("argu-", "sup-", "Essay on design", "file:///");
        assertThat(catalog.find(map)).isPresent();

        // 2. Five claims, each from selected words and Alt+Shift+N.
        String fails = anchor(FAILS, 1);
        String machine = anchor(MACHINE, 2);
        String weak = anchor(WEAK, 3);
        String someSupport = anchor(SOME_SUPPORT, 4);
        String paley = anchor(PALEY, 5);
        Chromium.shot(page, "journey-2-five-claims.png");
        for (var claim : content().claims()) {
            // The words are the author's: the claims are the text's author's, not the user's.
            assertThat(claim.proponent()).isEqualTo("A. Writer");
            assertThat(claim.anchors()).hasSize(1);
            assertThat(claim.anchors().getFirst().exact()).isEqualTo(claim.text());
            assertThat(TEXT.substring(
                            claim.anchors().getFirst().start(),
                            claim.anchors().getFirst().end()))
                    .isEqualTo(claim.text());
        }

        // 3. An argument for "the argument from design fails" from two linked premises, by keyboard.
        show(fails);
        page.keyboard().press("Alt+Shift+A");
        page.locator("#argument-premises input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#argument-premises') != null"
                + " || document.activeElement?.id === 'argument-premises'");
        pickPremise("machine", MACHINE);
        page.keyboard().press("Control+a");
        pickPremise("analogy is weak", WEAK);
        page.keyboard().press("Tab");
        page.keyboard().press("Control+Enter");
        waitGone("#argument-dialog");
        var argument = eventually(() -> content().arguments().stream()
                .filter(a -> a.conclusion().equals(fails))
                .findFirst());
        assertThat(argument.premises()).containsExactly(machine, weak);
        String a1 = argument.id();

        // 4a. An undercut of that argument's inference by "a weak analogy still gives some support". The closed
        // dialog left the focus outside the workspace, whose shortcuts listen on the view: back to the claim first.
        page.locator("#claim-text").click();
        page.keyboard().press("Alt+Shift+K");
        page.locator("#attack-save").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('vaadin-combo-box') != null");
        page.keyboard().type("still gives");
        page.locator("vaadin-combo-box-item:has-text('" + SOME_SUPPORT + "')").waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
        page.locator("vaadin-select:has(> label:text-is('Kind of attack'))").click();
        page.locator("vaadin-select-item:text-is('Undercut')").click();
        page.locator("vaadin-select:has(> label:text-is('Argument whose inference is undercut'))")
                .click();
        page.locator("vaadin-select-item:has-text('" + MACHINE + "')").click();
        page.locator("#attack-save").click();
        waitGone("#attack-dialog");
        var undercut = eventually(() ->
                content().attacks().stream().filter(k -> k.to().equals(a1)).findFirst());
        assertThat(undercut.from()).isEqualTo(someSupport);
        assertThat(undercut.kind()).isEqualTo("undercut");

        // With the undercutter unanswered, the argument falls, and its conclusion, which stands on it alone, too.
        var undercutOnly = new LinkedHashMap<String, String>();
        undercutOnly.put(fails, "OUT");
        undercutOnly.put(machine, "IN");
        undercutOnly.put(weak, "IN");
        undercutOnly.put(someSupport, "IN");
        undercutOnly.put(paley, "IN");
        var midway = evaluationWith(undercutOnly);
        assertThat(argumentLabel(midway, a1)).isEqualTo("OUT");

        // 4b. A con of the undercutter, typed and sent with Enter after Alt+Shift+O.
        show(someSupport);
        page.keyboard().press("Alt+Shift+O");
        page.locator("#side-text input").waitFor();
        page.waitForFunction("() => document.activeElement?.closest('#side-text') != null"
                + " || document.activeElement?.id === 'side-text'");
        page.keyboard().type(CON);
        page.keyboard().press("Enter");
        page.locator("#claim-panel:has-text('" + CON + "')").waitFor();
        String con = eventually(() -> claimWithText(CON)).id();
        var rebuttal =
                content().attacks().stream().filter(k -> k.from().equals(con)).toList();
        assertThat(rebuttal)
                .extracting(MapContent.Attack::to, MapContent.Attack::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(someSupport, "rebut"));

        // 5. Cite a source on Paley's claim: the new map has none, so the dialog creates it.
        show(paley);
        page.locator("#claim-cite:not([disabled])").waitFor();
        assertThat(tooltip("#claim-cite")).isEqualTo("Cite a source (Alt+Shift+I)");
        page.keyboard().press("Alt+Shift+I");
        page.locator("#cite-save").waitFor();
        page.getByLabel("Authors (separated by semicolons)").fill("William Paley");
        page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)).fill("Natural Theology");
        page.getByLabel("Year").fill("1802");
        page.getByLabel("Locator (page, folio…)").fill("ch. 1");
        Chromium.shot(page, "journey-5-cite.png");
        page.locator("#cite-save").click();
        waitGone("#cite-dialog");
        var citation = eventually(() -> editing.citations(map, paley).stream().findFirst());
        assertThat(citation.locator()).isEqualTo("ch. 1");
        var source = content().sources().stream()
                .filter(s -> s.id().equals(citation.sourceId()))
                .findFirst()
                .orElseThrow();
        assertThat(source.authors()).containsExactly("William Paley");
        assertThat(source.title()).isEqualTo("Natural Theology");
        assertThat(source.year()).isEqualTo(1802);

        // 6. Delete the con (with its attack) by Alt+Shift+D, then Undo in the notification: all back as it was.
        var before = content();
        // The con has no words in the text: it is reached from the claim it attacks, where it is listed.
        show(someSupport);
        page.locator("#claim-panel .claim-link:has-text('" + CON + "')").first().click();
        page.locator("#claim-panel[data-claim='" + con + "']").waitFor();
        page.locator("#claim-delete:not([disabled])").waitFor();
        page.keyboard().press("Alt+Shift+D");
        page.locator("#claim-undo").waitFor();
        eventually(() -> claimWithText(CON).isEmpty() ? Optional.of(true) : Optional.empty());
        assertThat(content().attacks()).noneMatch(k -> k.from().equals(con));
        Chromium.shot(page, "journey-6-deleted.png");
        page.locator("#claim-undo").click();
        eventually(() -> claimWithText(CON));
        var after = content();
        assertThat(after.claims()).containsExactlyInAnyOrderElementsOf(before.claims());
        assertThat(after.arguments()).containsExactlyInAnyOrderElementsOf(before.arguments());
        assertThat(after.attacks()).containsExactlyInAnyOrderElementsOf(before.attacks());
        assertThat(after.sources()).containsExactlyInAnyOrderElementsOf(before.sources());
        page.locator("#claim-panel[data-claim='" + con + "']").waitFor();
        Chromium.shot(page, "journey-6-restored.png");

        // 7. The evaluation (DF-QuAD, grounded structured labels, ADR 010/029/031; every claim at the prior 0.5,
        // the unrated inference at 0.5, the new source ungraded, weighing 0.5; default standard preponderance):
        // - the con (IN, 0.5) rests on the user's word and nothing attacks it: its word grounds it, adds no strength;
        // - "a weak analogy still gives some support" is rebutted by that con, which is IN: OUT; its strength
        //   0.5 - 0.5 x 0.5 = 0.25 (DF-QuAD counts the attacker's strength whatever its label);
        // - "The world is like a machine" and "the analogy is weak" are the author's word, unattacked: IN, 0.5;
        // - the argument: both premises IN, its only undercutter OUT, so IN; inference 0.5 - 0.5 x 0.25 = 0.375,
        //   times its weakest premise 0.5: 0.1875;
        // - "the argument from design fails" stands only through that argument, which is IN and outweighs the no
        //   counter-evidence (preponderance): IN; 0.5 + 0.5 x 0.1875 = 0.59375;
        // - Paley's claim cites an ungraded source, 0.5 x 0.5 = 0.25 of support: IN, 0.5 + 0.5 x 0.25 = 0.625.
        var expected = new LinkedHashMap<String, String>();
        expected.put(fails, "IN");
        expected.put(machine, "IN");
        expected.put(weak, "IN");
        expected.put(someSupport, "OUT");
        expected.put(paley, "IN");
        expected.put(con, "IN");
        var evaluation = evaluationWith(expected);
        assertThat(strengths(evaluation))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        fails, 0.59375,
                        machine, 0.5,
                        weak, 0.5,
                        someSupport, 0.25,
                        paley, 0.625,
                        con, 0.5));
        assertThat(argumentLabel(evaluation, a1)).isEqualTo("IN");
        assertThat(argumentStrength(evaluation, a1)).isEqualTo(0.1875);
        assertThat(standsOn(evaluation, fails)).isEqualTo("arguments");
        assertThat(standsOn(evaluation, paley)).isEqualTo("assertion");

        // And what the midway evaluation gave before the con: the undercut took the argument down, not its numbers
        // into nonsense: inference 0.5 - 0.5 x 0.5 = 0.25, times 0.5; the conclusion 0.5 + 0.5 x 0.125.
        assertThat(argumentStrength(midway, a1)).isEqualTo(0.125);
        assertThat(strengths(midway).get(fails)).isEqualTo(0.5625);
        Chromium.shot(page, "journey-7-evaluated.png");
    }

    // ------------------------------------------------------------------ steps

    /** Selects the words in the reader, waits until the server has them, presses Alt+Shift+N; the new claim's id. */
    private String anchor(String words, int spans) {
        int start = TEXT.indexOf(words);
        assertThat(start).as("'%s' is in the text once", words).isNotNegative();
        assertThat(TEXT.indexOf(words, start + 1)).isNegative();
        int end = start + words.length();
        Chromium.selectInReader(page, start, end);
        // The selection bar names the characters the server took, so the shortcut acts on these words.
        page.locator("#reader-selection:has-text('(characters " + start + "\u2013" + end + ")')")
                .waitFor();
        page.locator("#claim-new:not([disabled])").waitFor();
        page.keyboard().press("Alt+Shift+N");
        page.waitForFunction("n => Number(document.querySelector('claim-reader')?.dataset.spans) === n", spans);
        var claim = eventually(() -> claimWithText(words));
        assertThat(claim.anchors())
                .extracting(MapContent.Anchor::start, MapContent.Anchor::end)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(start, end));
        page.locator("#claim-panel[data-claim='" + claim.id() + "']").waitFor();
        return claim.id();
    }

    /** Opens the claim in the claim panel with a click on its words in the reader. */
    private void show(String claimId) {
        page.locator("claim-reader mark[data-claim='" + claimId + "']").first().click();
        page.locator("#claim-panel[data-claim='" + claimId + "']").waitFor();
    }

    private void pickPremise(String search, String text) {
        page.keyboard().type(search);
        page.locator("vaadin-multi-select-combo-box-item:has-text('" + text + "')")
                .waitFor();
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Enter");
    }

    private void waitGone(String selector) {
        page.locator(selector).waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    /** Vaadin 25 keeps a button's tooltip in a vaadin-tooltip child. */
    private String tooltip(String selector) {
        return String.valueOf(
                page.evaluate("s => document.querySelector(s)?.querySelector('vaadin-tooltip')?.text ?? ''", selector));
    }

    // ------------------------------------------------------------------ what the server holds

    private MapContent content() {
        return catalog.content(map).orElseThrow();
    }

    private Optional<MapContent.Claim> claimWithText(String text) {
        return content().claims().stream().filter(c -> c.text().equals(text)).findFirst();
    }

    /**
     * {@code GET /api/maps/{id}/evaluation} once its claims carry these labels (the evaluation follows the change
     * log, so it may lag a write by a moment); fails with the last answer if they never do.
     */
    private JsonNode evaluationWith(Map<String, String> labels) {
        JsonNode last = null;
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            var response = page.request().get(chromium.url("/api/maps/" + map.value() + "/evaluation"));
            assertThat(response.status()).isEqualTo(200);
            last = json.readTree(response.text());
            var seen = new LinkedHashMap<String, String>();
            for (JsonNode c : last.get("claims")) {
                seen.put(c.get("id").asString(), c.get("label").asString());
            }
            if (seen.equals(labels)) return last;
            pause();
        }
        throw new AssertionError("the evaluation never gave " + labels + "; last: " + last);
    }

    private static Map<String, Double> strengths(JsonNode evaluation) {
        var strengths = new LinkedHashMap<String, Double>();
        for (JsonNode c : evaluation.get("claims")) {
            strengths.put(c.get("id").asString(), c.get("strength").asDouble());
        }
        return strengths;
    }

    private static String standsOn(JsonNode evaluation, String claimId) {
        for (JsonNode c : evaluation.get("claims")) {
            if (c.get("id").asString().equals(claimId)) return c.get("standsOn").asString();
        }
        throw new AssertionError("no claim " + claimId);
    }

    private static JsonNode argumentOf(JsonNode evaluation, String argumentId) {
        for (JsonNode a : evaluation.get("arguments")) {
            if (a.get("id").asString().equals(argumentId)) return a;
        }
        throw new AssertionError("no argument " + argumentId + " in " + evaluation);
    }

    private static String argumentLabel(JsonNode evaluation, String argumentId) {
        return argumentOf(evaluation, argumentId).get("label").asString();
    }

    private static double argumentStrength(JsonNode evaluation, String argumentId) {
        return argumentOf(evaluation, argumentId).get("strength").asDouble();
    }

    /** Waits for what the server stores, which the browser shows only after its round trip. */
    private static <T> T eventually(Supplier<Optional<T>> probe) {
        Instant until = Instant.now().plus(Duration.ofSeconds(90));
        while (Instant.now().isBefore(until)) {
            var found = probe.get();
            if (found.isPresent()) return found.get();
            pause();
        }
        throw new AssertionError("not seen within 90 s");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
