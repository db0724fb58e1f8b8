package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.disputatio.IntegrationTest;
import org.disputatio.evidence.InvalidInputException;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.workspace.SyntheticMaps;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Browserless: the write dialogs validate inline, send what the user typed, and keep it when the
 * write is refused. The writes are recorded by a test double, so each dialog is checked on its own;
 * WorkspaceBrowserIT writes through the real services.
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class WriteDialogsIT extends SpringBrowserlessTest {

    /** Records calls; refuses them with the given message when one is set. */
    static final class RecordingWrites implements WorkspaceWrites {
        final List<Object> calls = new ArrayList<>();

        @Nullable
        Supplier<RuntimeException> refusal;

        private void call(Object what) {
            // Made during the write, as the services do, so it is worded in the interface's language.
            if (refusal != null) throw refusal.get();
            calls.add(what);
        }

        @Override
        public void attachEvidence(MapId map, EvidenceDraft draft, String username) {
            call(draft);
        }

        @Override
        public void editEvidence(
                MapId map, String evidenceId, long expectedVersion, EvidenceDraft draft, String username) {
            call(evidenceId + "@" + expectedVersion);
        }

        @Override
        public void removeEvidence(MapId map, String evidenceId, long expectedVersion, String username) {
            call("-" + evidenceId);
        }

        @Override
        public void rateEvidence(MapId map, String evidenceId, double value, String username) {
            call(evidenceId + "=" + value);
        }

        @Override
        public String createSource(MapId map, SourceDraft draft, String username) {
            call(draft);
            return "new-source";
        }

        @Override
        public void gradeSource(MapId map, String sourceId, char reliability, int credibility, String username) {
            call(sourceId + ":" + reliability + credibility + ":" + username);
        }

        @Override
        public void contest(MapId map, String sourceId, String reason, String username) {
            call(sourceId + ":" + reason);
        }

        @Override
        public void withdraw(MapId map, String contestationId, String username) {
            call(contestationId);
        }

        @Override
        public void rateInference(MapId map, String argumentId, double value, String username) {
            call(argumentId + "=" + value);
        }

        @Override
        public void addClaim(MapId map, ClaimDraft draft, String username) {
            call(draft);
        }

        @Override
        public void addCounterArgument(
                MapId map, String targetId, String attackKind, ClaimDraft draft, String username) {
            call(targetId + ":" + attackKind + ":" + draft.text());
        }
    }

    private final Workspace workspace = SyntheticMaps.workspace(SampleMaps.twoVoices("two-voices"));
    private final RecordingWrites writes = new RecordingWrites();
    private int saved;

    @Test
    void evidence_withoutQuote_isRefusedInline_andNothingIsWritten() {
        var dialog = new EvidenceDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.source.setValue(workspace.map().sources().getFirst());
        dialog.submit();
        assertThat(dialog.quote.isInvalid()).isTrue();
        assertThat(dialog.quote.isRequiredIndicatorVisible()).isTrue();
        assertThat(writes.calls).isEmpty();
    }

    @Test
    void evidence_fromASelection_isAnchoredToTheExactWords() {
        var anchor = new WorkspaceWrites.Anchor("the sky is green", 13, 29);
        var dialog = new EvidenceDialog(workspace, "c1", anchor, writes, "ada", () -> saved++);
        assertThat(dialog.quote.getValue()).isEqualTo("the sky is green");
        dialog.stance.setValue("against");
        dialog.source.setValue(workspace.map().sources().getFirst());
        dialog.locator.setValue(" 12 ");
        dialog.url.setValue("https://example.org/sky");
        dialog.submit();
        assertThat(writes.calls)
                .containsExactly(new WorkspaceWrites.EvidenceDraft(
                        "c1", false, "s1", "12", "the sky is green", "https://example.org/sky", null, anchor));
        assertThat(saved).isEqualTo(1);
    }

    @Test
    void evidence_withANewSource_createsTheSourceFirst() {
        var dialog = new EvidenceDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.newSource.setValue(true);
        dialog.submit();
        assertThat(dialog.authors.isInvalid()).isTrue();
        dialog.authors.setValue("Delta");
        dialog.title.setValue("Skies");
        dialog.year.setValue(2001);
        dialog.locator.setValue("p. 4");
        dialog.quote.setValue("It was green.");
        dialog.submit();
        assertThat(writes.calls).hasSize(2);
        assertThat(writes.calls.get(0))
                .isEqualTo(new WorkspaceWrites.SourceDraft("Delta", "Skies", 2001, "scholarship", "published"));
        assertThat(((WorkspaceWrites.EvidenceDraft) writes.calls.get(1)).sourceId())
                .isEqualTo("new-source");
    }

    @Test
    void evidence_withANewUnpublishedSource_recordsItsAccessibility() {
        var dialog = new EvidenceDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.newSource.setValue(true);
        assertThat(dialog.accessibility.isVisible()).isTrue();
        dialog.authors.setValue("Archive of the Party");
        dialog.title.setValue("Plenum transcript");
        dialog.kind.setValue("archival-document");
        dialog.accessibility.setValue("unpublished");
        dialog.locator.setValue("f. 17, op. 2");
        dialog.quote.setValue("It was green.");
        dialog.submit();
        assertThat(writes.calls.get(0))
                .isEqualTo(new WorkspaceWrites.SourceDraft(
                        "Archive of the Party", "Plenum transcript", null, "archival-document", "unpublished"));
    }

    @Test
    void evidenceRating_isOneOfTheFiveSteps() {
        var dialog = RatingDialog.evidence(workspace, "e1", 0.5, writes, "ada", () -> saved++);
        assertThat(dialog.value.getValue()).isEqualTo(0.5);
        assertThat(dialog.argument.isVisible()).isFalse();
        dialog.value.setValue(1.0);
        dialog.submit();
        assertThat(writes.calls).containsExactly("e1=1.0");
    }

    @Test
    void refusalOfAField_isShownInFrench_inTheFrenchInterface_nextToTheField() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        writes.refusal = () -> InvalidInputException.of("anchor", "disputatio.anchor.mismatch");
        var dialog = new EvidenceDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.source.setValue(workspace.map().sources().getFirst());
        dialog.locator.setValue("p. 4");
        dialog.quote.setValue("Quelques mots");
        dialog.submit();
        assertThat(dialog.error.getText()).isEqualTo("La citation ne correspond pas au document à cet endroit.");
        assertThat(dialog.quote.isInvalid()).isTrue();
        assertThat(dialog.quote.getErrorMessage())
                .isEqualTo("La citation ne correspond pas au document à cet endroit.");
        assertThat(dialog.quote.getValue()).isEqualTo("Quelques mots");
    }

    @Test
    void refusalOfAField_isShownInEnglish_inTheEnglishInterface_nextToTheField() {
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
        writes.refusal = () -> InvalidInputException.of("reason", "disputatio.text.invisible");
        var dialog = new ContestDialog(workspace, "s1", writes, "ada", () -> saved++);
        dialog.reason.setValue("Second-hand account");
        dialog.submit();
        String expected =
                "Write some visible text: spaces and invisible characters (such as zero-width spaces) do not count.";
        assertThat(dialog.error.getText()).isEqualTo(expected);
        assertThat(dialog.reason.getErrorMessage()).isEqualTo(expected);
        assertThat(dialog.reason.isInvalid()).isTrue();
    }

    @Test
    void refusedWrite_showsTheReason_andKeepsTheInput() {
        writes.refusal = () -> new IllegalArgumentException("The quote does not match the document.");
        var dialog = new EvidenceDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.source.setValue(workspace.map().sources().getFirst());
        dialog.locator.setValue("p. 4");
        dialog.quote.setValue("Some words");
        dialog.note.setValue("My note");
        dialog.submit();
        assertThat(dialog.error.isVisible()).isTrue();
        assertThat(dialog.error.getText()).isEqualTo("The quote does not match the document.");
        assertThat(dialog.quote.getValue()).isEqualTo("Some words");
        assertThat(dialog.note.getValue()).isEqualTo("My note");
        assertThat(saved).isZero();
    }

    @Test
    void concurrentEdit_isReportedAsSuch() {
        writes.refusal = () -> new WorkspaceWrites.ConflictException("version 3 expected, found 4");
        var dialog = new ContestDialog(workspace, "s1", writes, "ada", () -> saved++);
        dialog.reason.setValue("Second-hand account");
        dialog.submit();
        assertThat(dialog.error.getText()).startsWith("Someone changed this item meanwhile.");
        assertThat(dialog.reason.getValue()).isEqualTo("Second-hand account");
    }

    @Test
    void grade_needsBothParts_thenSendsThem() {
        var dialog = new GradeDialog(workspace, "s1", writes, "ada", () -> saved++);
        dialog.reliability.setValue('B');
        dialog.submit();
        assertThat(dialog.credibility.isInvalid()).isTrue();
        dialog.credibility.setValue(3);
        dialog.submit();
        assertThat(writes.calls).containsExactly("s1:B3:ada");
    }

    @Test
    void counterArgument_undercut_targetsTheChosenArgument() {
        var dialog = new ClaimDialog(workspace, "c1", null, writes, "ada", () -> saved++);
        assertThat(dialog.section.getValue()).isEqualTo("1");
        dialog.text.setValue("Looking up proves nothing");
        dialog.attack.setValue("undercut");
        dialog.submit();
        assertThat(dialog.argument.isInvalid()).isTrue();
        dialog.argument.setValue("a1");
        dialog.submit();
        assertThat(writes.calls).containsExactly("a1:undercut:Looking up proves nothing");
    }

    @Test
    void claimFromSelection_carriesItsAnchor() {
        var anchor = new WorkspaceWrites.Anchor("Beta replies", 31, 43);
        var dialog = new ClaimDialog(workspace, null, anchor, writes, "ada", () -> saved++);
        dialog.text.setValue("Beta answers Alpha");
        dialog.submit();
        assertThat(writes.calls)
                .containsExactly(new WorkspaceWrites.ClaimDraft("premise", "Beta answers Alpha", "1", anchor));
    }

    @Test
    void inferenceRating_isSentOnTheUnitInterval() {
        var dialog = RatingDialog.inference(workspace, "c1", null, writes, "ada", () -> saved++);
        dialog.submit();
        assertThat(dialog.value.isInvalid()).isTrue();
        dialog.value.setValue(0.75);
        dialog.submit();
        assertThat(writes.calls).containsExactly("a1=0.75");
    }
}
