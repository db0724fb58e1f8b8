package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.workspace.ArgumentTree;
import org.disputatio.workspace.GraphSlice;
import org.disputatio.workspace.MapChangeBroadcaster;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: the workspace's views on maps stored in the embedded Neo4j. */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class WorkspaceViewIT extends SpringBrowserlessTest {

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @Autowired
    MapChangeBroadcaster broadcaster;

    @Autowired
    org.disputatio.evidence.RatingService ratings;

    @Autowired
    org.disputatio.evidence.ClaimEditing claims;

    @Autowired
    org.disputatio.history.ChangeLog changeLog;

    @Autowired
    org.disputatio.security.AccountService accounts;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("two-voices"));
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    @Test
    void unknownMap_saysSo() {
        var view = navigate("workspace/no-such-map", WorkspaceView.class);
        assertThat(view.message.getText()).isEqualTo("There is no map with this id.");
        assertThat(view.split.isVisible()).isFalse();
    }

    @Test
    void reader_showsTheTextWithItsProvenance() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        assertThat(view.heading.getText()).isEqualTo("Two voices");
        assertThat(view.reader.provenance.getText()).contains("A dialogue").contains("Made for tests");
    }

    @Test
    void selectingText_isOfferedOnlyToSignedInUsers_andCheckedAgainstTheText() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.reader.select(13, 29);
        // Anonymous: nothing is offered.
        assertThat(view.reader.selectionBar.isVisible()).isFalse();
        assertThat(view.reader.selection()).isNull();
        // Out of range: ignored.
        view.reader.select(50, 500);
        assertThat(view.reader.selection()).isNull();
    }

    @Test
    void selectingAClaim_showsItsQuoteCitationsCounterArgumentsAndWhy() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.selectClaim("c1");
        assertThat(view.claimPanel.text.getText()).isEqualTo("The sky is green");
        assertThat(view.claimPanel.meta.getText()).contains("Thesis").contains("Alpha");
        assertThat(view.claimPanel.assessment.getText()).contains("Strength");
        // The label comes with what decides it (ADR 029): Beta's counter-claim, which nobody answers.
        assertThat(view.claimPanel.assessment.getElement().getTextRecursively())
                .contains("OUT (does not stand in this map) — defeated only by an objection nobody has answered yet:"
                        + " « The sky is blue »");
        assertThat(view.claimPanel.assessment.getElement().getTextRecursively())
                .contains("Rests on contested sources: Gamma (1999), On the sky");
        assertThat(view.claimPanel.citations.getElement().getTextRecursively()).contains("Gamma, Sky 12-14");
        assertThat(view.claimPanel.counterArguments.getElement().getTextRecursively())
                .contains("Rebut")
                .contains("The sky is blue");
        assertThat(view.claimPanel.why.getElement().getTextRecursively())
                .contains("neutral prior 0.50")
                .contains("Grounded through:");
        // Anonymous visitors read; writing needs an account.
        assertThat(view.claimPanel.addEvidence.isEnabled()).isFalse();
        assertThat(view.claimPanel.addEvidence.getTooltip().getText()).isEqualTo("Sign in to write.");
        assertThat(view.claimPanel.evidence.getElement().getTextRecursively())
                .contains("No evidence attached by users yet.");
    }

    @Test
    void showInReader_switchesToTheReaderTab() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.tabs.setSelectedTab(view.graphTab);
        view.selectClaim("c1");
        view.showInReader(13, 29);
        assertThat(view.tabs.getSelectedTab()).isEqualTo(view.readerTab);
    }

    @Test
    void graph_drawsTheMapAndMarksContestedDependencies() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        GraphSlice.Drawing drawing = view.graph.canvas.drawing();
        assertThat(drawing.nodes()).extracting(GraphSlice.Node::id).contains("c1", "c2", "c3", "a1");
        assertThat(drawing.nodes())
                .filteredOn(GraphSlice.Node::contested)
                .extracting(GraphSlice.Node::id)
                .containsExactly("c1");
        assertThat(view.graph.status.getText()).isEqualTo("Showing 3 of 3 claims; 1 rest on a contested source.");

        view.graph.kinds.setValue(Set.of("counter-claim"));
        assertThat(view.graph.canvas.drawing().nodes())
                .extracting(GraphSlice.Node::id)
                .containsExactly("c3");

        view.selectClaim("c2");
        view.focusInGraph("c2");
        assertThat(view.graph.kinds.getValue()).isEmpty();
        assertThat(view.graph.canvas.drawing().nodes())
                .extracting(GraphSlice.Node::id)
                .contains("c2", "a1", "c1");
    }

    @Test
    void outline_startsAtTheThesis_withAttacksAsMarkedRows() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        var roots = view.outline.childrenOf(null);
        assertThat(roots).extracting(ArgumentTree.Row::id).containsExactly("c1");
        assertThat(view.outline.label(roots.getFirst())).isEqualTo("[Thesis] The sky is green");
        var children = view.outline.childrenOf(roots.getFirst());
        assertThat(children)
                .extracting(view.outline::label)
                .containsExactly("⇐ Argument 1 (all premises needed)", "⚔ Rebut · [Counter-claim] The sky is blue");
        assertThat(view.outline.tree.isExpanded(roots.getFirst())).isTrue();
    }

    @Test
    void sources_whatIfRejectingTheContestedSource_showsTheThesisFalling() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        var row = view.sources.grid.getListDataView().getItem(0);
        assertThat(row.source().id()).isEqualTo("s1");
        assertThat(row.citations()).isEqualTo(1);
        view.sources.grid.select(row);
        assertThat(view.sources.details.isVisible()).isTrue();
        assertThat(view.sources.contestations.getElement().getTextRecursively())
                .contains("Beta: Gamma never looked up");
        // c1 also stands, through a1, on Alpha's word for c2 (ADR 029): s1 is not critical to it, so no ‼.
        assertThat(view.sources.dependents.getElement().getTextRecursively())
                .contains("The sky is green")
                .doesNotContain("‼");

        view.sources.reject.setValue(true);
        assertThat(view.sources.whatIf()).isNotNull();
        assertThat(view.sources.whatIf().lostGrounding()).isEmpty();
        assertThat(view.sources.whatIf().changedStrength()).containsExactly("c1");
        assertThat(view.sources.whatIfResult.getElement().getTextRecursively())
                .contains("Change strength")
                .contains("The sky is green");

        view.sources.reject.setValue(false);
        assertThat(view.sources.whatIf()).isNull();
    }

    @Test
    void contested_ranksTheThesisWithItsContestedSource() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        var first = view.contested.grid.getListDataView().getItem(0);
        assertThat(first.claim().id()).isEqualTo("c1");
        // Not critical since ADR 029: c1 also stands on Alpha's word for c2, through a1.
        assertThat(first.criticalContested()).isEmpty();
        assertThat(view.contested.paths(first).getElement().getTextRecursively())
                .contains("« The sky is green » → cites → Gamma (1999), On the sky");
    }

    @Test
    void openWorkspace_registersForLiveUpdates_andRefreshKeepsTheSelection() {
        // Views of earlier tests may still be registered: browserless UIs are not detached between tests.
        int before = broadcaster.listenerCount(new MapId("two-voices"));
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.selectClaim("c1");
        assertThat(broadcaster.listenerCount(new MapId("two-voices"))).isEqualTo(before + 1);
        // Nothing new in the log: nothing to show.
        view.refresh();
        assertThat(view.refreshes).isZero();
        TestUsers.ensure(accounts, "ada");
        ratings.gradeSource(new MapId("two-voices"), "s1", "ada", 'A', 1);
        view.refresh();
        assertThat(view.refreshes).isEqualTo(1);
        assertThat(view.claimPanel.text.getText()).isEqualTo("The sky is green");
        // The same view instance, reused for another (here: unknown) map, stops listening to this one.
        navigate("workspace/no-such-map", WorkspaceView.class);
        assertThat(broadcaster.listenerCount(new MapId("two-voices"))).isEqualTo(before);
    }

    @Test
    void gradeFromTheLog_updatesStrengthsInPlace_keepingSelectionWhatIfOutlineAndOpenDialogs() {
        TestUsers.ensure(accounts, "ada");
        MapId map = new MapId("two-voices");
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.selectClaim("c1");
        view.sources.grid.select(view.sources.grid.getListDataView().getItem(0));
        view.sources.reject.setValue(true);
        var argumentRow = view.outline
                .childrenOf(view.outline.childrenOf(null).getFirst())
                .getFirst();
        view.outline.tree.expand(argumentRow);
        var dialog = new ContestDialog(view.workspace(), "s1", view.writes(), "ada", view::refresh);
        dialog.open();
        double before = view.workspace().strength("c1");
        String assessmentBefore = view.claimPanel.assessment.getText();
        int draws = view.graph.canvas.draws;
        int fullShows = view.fullShows;

        ratings.gradeSource(map, "s1", "ada", 'A', 1);
        view.apply(
                changeLog.after(map, view.workspace().seq(), 100).orElseThrow().changes());

        double after = view.workspace().strength("c1");
        assertThat(after).isGreaterThan(before);
        // The claim panel shows the new figure, in place: still the same claim, the same components.
        assertThat(assessmentBefore).startsWith("Strength " + String.format(java.util.Locale.ROOT, "%.2f", before));
        assertThat(view.claimPanel.assessment.getText())
                .startsWith("Strength " + String.format(java.util.Locale.ROOT, "%.2f", after));
        assertThat(view.claimPanel.showsClaim()).isTrue();
        assertThat(view.selectedClaim()).isEqualTo("c1");
        // The graph restyles its nodes instead of laying them out again; nothing was drawn anew.
        assertThat(view.fullShows).isEqualTo(fullShows);
        assertThat(view.graph.canvas.draws).isEqualTo(draws);
        assertThat(view.graph.canvas.restyles).isEqualTo(1);
        assertThat(view.graph.canvas.drawing().nodes().stream()
                        .filter(n -> n.id().equals("c1"))
                        .findFirst()
                        .orElseThrow()
                        .strength())
                .isEqualTo(after);
        // The what-if switch, the source shown, the unfolded outline and the open dialog stay.
        assertThat(view.sources.reject.getValue()).isTrue();
        assertThat(view.sources.whatIf()).isNotNull();
        assertThat(view.sources.details.isVisible()).isTrue();
        assertThat(view.outline.tree.isExpanded(argumentRow)).isTrue();
        assertThat(dialog.isOpened()).isTrue();
        // The History tab puts the grade on top without asking the log again.
        assertThat(view.history.shown.getFirst().kind().name()).isEqualTo("SourceGraded");
        // Heard a second time (the follower after the author's own refresh), the batch changes nothing.
        int refreshes = view.refreshes;
        view.apply(changeLog.after(map, 0, 100).orElseThrow().changes());
        assertThat(view.refreshes).isEqualTo(refreshes);
        dialog.close();
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void counterArgumentFromTheLog_drawsThePanelsAgain_andKeepsTheSelection() {
        TestUsers.ensure(accounts, "ada");
        MapId map = new MapId("two-voices");
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.selectClaim("c2");
        int fullShows = view.fullShows;

        claims.addCounterArgument(
                map, "c2", "undermine", new ClaimDraft("counter-claim", "Alpha was asleep", null, null), "ada");
        view.apply(
                changeLog.after(map, view.workspace().seq(), 100).orElseThrow().changes());

        assertThat(view.fullShows).isEqualTo(fullShows + 1);
        assertThat(view.selectedClaim()).isEqualTo("c2");
        assertThat(view.claimPanel.counterArguments.getElement().getTextRecursively())
                .contains("Alpha was asleep");
    }

    @Test
    void essayMap_opensWithSpansForItsClaims() {
        ShippedEssay.ensureStored(catalog);
        var view = navigate("workspace/" + ShippedEssay.ID.value(), WorkspaceView.class);
        var w = view.workspace();
        assertThat(w).isNotNull();
        assertThat(w.spans()).hasSizeGreaterThan(300);
        assertThat(view.graph.canvas.drawing().collapsed()).isFalse();
        assertThat(view.contested.grid.getListDataView().getItemCount()).isPositive();
    }

    @Test
    void essayMap_sourceKnownOnlyThroughAHistorian_saysThroughWhom() {
        ShippedEssay.ensureStored(catalog);
        var view = navigate("workspace/" + ShippedEssay.ID.value(), WorkspaceView.class);
        view.sources.showSource("archive-october-1937-plenum-transcript");
        assertThat(view.sources.reportedBy.isVisible()).isTrue();
        assertThat(view.sources.reportedBy.getText())
                .isEqualTo("Known only through: Yuri N. Zhukov (2003), "
                        + "Inoi Stalin. Politicheskie reformy v SSSR v 1933-1937 gg., 486-7");
        view.sources.showSource("zhukov-inoi-stalin");
        assertThat(view.sources.reportedBy.isVisible()).isFalse();
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void signedIn_attachesEvidenceThroughTheService_andThePanelListsIt() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        view.selectClaim("c1");
        assertThat(view.claimPanel.addEvidence.isEnabled()).isTrue();
        var w = view.workspace();
        var dialog = new EvidenceDialog(w, "c1", null, view.writes(), "admin", view::refresh);
        dialog.source.setValue(w.map().sources().getFirst());
        dialog.locator.setValue("p. 13");
        dialog.quote.setValue("Green, said Gamma.");
        dialog.submit();
        assertThat(dialog.error.isVisible()).as(dialog.error.getText()).isFalse();
        assertThat(view.claimPanel.evidence.getElement().getTextRecursively())
                .contains("Green, said Gamma.")
                .contains("Attached by admin")
                .contains("Not rated by you");
    }

    @Test
    @org.springframework.security.test.context.support.WithMockUser(
            username = "admin",
            roles = {"USER", "ADMIN"})
    void anchorThatDoesNotMatchTheText_isRefusedWithTheServicesMessage() {
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        var w = view.workspace();
        var dialog = new ClaimDialog(
                w,
                null,
                new org.disputatio.workspace.WorkspaceWrites.Anchor("not the text", 0, 12),
                view.writes(),
                "admin",
                view::refresh);
        dialog.text.setValue("Alpha speaks first");
        dialog.section.setValue("1");
        dialog.submit();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isNotBlank();
        assertThat(dialog.text.getValue()).isEqualTo("Alpha speaks first");
    }

    @Test
    void frenchInterface_translatesTabsPanelsAndGraphStatus() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        var view = navigate("workspace/two-voices", WorkspaceView.class);
        assertThat(view.readerTab.getLabel()).isEqualTo("Lecture");
        assertThat(view.graphTab.getLabel()).isEqualTo("Graphe");
        assertThat(view.graph.status.getText())
                .isEqualTo("3 affirmations affichées sur 3 ; 1 reposent sur une source contestée.");
        view.selectClaim("c1");
        assertThat(view.claimPanel.meta.getText()).startsWith("Thèse · soutenue par Alpha");
        assertThat(view.claimPanel.why.getElement().getTextRecursively()).contains("Fondée par :");
        assertThat(view.claimPanel.addEvidence.getTooltip().getText()).isEqualTo("Connectez-vous pour écrire.");
    }
}
