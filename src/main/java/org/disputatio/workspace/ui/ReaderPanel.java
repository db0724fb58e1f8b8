package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.disputatio.maps.ClaimKind;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The essay's reading text with its claims highlighted. A signed-in reader who selects words is
 * offered to anchor a new claim or an item of evidence to exactly those words.
 */
class ReaderPanel extends VerticalLayout {

    /** A passage the user selected, checked against the reading text. */
    record Selection(int start, int end, String exact) {}

    private final WorkspaceView view;
    final Paragraph provenance = new Paragraph();
    final ClaimReader reader = new ClaimReader();
    final HorizontalLayout selectionBar = new HorizontalLayout();
    final Span selectionText = new Span();
    final Button createClaim = new Button();
    final Button addEvidence = new Button();
    // Notes on the text (notes.yaml): markers that show their anchor in the reader.
    final TextNotes notes = new TextNotes(this::showRange);
    private @Nullable Selection selection;
    private String text = "";
    // Claim revision (claims12): "New claim" of the selected words in one action.
    final ClaimActions claimActions;

    ReaderPanel(WorkspaceView view) {
        this.view = view;
        setSizeFull();
        setPadding(false);
        provenance.addClassName("provenance");
        provenance.setId("reader-provenance");

        var legend = new HorizontalLayout();
        legend.addClassName("reader-legend");
        legend.getElement().setAttribute("aria-label", getTranslation("workspace.reader.legend"));
        for (ClaimKind claimKind : ClaimKind.values()) {
            String kind = claimKind.spelling();
            var item = new Span(getTranslation("claim.kind." + kind));
            item.addClassName("legend-" + kind);
            legend.add(item);
        }
        var shade = new Span(getTranslation("workspace.reader.shade"));
        shade.addClassName("reader-shade");
        legend.add(shade);
        legend.setSpacing(false);

        createClaim.setText(getTranslation("workspace.reader.createClaim"));
        addEvidence.setText(getTranslation("workspace.reader.addEvidence"));
        createClaim.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addEvidence.addThemeVariants(ButtonVariant.LUMO_SMALL);
        createClaim.setId("reader-create-claim");
        addEvidence.setId("reader-add-evidence");
        createClaim.addClickListener(e -> {
            Selection sel = selection;
            Workspace w = view.workspace();
            if (sel == null || w == null) return;
            view.openWrite((writes, user) -> new ClaimDialog(w, null, anchor(sel), writes, user, view::refresh));
        });
        addEvidence.addClickListener(e -> {
            Selection sel = selection;
            Workspace w = view.workspace();
            String claim = sel == null ? null : claimFor(sel);
            if (sel == null || w == null || claim == null) return;
            view.openWrite((writes, user) -> new EvidenceDialog(w, claim, anchor(sel), writes, user, view::refresh));
        });
        selectionText.setId("reader-selection");
        claimActions = ClaimActions.forReader(view, () -> selection, this::selectionUsed);
        selectionBar.add(selectionText, claimActions, createClaim, addEvidence);
        selectionBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        selectionBar.setVisible(false);
        selectionBar.addClassName("selection-bar");

        reader.addClaimSelectedListener(e -> view.selectClaim(e.claimId()));
        reader.addTextSelectedListener(e -> select(e.start(), e.end()));

        var scroller = new Scroller(reader);
        scroller.setSizeFull();
        scroller.addClassName("reader-scroller");
        scroller.setId("reader-scroller");
        // Provenance and legend fold away once the text is scrolled (workspace.css): the text gets the room.
        var preamble = new Div(provenance, legend);
        preamble.addClassName("reader-preamble");
        setSpacing(false);
        add(preamble, notes, selectionBar, scroller);
        setFlexGrow(1, scroller);
    }

    void show(Workspace w) {
        MapContent.Document document = w.map().document();
        text = document.text();
        provenance.setText(getTranslation(
                "workspace.reader.provenance",
                document.title(),
                document.provenance() == null || document.provenance().isBlank() ? "—" : document.provenance()));
        // Shown on one line; the whole provenance on hover.
        provenance.getElement().setAttribute("title", provenance.getText());
        var evidence = view.service().evidence(w.id()).stream()
                .filter(e -> e.anchor() != null
                        && e.anchor().end() <= text.length()
                        && e.anchor().start() < e.anchor().end())
                .map(e -> new ClaimReader.EvidenceData(
                        e.id(),
                        e.claimId(),
                        e.anchor().start(),
                        e.anchor().end(),
                        getTranslation("workspace.evidence.stance." + e.stance().spelling()) + ": "
                                + w.claim(e.claimId())
                                        .map(MapContent.Claim::text)
                                        .orElse(e.claimId())))
                .toList();
        reader.setDocument(
                text,
                w.spans(),
                evidence,
                id -> w.claim(id).map(MapContent.Claim::text).orElse(id));
        notes.show(w.map().notes(), text.length());
        if (selection != null && !matches(selection.start(), selection.end())) clearSelection();
    }

    /**
     * Takes an update without drawing the text again: only the spans of reassessed claims change shade. Evidence
     * attached, edited or removed (or an undo, which may be one) moves the outlined passages: drawn again.
     */
    void update(Workspace w, WorkspaceUpdate update) {
        boolean evidenceMoved = update.changes().stream().anyMatch(c -> switch (c.kind()) {
            case EvidenceAttached, EvidenceEdited, EvidenceRemoved, ChangeUndone -> true;
            default -> false;
        });
        if (evidenceMoved) {
            show(w);
            return;
        }
        if (update.reassessed().isEmpty()) return;
        var shades = new java.util.LinkedHashMap<String, ClaimReader.SpanShade>();
        for (Workspace.Span span : w.spans()) {
            if (update.reassessed().contains(span.claimId()))
                shades.putIfAbsent(
                        span.claimId(), new ClaimReader.SpanShade(span.claimId(), span.strength(), span.contested()));
        }
        reader.shade(List.copyOf(shades.values()));
    }

    /** Marks, in the text, the claims the workspace's what-if moves, with their figures before and after. */
    void showWhatIf(WhatIfState whatIf) {
        var scenario = whatIf.scenario();
        List<ClaimReader.WhatIfMark> marks = scenario == null || !whatIf.isActive()
                ? List.of()
                : scenario.shifts().stream()
                        .map(s -> new ClaimReader.WhatIfMark(s.claimId(), s.text(), s.falls()))
                        .toList();
        reader.markWhatIf(marks);
    }

    void showRange(int start, int end) {
        reader.showRange(start, end);
    }

    /**
     * Takes a selection reported by the browser. The offsets are only trusted once they are checked
     * against the reading text the server holds.
     */
    void select(int start, int end) {
        if (!matches(start, end) || view.writer().isEmpty()) {
            clearSelection();
            return;
        }
        selection = new Selection(start, end, text.substring(start, end));
        String shown = selection.exact().length() > 80 ? selection.exact().substring(0, 77) + "…" : selection.exact();
        selectionText.setText(getTranslation("workspace.reader.selected", shown, start, end));
        selectionBar.setVisible(true);
        view.offerWrite(createClaim, true);
        view.offerWrite(addEvidence, claimFor(selection) != null);
        claimActions.offer();
    }

    private static org.disputatio.workspace.WorkspaceWrites.Anchor anchor(Selection s) {
        return new org.disputatio.workspace.WorkspaceWrites.Anchor(s.exact(), s.start(), s.end());
    }

    /** The claim evidence from this passage is about: the claim whose words it falls in, else the selected claim. */
    @Nullable
    String claimFor(Selection s) {
        Workspace w = view.workspace();
        if (w == null) return null;
        String covering = null;
        int length = Integer.MAX_VALUE;
        for (Workspace.Span span : w.spans()) {
            if (span.start() <= s.start() && s.end() <= span.end() && span.end() - span.start() < length) {
                covering = span.claimId();
                length = span.end() - span.start();
            }
        }
        return covering != null ? covering : view.selectedClaim();
    }

    @Nullable
    Selection selection() {
        return selection;
    }

    private boolean matches(int start, int end) {
        return start >= 0
                && end <= text.length()
                && start < end
                && !text.substring(start, end).isBlank();
    }

    private void clearSelection() {
        selection = null;
        selectionBar.setVisible(false);
    }

    /**
     * The selection became a claim: it is cleared here and in the browser, and its bar hidden, so that a second
     * "New claim" (Alt+Shift+N) cannot make a duplicate of the same words.
     */
    void selectionUsed() {
        clearSelection();
        reader.getElement().executeJs("const s = window.getSelection(); if (s) s.removeAllRanges();");
    }
}
