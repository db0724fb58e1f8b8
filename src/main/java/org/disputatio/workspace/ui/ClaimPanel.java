package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Optional;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.Contribution;
import org.disputatio.evaluation.Explanation;
import org.disputatio.evaluation.LabelReason;
import org.disputatio.evidence.Evidence;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.maps.MapContent;
import org.disputatio.shell.HelpTip;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceUpdate;

/**
 * The selected claim: what it says, who says it, where, on what sources, how strong it comes out
 * and why, and what attacks it.
 */
class ClaimPanel extends Scroller {

    private final WorkspaceView view;
    final VerticalLayout content = new VerticalLayout();
    final H3 text = new H3();
    final Paragraph meta = new Paragraph();
    final Paragraph assessment = new Paragraph();
    final VerticalLayout quotes = new VerticalLayout();
    final UnorderedList citations = new UnorderedList();
    final UnorderedList supports = new UnorderedList();
    final UnorderedList counterArguments = new UnorderedList();
    /** The proponent's own concessions on the claim or its arguments: shown, not counted (ADR 029). */
    final UnorderedList qualifiedBy = new UnorderedList();

    final VerticalLayout why = new VerticalLayout();
    final VerticalLayout evidence = new VerticalLayout();
    final HistoryList history;
    final Paragraph empty = new Paragraph();
    final Button addEvidence = new Button();
    final Button addCounterArgument = new Button();
    final Button rateInference = new Button();
    final ProofStandardField standard;

    ClaimPanel(WorkspaceView view) {
        this.view = view;
        standard = new ProofStandardField(view);
        history = new HistoryList(view);
        history.setId("claim-history");
        setId("claim-panel");
        setSizeFull();
        getElement().setAttribute("aria-label", getTranslation("workspace.claim.panel"));
        empty.setText(getTranslation("workspace.claim.none"));
        empty.addClassName("empty-state");
        text.setId("claim-text");
        assessment.setId("claim-assessment");
        why.setId("claim-why");
        why.setPadding(false);
        why.setSpacing(false);
        quotes.setPadding(false);
        evidence.setPadding(false);
        addEvidence.setText(getTranslation("workspace.claim.addEvidence"));
        addCounterArgument.setText(getTranslation("workspace.claim.addCounterArgument"));
        rateInference.setText(getTranslation("workspace.claim.rateInference"));
        addEvidence.setId("claim-add-evidence");
        addCounterArgument.setId("claim-add-counter-argument");
        rateInference.setId("claim-rate-inference");
        for (Button b : List.of(addEvidence, addCounterArgument, rateInference)) {
            b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        addEvidence.addClickListener(e -> withClaim((w, id) ->
                view.openWrite((writes, user) -> new EvidenceDialog(w, id, null, writes, user, view::refresh))));
        addCounterArgument.addClickListener(e -> withClaim((w, id) ->
                view.openWrite((writes, user) -> new ClaimDialog(w, id, null, writes, user, view::refresh))));
        rateInference.addClickListener(e -> withClaim((w, id) ->
                view.openWrite((writes, user) -> RatingDialog.inference(w, id, null, writes, user, view::refresh))));
        content.add(empty);
        setContent(content);
    }

    private @org.jspecify.annotations.Nullable String shown;
    /** The evidence items of the claim shown, as last read. */
    private List<String> shownEvidence = List.of();
    /** Each supporting argument's heading, which carries its strength. */
    private final java.util.Map<String, Span> supportHeads = new java.util.LinkedHashMap<>();

    private void withClaim(java.util.function.BiConsumer<Workspace, String> action) {
        Workspace w = view.workspace();
        if (w != null && shown != null) action.accept(w, shown);
    }

    void clear() {
        shown = null;
        content.removeAll();
        content.add(empty);
    }

    void show(Workspace w, String claimId) {
        Optional<MapContent.Claim> found = w.claim(claimId);
        if (found.isEmpty()) {
            clear();
            return;
        }
        MapContent.Claim claim = found.get();
        shown = claimId;
        view.offerWrite(addEvidence, true);
        view.offerWrite(addCounterArgument, true);
        view.offerWrite(rateInference, !w.argumentsFor(claimId).isEmpty());
        content.removeAll();
        text.setText(claim.text());
        meta.setText(getTranslation(
                "workspace.claim.meta",
                getTranslation("claim.kind." + claim.kind()),
                claim.proponent().isBlank() ? "—" : claim.proponent(),
                claim.section().isBlank() ? "—" : claim.section()));
        fillAssessment(w, claimId);
        var focusButton = new Button(getTranslation("workspace.claim.focus"), e -> view.focusInGraph(claimId));
        focusButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        focusButton.setId("claim-focus");
        content.add(text, meta, assessment, standard, focusButton);

        content.add(new H4(getTranslation("workspace.claim.quote")));
        quotes.removeAll();
        for (MapContent.Anchor anchor : claim.anchors()) {
            var quote = new Paragraph("« " + anchor.exact() + " »");
            quote.addClassName("claim-quote");
            var show = new Button(
                    getTranslation("workspace.claim.showInReader"),
                    e -> view.showInReader(anchor.start(), anchor.end()));
            show.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            show.addClassName("show-in-reader");
            quotes.add(quote, show);
        }
        if (claim.anchors().isEmpty()) quotes.add(new Span(getTranslation("workspace.claim.noQuote")));
        content.add(quotes);

        content.add(new H4(getTranslation("workspace.claim.citations")));
        citations.removeAll();
        for (MapContent.Citation c : claim.citations()) {
            String locator = c.locator() == null ? "" : ", " + c.locator();
            citations.add(new ListItem(w.sourceLabel(c.sourceId()) + locator + " — (" + c.raw() + ")"));
        }
        if (claim.citations().isEmpty()) citations.add(new ListItem(getTranslation("workspace.claim.noCitations")));
        content.add(citations);

        content.add(new H4(getTranslation("workspace.claim.evidence")));
        evidence.removeAll();
        showEvidence(w, claimId);
        content.add(evidence);

        content.add(new H4(getTranslation("workspace.claim.supports")));
        supports.removeAll();
        supportHeads.clear();
        String user = view.signedInUser().orElse(null);
        for (MapContent.Argument arg : w.argumentsFor(claimId)) {
            var head = new Span(supportHead(w, arg.id()));
            supportHeads.put(arg.id(), head);
            var item = new ListItem(head);
            for (String p : arg.premises()) item.add(claimLink(w, p));
            var ratings = view.service().inferenceRatings(w.id(), arg.id(), user);
            var spread = new Paragraph(spread(ratings));
            spread.addClassName("rating-spread");
            item.add(spread);
            if (ratings.count() > 0) item.add(ratingChart(ratings));
            supports.add(item);
        }
        if (w.argumentsFor(claimId).isEmpty()) supports.add(new ListItem(getTranslation("workspace.claim.noSupports")));
        content.add(supports, new HorizontalLayout(rateInference));

        content.add(new H4(getTranslation("workspace.claim.counterArguments")));
        counterArguments.removeAll();
        for (MapContent.Attack k : w.counterArguments(claimId)) {
            var item = new ListItem(
                    new Span(getTranslation("workspace.attack." + k.kind())), new HelpTip(k.kind()), new Span(" — "));
            item.add(claimLink(w, k.from()));
            counterArguments.add(item);
        }
        if (w.counterArguments(claimId).isEmpty())
            counterArguments.add(new ListItem(getTranslation("workspace.claim.noCounterArguments")));
        content.add(counterArguments, new HorizontalLayout(addCounterArgument));
        qualifiedBy.removeAll();
        for (MapContent.Qualification q : w.qualifiers(claimId)) {
            var item = new ListItem(new Span(getTranslation("workspace.claim.qualifiedByOn", q.to()) + " — "));
            item.add(claimLink(w, q.from()));
            qualifiedBy.add(item);
        }
        if (qualifiedBy.getChildren().findAny().isPresent())
            content.add(new H4(getTranslation("workspace.claim.qualifiedBy")), qualifiedBy);

        content.add(new H4(getTranslation("workspace.claim.why")));
        fillWhy(w, claimId);
        content.add(why);

        // The claim's own changes and those of its evidence (attached, edited, rated, removed).
        content.add(new H4(getTranslation("workspace.history.title")));
        var ids = new java.util.ArrayList<String>();
        ids.add(claimId);
        ids.addAll(shownEvidence);
        history.show(w, view.service().history(w.id(), ids, WorkspaceView.HISTORY_LENGTH));
        content.add(history);
    }

    /**
     * Takes an update without drawing the panel again. A batch about the claim, its evidence or its arguments
     * (new evidence, a rating of them, an undo) shows the panel anew, with the spreads and history read again;
     * a batch that only moved the evaluation refreshes the assessment, the arguments' strengths and the
     * explanation in place, so the panel keeps its scroll position.
     */
    void update(Workspace w, WorkspaceUpdate update) {
        String claimId = shown;
        if (claimId == null) return;
        List<String> items = new java.util.ArrayList<>();
        items.add(claimId);
        items.addAll(shownEvidence);
        w.argumentsFor(claimId).forEach(a -> items.add(a.id()));
        if (update.touches(items)) {
            show(w, claimId);
            return;
        }
        List<String> assessed = new java.util.ArrayList<>(items);
        w.counterArguments(claimId).forEach(k -> assessed.add(k.from()));
        if (!update.reassesses(assessed)) return;
        fillAssessment(w, claimId);
        supportHeads.forEach((argumentId, head) -> head.setText(supportHead(w, argumentId)));
        fillWhy(w, claimId);
    }

    private void fillAssessment(Workspace w, String claimId) {
        ClaimAssessment a = w.assessment(claimId).orElse(null);
        standard.show(w, claimId);
        assessment.removeAll();
        if (a == null) return;
        assessment.setText(
                a.converged() && a.strength().isPresent()
                        ? getTranslation(
                                "workspace.claim.strength",
                                Format.strength(a.strength().getAsDouble()),
                                getTranslation("workspace.label." + a.label().name()))
                        : getTranslation(
                                "workspace.claim.notConverged",
                                getTranslation("workspace.label." + a.label().name())));
        // The label never stands bare: what decides it follows (ADR 029).
        view.service().explain(w, claimId).ifPresent(x -> assessment.add(labelReason(w, x)));
        if (!a.grounded())
            assessment.add(new Span(" · " + getTranslation("workspace.claim.ungrounded")), new HelpTip("grounded"));
        if (a.dependsOnContested()) {
            var marker = new Span(" ⚠ "
                    + getTranslation(
                            "workspace.claim.contested",
                            String.join(
                                    "; ",
                                    a.contestedSources().stream()
                                            .map(w::sourceLabel)
                                            .toList())));
            marker.addClassName("contested-marker");
            assessment.add(marker);
        }
        // After the sentence, so the sentence reads whole; each tip explains a term it used.
        assessment.add(new HelpTip("strength"), new HelpTip(a.label().name()));
    }

    private String supportHead(Workspace w, String argumentId) {
        return getTranslation("workspace.path.argument", argumentId)
                + w.argumentAssessment(argumentId)
                        .filter(x -> x.strength().isPresent())
                        .map(x -> " (" + Format.strength(x.strength().getAsDouble()) + ")")
                        .orElse("")
                + " ⇐ ";
    }

    private void fillWhy(Workspace w, String claimId) {
        why.removeAll();
        view.service().explain(w, claimId).ifPresent(x -> explain(w, x));
    }

    private Span labelReason(Workspace w, Explanation x) {
        LabelReason r = x.labelReason();
        String decisive = r.kind() == LabelReason.Kind.ARGUMENTS_FAIL
                ? String.join(
                        "; ",
                        r.decidedBy().stream()
                                .map(id -> getTranslation("workspace.path.argument", id)
                                        + Optional.ofNullable(
                                                        x.argumentReasons().get(id))
                                                .map(ar -> " (" + reasonText(w, ar) + ")")
                                                .orElse(""))
                                .toList())
                : names(w, r);
        var span =
                new Span(" — " + getTranslation("workspace.reason." + r.kind().name(), decisive));
        span.addClassName("label-reason");
        return span;
    }

    private String reasonText(Workspace w, LabelReason r) {
        return getTranslation("workspace.reason." + r.kind().name(), names(w, r));
    }

    /** Claims by their text, sources by their label, arguments by their id. */
    private String names(Workspace w, LabelReason r) {
        return String.join(
                "; ",
                r.decidedBy().stream()
                        .map(id -> r.kind() == LabelReason.Kind.SOURCES_REJECTED
                                ? w.sourceLabel(id)
                                : w.claim(id)
                                        .map(c -> "« " + c.text() + " »")
                                        .orElseGet(
                                                () -> w.argumentAssessment(id).isPresent()
                                                        ? getTranslation("workspace.path.argument", id)
                                                        : w.sourceLabel(id)))
                        .toList());
    }

    private void explain(Workspace w, Explanation x) {
        var base = new Paragraph(getTranslation("workspace.why.base", Format.strength(x.baseScore())));
        base.add(new HelpTip("prior"));
        why.add(base);
        var list = new UnorderedList();
        for (Contribution c : x.contributions()) {
            String who = switch (c.kind()) {
                case ARGUMENT -> getTranslation("workspace.path.argument", c.id());
                case EVIDENCE -> getTranslation("workspace.path.evidence", c.id());
                case CITATION -> getTranslation("workspace.why.citation", w.sourceLabel(c.id()));
                case ATTACK ->
                    getTranslation(
                            "workspace.why.attack",
                            w.claim(c.from()).map(MapContent.Claim::text).orElse(c.from()));
            };
            String strength =
                    c.strength().isPresent() ? Format.strength(c.strength().getAsDouble()) : "—";
            String effect = c.effect().isPresent() ? Format.signed(c.effect().getAsDouble()) : "—";
            list.add(new ListItem(getTranslation(
                    "workspace.why.contribution",
                    getTranslation("workspace.why.role." + c.role().name()),
                    who,
                    strength,
                    effect)));
        }
        if (x.contributions().isEmpty()) list.add(new ListItem(getTranslation("workspace.why.noContributions")));
        why.add(list);
        if (!x.groundingPath().isEmpty()) {
            why.add(new Paragraph(getTranslation("workspace.why.grounding") + " "
                    + Paths.render(w, x.groundingPath(), (k, a) -> getTranslation(k, a))));
        } else {
            why.add(new Paragraph(getTranslation("workspace.claim.ungrounded")));
        }
        if (!x.criticalSources().isEmpty()) {
            var critical = new Paragraph(getTranslation(
                    "workspace.why.critical",
                    String.join(
                            "; ",
                            x.criticalSources().stream().map(w::sourceLabel).toList())));
            critical.add(new HelpTip("critical"));
            why.add(critical);
        }
        for (Explanation.ContestedPath p : x.contested()) {
            var line = new Paragraph("⚠ " + w.sourceLabel(p.sourceId()) + " — "
                    + Paths.render(w, p.path(), (k, a) -> getTranslation(k, a)));
            line.addClassName("explaining-path");
            why.add(line);
        }
    }

    /** The evidence users attached, each with its ratings (yours and everyone's) and what you may do with it. */
    private void showEvidence(Workspace w, String claimId) {
        String user = view.signedInUser().orElse(null);
        List<Evidence> items = view.service().evidence(w.id(), claimId);
        shownEvidence = items.stream().map(Evidence::id).toList();
        for (Evidence item : items) {
            var box = new VerticalLayout();
            box.setPadding(false);
            box.setSpacing(false);
            box.addClassName("evidence-item");
            box.add(new Span((item.stance() == org.disputatio.maps.Stance.FOR ? "✚ " : "✖ ")
                    + getTranslation(
                            "workspace.evidence.stance." + item.stance().spelling()) + " · "
                    + w.sourceLabel(item.sourceId()) + ", " + item.locator()));
            var quote = new Paragraph("« " + item.quote() + " »");
            quote.addClassName("claim-quote");
            box.add(quote);
            if (item.url() != null) box.add(new com.vaadin.flow.component.html.Anchor(item.url(), item.url()));
            if (item.note() != null) box.add(new Span(item.note()));
            box.add(new Span(getTranslation("workspace.evidence.by", item.createdBy())));
            var spread = view.service().evidenceRatings(w.id(), item.id(), user);
            var spreadText = new Span(spread(spread));
            spreadText.addClassName("rating-spread");
            spreadText.add(new HelpTip("rating"));
            box.add(spreadText);
            if (spread.count() > 0) box.add(ratingChart(spread));
            var rate = new Button(
                    getTranslation("workspace.evidence.rate"),
                    e -> view.openWrite((writes, u) ->
                            RatingDialog.evidence(w, item.id(), spread.yours(), writes, u, view::refresh)));
            rate.addClassName("rate-evidence");
            view.offerWrite(rate, true);
            var actions = new HorizontalLayout(rate);
            if (view.service().mayChange(item, user)) {
                var edit = new Button(
                        getTranslation("workspace.evidence.edit"),
                        e -> view.openWrite((writes, u) -> EvidenceDialog.edit(w, item, writes, u, view::refresh)));
                var remove = new Button(getTranslation("workspace.evidence.remove"), e -> confirmRemove(w, item));
                actions.add(edit, remove);
            }
            actions.getChildren().forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
            box.add(actions);
            evidence.add(box);
        }
        if (items.isEmpty()) evidence.add(new Span(getTranslation("workspace.claim.noEvidence")));
        evidence.add(new HorizontalLayout(addEvidence));
    }

    private void confirmRemove(Workspace w, Evidence item) {
        var dialog = new com.vaadin.flow.component.confirmdialog.ConfirmDialog();
        dialog.setHeader(getTranslation("workspace.evidence.remove"));
        dialog.setText(getTranslation("workspace.evidence.removeConfirm", item.quote()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("password.cancel"));
        dialog.setConfirmText(getTranslation("workspace.evidence.remove"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            String user = view.signedInUser().orElse(null);
            if (user == null) return;
            try {
                view.writes().removeEvidence(w.id(), item.id(), item.version(), user);
                view.refresh();
            } catch (IllegalArgumentException | org.disputatio.workspace.WorkspaceWrites.ConflictException ex) {
                com.vaadin.flow.component.notification.Notification.show(
                                ex instanceof org.disputatio.workspace.WorkspaceWrites.ConflictException
                                        ? getTranslation("workspace.write.conflict")
                                        : ex.getMessage())
                        .addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    /** "Yours: ¾ · 3 ratings (0: 0  ¼: 1 …) · mean 0.58". */
    private String spread(RatingSpread s) {
        String yours = s.yours() == null
                ? getTranslation("workspace.rating.noneYours")
                : getTranslation("workspace.rating.yours", Format.step(s.yours()));
        if (s.count() == 0) return yours + " · " + getTranslation("workspace.rating.none");
        return yours + " · " + getTranslation("workspace.rating.count", s.count()) + " ("
                + Format.histogram(s.histogram()) + ")"
                + (s.mean() == null ? "" : " · " + getTranslation("workspace.rating.mean", Format.strength(s.mean())));
    }

    private static RatingChart ratingChart(RatingSpread spread) {
        var chart = new RatingChart();
        chart.show(spread);
        return chart;
    }

    private Button claimLink(Workspace w, String claimId) {
        var b = new Button(
                w.claim(claimId).map(MapContent.Claim::text).orElse(claimId), e -> view.selectClaim(claimId));
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        b.addClassName("claim-link");
        return b;
    }

    boolean showsClaim() {
        return content.getChildren().anyMatch(c -> c == text);
    }
}
