package org.disputatio.workspace.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
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
 * and why, and what attacks it. One titled section each, in this order: exact words, citations,
 * arguments for it, attacks on it, evidence, ratings, why this strength, history. Other features
 * add to a section through its field (for example {@link #ratings}), not by reordering the panel.
 */
class ClaimPanel extends Scroller {

    private final WorkspaceView view;
    // Claim revision (claims12): edit, delete, merge, split; re-anchoring takes the reader's selection.
    private final ClaimActions claimActions;
    final VerticalLayout content = new VerticalLayout();
    final H3 text = new H3();
    final Paragraph meta = new Paragraph();
    final Paragraph assessment = new Paragraph();
    /** While a what-if is active: the claim and its arguments before → after, and why (issue 11 point 4). */
    final Div whatIf = new Div();

    final VerticalLayout quotes = new VerticalLayout();
    final UnorderedList citations = new UnorderedList();
    final UnorderedList supports = new UnorderedList();
    /** The attacks on the claim, one group per kind. */
    final Div counterArguments = new Div();
    /** The spread of readers' ratings of the claim's arguments, and the way to rate them. */
    final Div ratings = new Div();
    /** Actions on the claim as a whole, under its assessment. */
    final HorizontalLayout actions = new HorizontalLayout();
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
    /** Pros, cons, arguments, attacks, citations (args12, ADR 032). */
    final ArgumentActions argumentActions;

    ClaimPanel(WorkspaceView view) {
        this.view = view;
        claimActions = ClaimActions.forClaim(view, () -> shown, () -> view.reader.selection());
        standard = new ProofStandardField(view);
        history = new HistoryList(view);
        argumentActions = new ArgumentActions(view, view.argumentEditing());
        history.setId("claim-history");
        setId("claim-panel");
        setSizeFull();
        getElement().setAttribute("aria-label", getTranslation("workspace.claim.panel"));
        empty.setText(getTranslation("workspace.claim.none"));
        empty.addClassName("empty-state");
        text.setId("claim-text");
        assessment.setId("claim-assessment");
        whatIf.setId("claim-what-if");
        whatIf.addClassName("claim-what-if");
        whatIf.getElement().setAttribute("role", "status");
        whatIf.setVisible(false);
        why.setId("claim-why");
        why.setPadding(false);
        why.setSpacing(false);
        quotes.setPadding(false);
        quotes.setSpacing(false);
        content.setPadding(false);
        content.addClassName("claim-panel-content");
        supports.addClassName("arguments");
        citations.addClassName("citations");
        counterArguments.addClassName("attacks");
        ratings.addClassName("ratings");
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
        getElement().removeAttribute("data-claim");
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
        // For tests and scripts; never shown.
        getElement().setAttribute("data-claim", claimId);
        view.offerWrite(addEvidence, true);
        view.offerWrite(addCounterArgument, true);
        view.offerWrite(rateInference, !w.argumentsFor(claimId).isEmpty());
        content.removeAll();
        showHeader(w, claim);
        argumentActions.show(w, claimId);
        content.add(argumentActions);
        content.add(section("claim-words", "workspace.claim.quote", showWords(claim)));
        content.add(section("claim-citations", "workspace.claim.citations", showCitations(w, claim)));
        content.add(section("claim-arguments", "workspace.claim.supports", showArguments(w, claimId)));
        content.add(section("claim-attacks", "workspace.claim.counterArguments", showAttacks(w, claimId)));
        evidence.removeAll();
        showEvidence(w, claimId);
        content.add(section("claim-evidence", "workspace.claim.evidence", evidence));
        content.add(section("claim-ratings", "workspace.claim.ratings", showRatings(w, claimId)));
        fillWhy(w, claimId);
        content.add(section("claim-why", "workspace.claim.why", why));
        // The claim's own changes and those of its evidence (attached, edited, rated, removed).
        var ids = new java.util.ArrayList<String>();
        ids.add(claimId);
        ids.addAll(shownEvidence);
        history.show(w, view.service().history(w.id(), ids, WorkspaceView.HISTORY_LENGTH));
        content.add(section("claim-history", "workspace.history.title", history));
        showWhatIf(w, view.whatIf);
    }

    /**
     * The claim under the workspace's what-if, from the same {@link org.disputatio.workspace.Scenario} as the banner
     * and the lists: its strength and label before → after, why in words (the rejected sources its support sets
     * met), and each of its arguments before → after. Hidden when no what-if is active.
     */
    void showWhatIf(Workspace w, WhatIfState state) {
        whatIf.removeAll();
        var scenario = state.scenario();
        String claimId = shown;
        boolean active = claimId != null && state.isActive() && scenario != null;
        whatIf.setVisible(active);
        if (!active) {
            whatIf.getElement().removeAttribute("data-shift");
            return;
        }
        var heading = new Span(getTranslation("workspace.claim.whatIf"));
        heading.addClassName("claim-what-if-heading");
        whatIf.add(heading);
        var shift = scenario.shift(claimId);
        var figure = new Paragraph();
        figure.setId("claim-what-if-shift");
        var reason = new Paragraph();
        reason.setId("claim-what-if-why");
        if (shift.isPresent()) {
            figure.setText(shift.get().text());
            whatIf.getElement().setAttribute("data-shift", shift.get().text());
            if (shift.get().falls()) figure.addClassName("falls");
            var sets = w.assessment(claimId)
                    .map(org.disputatio.evaluation.ClaimAssessment::supportSets)
                    .orElse(List.of());
            List<String> restedOn = scenario.restedOn(sets);
            reason.setText(
                    restedOn.isEmpty()
                            ? getTranslation("workspace.claim.whatIf.through")
                            : getTranslation(
                                    "workspace.claim.whatIf.restedOn",
                                    String.join(
                                            "; ",
                                            restedOn.stream()
                                                    .map(id ->
                                                            Names.source(w, id, (k, args) -> getTranslation(k, args)))
                                                    .toList()),
                                    scenario.supportSetsMet(sets),
                                    sets.size()));
        } else {
            var now = scenario.before().get(claimId);
            figure.setText(now == null ? "" : now.text());
            whatIf.getElement().setAttribute("data-shift", "");
            reason.setText(getTranslation("workspace.claim.whatIf.unchanged"));
        }
        whatIf.add(figure, reason);
        var arguments = new UnorderedList();
        arguments.setId("claim-what-if-arguments");
        for (MapContent.Argument arg : w.argumentsFor(claimId)) {
            int number = Names.argumentNumber(w, arg.id());
            var moved = scenario.argumentShift(arg.id());
            var now = scenario.argumentsBefore().get(arg.id());
            var item = new ListItem(moved.map(m -> getTranslation("workspace.claim.whatIf.argument", number, m.text()))
                    .orElseGet(() -> getTranslation(
                            "workspace.claim.whatIf.argumentUnchanged", number, now == null ? "—" : now.text())));
            item.getElement().setAttribute("data-argument", arg.id());
            item.getElement()
                    .setAttribute(
                            "data-shift",
                            moved.map(org.disputatio.workspace.Scenario.Shift::text)
                                    .orElse(""));
            arguments.add(item);
        }
        if (arguments.getChildren().findAny().isPresent()) whatIf.add(arguments);
    }

    // ------------------------------------------------------------------ the panel's sections, in order

    /** A titled part of the panel; screen readers reach it by its heading. */
    private Section section(String id, String headingKey, Component... body) {
        var heading = new H4(getTranslation(headingKey));
        heading.setId(id + "-heading");
        var part = new Section(heading);
        part.setId(id);
        part.addClassName("claim-section");
        part.getElement().setAttribute("aria-labelledby", id + "-heading");
        part.add(body);
        return part;
    }

    /** What the claim says, whose it is, how it comes out, and where to see it in the graph. */
    private void showHeader(Workspace w, MapContent.Claim claim) {
        text.setText(claim.text());
        meta.setText(getTranslation(
                "workspace.claim.meta",
                getTranslation("claim.kind." + claim.kind()),
                claim.proponent().isBlank() ? "—" : claim.proponent(),
                claim.section().isBlank() ? "—" : claim.section()));
        fillAssessment(w, claim.id());
        var focusButton = new Button(getTranslation("workspace.claim.focus"), e -> view.focusInGraph(claim.id()));
        focusButton.addThemeVariants(ButtonVariant.LUMO_SMALL);
        focusButton.setId("claim-focus");
        actions.removeAll();
        actions.add(focusButton);
        content.add(text, meta, assessment, whatIf, standard, actions);
        moderation(w, claim.id(), "claim", content, actions);
        content.add(claimActions); // claim revision (claims12)
        claimActions.offer();
    }

    /** The exact words in the text, each with the way to it. */
    private Component showWords(MapContent.Claim claim) {
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
        return quotes;
    }

    /** Each source the claim cites, with the page or document it points to, and the citation as printed. */
    private Component showCitations(Workspace w, MapContent.Claim claim) {
        citations.removeAll();
        for (MapContent.Citation c : claim.citations()) {
            var source = new Span(w.sourceLabel(c.sourceId()));
            source.addClassName("citation-source");
            var item = new ListItem(source);
            if (c.locator() != null) {
                var locator = new Span(", " + c.locator());
                locator.addClassName("citation-locator");
                item.add(locator);
            }
            // The citation as the text prints it, when it says more than the source's id (the essay's say nothing
            // more).
            if (!c.raw().isBlank() && !c.raw().equals(c.sourceId())) {
                var raw = new Span(c.raw());
                raw.addClassName("citation-raw");
                item.add(raw);
            }
            citations.add(item);
        }
        if (claim.citations().isEmpty()) citations.add(new ListItem(getTranslation("workspace.claim.noCitations")));
        return citations;
    }

    /** The arguments concluding the claim, each with its premises as a list: all of them are needed. */
    private Component showArguments(Workspace w, String claimId) {
        supports.removeAll();
        supportHeads.clear();
        for (MapContent.Argument arg : w.argumentsFor(claimId)) {
            var head = new Span(supportHead(w, arg.id()));
            head.addClassName("argument-head");
            supportHeads.put(arg.id(), head);
            var premises = new UnorderedList();
            premises.addClassName("premises");
            premises.getElement().setAttribute("aria-label", getTranslation("workspace.claim.premises"));
            for (String p : arg.premises()) premises.add(new ListItem(claimLink(w, p)));
            var item = new ListItem(head, premises);
            item.addClassName("argument");
            supports.add(item);
        }
        if (w.argumentsFor(claimId).isEmpty()) supports.add(new ListItem(getTranslation("workspace.claim.noSupports")));
        return supports;
    }

    /** The attacks on the claim and on its arguments, grouped by kind: rebut, undermine, undercut. */
    private Component showAttacks(Workspace w, String claimId) {
        counterArguments.removeAll();
        List<MapContent.Attack> all = w.counterArguments(claimId);
        for (String kind : List.of("rebut", "undermine", "undercut")) {
            List<MapContent.Attack> ofKind =
                    all.stream().filter(k -> k.kind().equals(kind)).toList();
            if (ofKind.isEmpty()) continue;
            var group = new Div(
                    new H5(getTranslation("workspace.attack." + kind) + " (" + ofKind.size() + ")"), new HelpTip(kind));
            group.addClassName("attack-group");
            group.getElement().setAttribute("data-kind", kind);
            var list = new UnorderedList();
            for (MapContent.Attack k : ofKind) {
                var item = new ListItem(claimLink(w, k.from()));
                if (w.argument(k.to()).isPresent()) {
                    var target = new Span(
                            getTranslation("workspace.claim.againstArgument", Names.argumentNumber(w, k.to())));
                    target.addClassName("attack-target");
                    item.add(target);
                }
                list.add(item);
            }
            group.add(list);
            counterArguments.add(group);
        }
        // Kinds the three above do not name (none today) still show, under their own name.
        all.stream()
                .filter(k -> !List.of("rebut", "undermine", "undercut").contains(k.kind()))
                .forEach(k -> counterArguments.add(new Div(new Span(k.kind() + " — "), claimLink(w, k.from()))));
        if (all.isEmpty()) counterArguments.add(new Paragraph(getTranslation("workspace.claim.noCounterArguments")));
        var attacks = new Div(counterArguments, new HorizontalLayout(addCounterArgument));
        qualifiedBy.removeAll();
        for (MapContent.Qualification q : w.qualifiers(claimId)) {
            String on = w.argument(q.to()).isPresent()
                    ? Names.argument(w, q.to(), (k, a) -> getTranslation(k, a))
                    : w.claim(q.to()).map(c -> "« " + c.text() + " »").orElse("…");
            var item = new ListItem(new Span(getTranslation("workspace.claim.qualifiedByOn", on) + " — "));
            item.add(claimLink(w, q.from()));
            qualifiedBy.add(item);
        }
        if (qualifiedBy.getChildren().findAny().isPresent())
            attacks.add(new H5(getTranslation("workspace.claim.qualifiedBy")), qualifiedBy);
        return attacks;
    }

    /**
     * How readers rated the inference of each argument (how far its premises, if true, carry the conclusion);
     * the ratings of each item of evidence stay with the item.
     */
    private Component showRatings(Workspace w, String claimId) {
        ratings.removeAll();
        String user = view.signedInUser().orElse(null);
        for (MapContent.Argument arg : w.argumentsFor(claimId)) {
            var line = new Div(
                    new Span(getTranslation("workspace.claim.inference", Names.argumentNumber(w, arg.id())) + " · "));
            line.addClassName("inference-rating");
            var given = view.service().inferenceRatings(w.id(), arg.id(), user);
            var spread = new Span(spread(given));
            spread.addClassName("rating-spread");
            line.add(spread);
            ratings.add(line);
            if (given.count() > 0) ratings.add(ratingChart(given));
        }
        if (w.argumentsFor(claimId).isEmpty()) ratings.add(new Paragraph(getTranslation("workspace.claim.noRatings")));
        ratings.add(new HorizontalLayout(rateInference));
        return ratings;
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
                                            .map(id -> Names.source(w, id, (k, args) -> getTranslation(k, args)))
                                            .toList())));
            marker.addClassName("contested-marker");
            assessment.add(marker);
        }
        // After the sentence, so the sentence reads whole; each tip explains a term it used.
        assessment.add(new HelpTip("strength"), new HelpTip(a.label().name()));
    }

    /** "Argument 2 · strength 0.62": its number among the claim's arguments, and how strong it comes out. */
    private String supportHead(Workspace w, String argumentId) {
        int number = Names.argumentNumber(w, argumentId);
        return w.argumentAssessment(argumentId)
                .filter(x -> x.strength().isPresent())
                .map(x -> getTranslation(
                        "workspace.claim.argumentStrength",
                        number,
                        Format.strength(x.strength().getAsDouble())))
                .orElseGet(() -> getTranslation("workspace.claim.argument", number));
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
                                .map(id -> Names.argument(w, id, (k, a) -> getTranslation(k, a))
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

    /** Claims by their text, sources by their label, arguments by their number. */
    private String names(Workspace w, LabelReason r) {
        return String.join(
                "; ",
                r.decidedBy().stream()
                        .map(id -> r.kind() == LabelReason.Kind.SOURCES_REJECTED
                                ? Names.source(w, id, (k, args) -> getTranslation(k, args))
                                : w.claim(id)
                                        .map(c -> "« " + c.text() + " »")
                                        .orElseGet(() -> Names.argument(w, id, (k, a) -> getTranslation(k, a))))
                        .toList());
    }

    /**
     * The explanation drawn as well as written: a meter from the neutral prior to the strength reached, then one
     * row per contribution with a bar whose length is its effect (supports to the right, attacks to the left),
     * scaled to the largest effect so that small effects stay visible.
     */
    private void explain(Workspace w, Explanation x) {
        var base = new Paragraph(getTranslation("workspace.why.base", Format.strength(x.baseScore())));
        base.add(new HelpTip("prior"));
        why.add(base);
        if (x.strength().isPresent()) why.add(meter(x.baseScore(), x.strength().getAsDouble()));
        double largest = x.contributions().stream()
                .mapToDouble(c -> Math.abs(c.effect().orElse(0)))
                .max()
                .orElse(0);
        var chart = new Div();
        chart.addClassName("why-chart");
        chart.getElement().setAttribute("role", "list");
        chart.getElement().setAttribute("aria-label", getTranslation("workspace.why.chart"));
        for (Contribution c : x.contributions()) {
            String who = switch (c.kind()) {
                case ARGUMENT -> Names.argument(w, c.id(), (k, a) -> getTranslation(k, a));
                case EVIDENCE ->
                    getTranslation("workspace.why.evidence", c.sourceId() == null ? "—" : w.sourceLabel(c.sourceId()));
                case CITATION ->
                    getTranslation("workspace.why.citation", Names.source(w, c.id(), (k, a) -> getTranslation(k, a)));
                case ATTACK ->
                    getTranslation(
                            "workspace.why.attack",
                            w.claim(c.from()).map(MapContent.Claim::text).orElse("…"));
            };
            String strength =
                    c.strength().isPresent() ? Format.strength(c.strength().getAsDouble()) : "—";
            String effect = c.effect().isPresent() ? Format.signed(c.effect().getAsDouble()) : "—";
            var label = new Span(getTranslation(
                    "workspace.why.contribution",
                    getTranslation("workspace.why.role." + c.role().name()),
                    who,
                    strength,
                    effect));
            label.addClassName("why-label");
            double value = c.effect().orElse(0);
            var fill = new Div();
            fill.addClassName("why-fill");
            fill.addClassName(value < 0 ? "attack" : "support");
            double percent = largest == 0 ? 0 : 50 * Math.abs(value) / largest;
            fill.getStyle()
                    .set("width", String.format(java.util.Locale.ROOT, "%.1f%%", percent))
                    .set(value < 0 ? "right" : "left", "50%");
            var bar = new Div(fill);
            bar.addClassName("why-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            var row = new Div(label, bar);
            row.addClassName("why-row");
            row.getElement().setAttribute("role", "listitem");
            chart.add(row);
        }
        if (x.contributions().isEmpty()) {
            chart.add(new Paragraph(getTranslation("workspace.why.noContributions")));
        }
        why.add(chart);
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
                            x.criticalSources().stream()
                                    .map(id -> Names.source(w, id, (k, args) -> getTranslation(k, args)))
                                    .toList())));
            critical.add(new HelpTip("critical"));
            why.add(critical);
        }
        for (Explanation.ContestedPath p : x.contested()) {
            var line = new Paragraph("⚠ " + Names.source(w, p.sourceId(), (k, a) -> getTranslation(k, a)) + " — "
                    + Paths.render(w, p.path(), (k, a) -> getTranslation(k, a)));
            line.addClassName("explaining-path");
            why.add(line);
        }
    }

    /** From the prior to the strength reached, on a scale of 0 to 1. */
    private Div meter(double prior, double strength) {
        var fill = new Div();
        fill.addClassName("why-meter-fill");
        fill.getStyle().set("width", String.format(java.util.Locale.ROOT, "%.1f%%", 100 * strength));
        var mark = new Div();
        mark.addClassName("why-meter-prior");
        mark.getStyle().set("left", String.format(java.util.Locale.ROOT, "%.1f%%", 100 * prior));
        var track = new Div(fill, mark);
        track.addClassName("why-meter-track");
        track.getElement().setAttribute("aria-hidden", "true");
        var caption =
                new Span(getTranslation("workspace.why.meter", Format.strength(prior), Format.strength(strength)));
        caption.addClassName("why-meter-caption");
        var meter = new Div(caption, track);
        meter.addClassName("why-meter");
        return meter;
    }

    /** Moderation (mod13, ADR 038): the marks on an item for its author and moderators; see {@link ReviewMarks}. */
    private void moderation(Workspace w, String itemId, String kind, HasComponents marks, HorizontalLayout actions) {
        ReviewMarks.show(view, w, itemId, kind, marks, actions);
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
            if (view.writer().isPresent() && view.service().mayChange(item, user)) {
                var edit = new Button(
                        getTranslation("workspace.evidence.edit"),
                        e -> view.openWrite((writes, u) -> EvidenceDialog.edit(w, item, writes, u, view::refresh)));
                var remove = new Button(getTranslation("workspace.evidence.remove"), e -> confirmRemove(w, item));
                actions.add(edit, remove);
            }
            actions.getChildren()
                    .filter(Button.class::isInstance)
                    .forEach(c -> ((Button) c).addThemeVariants(ButtonVariant.LUMO_SMALL));
            box.add(actions);
            moderation(w, item.id(), "evidence", box, actions);
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
            String user = view.writer().orElse(null);
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

    /** A claim named by its words, opening it; a native button, so long words wrap inside the panel. */
    private NativeButton claimLink(Workspace w, String claimId) {
        var b = new NativeButton(
                w.claim(claimId).map(MapContent.Claim::text).orElse("…"), e -> view.selectClaim(claimId));
        b.addClassName("claim-link");
        return b;
    }

    boolean showsClaim() {
        return content.getChildren().anyMatch(c -> c == text);
    }
}
