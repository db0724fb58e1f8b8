package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.ArrayList;
import java.util.List;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/**
 * A new claim: anchored to words the user selected in the reader, or as a counter-argument to the
 * selected claim (rebut or undermine it, or undercut one of the arguments concluding it).
 */
class ClaimDialog extends WriteDialog {

    public record Form(
            @Nullable String kind,
            String text,
            @Nullable String section,
            @Nullable String attack,
            @Nullable String argument) {}

    final Select<String> kind = new Select<>();
    final TextArea text = new TextArea();
    final Select<String> section = new Select<>();
    final RadioButtonGroup<String> attack = new RadioButtonGroup<>();
    final Select<String> argument = new Select<>();
    final Binder<Form> binder = new Binder<>(Form.class);
    private final Workspace workspace;
    private final @Nullable String target;
    private final WorkspaceWrites.@Nullable Anchor anchor;
    private final WorkspaceWrites writes;
    private final String username;

    /**
     * @param target the claim to attack, or null for a claim anchored to {@code anchor}
     */
    ClaimDialog(
            Workspace w,
            @Nullable String target,
            WorkspaceWrites.@Nullable Anchor anchor,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        super(
                GradeDialog.label(
                        target == null ? "workspace.reader.createClaim" : "workspace.claim.addCounterArgument"),
                GradeDialog.label("workspace.claimForm.save"),
                saved);
        this.workspace = w;
        this.target = target;
        this.anchor = anchor;
        this.writes = writes;
        this.username = username;
        String required = getTranslation("accounts.required");
        kind.setLabel(getTranslation("map.column.kind"));
        kind.setItems(
                target == null
                        ? List.of("premise", "conclusion", "counter-claim", "rebuttal", "concession")
                        : List.of("counter-claim", "rebuttal", "premise"));
        kind.setItemLabelGenerator(k -> getTranslation("claim.kind." + k));
        text.setLabel(getTranslation("workspace.claimForm.text"));
        text.setHelperText(getTranslation("workspace.claimForm.text.help"));
        text.setMaxLength(500);
        section.setLabel(getTranslation("map.column.section"));
        section.setItems(w.sections());
        // A map made from a text offers its headings: "2 · The argument from design".
        section.setItemLabelGenerator(
                id -> w.sectionHeading(id).map(h -> id + " · " + h).orElse(id));
        attack.setLabel(getTranslation("workspace.claimForm.attack"));
        attack.setItems("rebut", "undermine", "undercut");
        attack.setItemLabelGenerator(a -> getTranslation("workspace.attack." + a));
        // Each kind says what it attacks, so nobody has to know the jargon to choose.
        attack.setRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(a -> {
            var explanation = new com.vaadin.flow.component.html.Span(" — " + getTranslation("help.term." + a));
            explanation.addClassName("attack-explanation");
            return new com.vaadin.flow.component.html.Span(
                    new com.vaadin.flow.component.html.Span(getTranslation("workspace.attack." + a)), explanation);
        }));
        argument.setLabel(getTranslation("workspace.claimForm.argument"));
        List<String> arguments = new ArrayList<>();
        if (target != null) w.argumentsFor(target).forEach(a -> arguments.add(a.id()));
        argument.setItems(arguments);
        argument.setItemLabelGenerator(a -> w.argument(a)
                .map(x -> Names.argument(w, a, (k, x2) -> getTranslation(k, x2)) + " ⇐ "
                        + String.join(
                                "; ",
                                x.premises().stream()
                                        .map(p -> w.claim(p)
                                                .map(MapContent.Claim::text)
                                                .orElse(p))
                                        .toList()))
                .orElse(a));

        binder.forField(kind).asRequired(required).bind("kind");
        binder.forField(text).asRequired(required).bind("text");
        binder.forField(section).asRequired(required).bind("section");
        binder.forField(attack)
                .withValidator(a -> target == null || a != null, required)
                .bind("attack");
        binder.forField(argument)
                .withValidator(a -> !"undercut".equals(attack.getValue()) || a != null, required)
                .bind("argument");
        String defaultSection =
                target != null ? w.claim(target).map(MapContent.Claim::section).orElse(null) : sectionAt(w, anchor);
        binder.readRecord(new Form(
                target == null ? "premise" : "counter-claim",
                "",
                defaultSection,
                target == null ? null : "rebut",
                null));
        attack.setVisible(target != null);
        argument.setVisible(false);
        attack.addValueChangeListener(e -> argument.setVisible("undercut".equals(e.getValue())));
        attack.setItemEnabledProvider(a -> !a.equals("undercut") || !arguments.isEmpty());

        var form = new FormLayout(kind, section, text, attack, argument, error);
        form.setColspan(text, 2);
        form.setColspan(error, 2);
        if (anchor != null) add(new Paragraph("« " + anchor.exact() + " »"));
        if (target != null)
            add(new Paragraph(getTranslation(
                    "workspace.claimForm.target",
                    w.claim(target).map(MapContent.Claim::text).orElse(target))));
        add(form);
    }

    /**
     * The section the selected words are in: for a map made from a text, the section of the text that holds them;
     * otherwise that of the claim whose anchor is nearest before them, so a new claim lands where it was read.
     */
    static @Nullable String sectionAt(Workspace w, WorkspaceWrites.@Nullable Anchor anchor) {
        if (anchor == null) return null;
        for (org.disputatio.maps.Section s : w.textSections()) {
            if (s.range().start() <= anchor.start()
                    && anchor.start() < s.range().end()) return s.id().value();
        }
        String best = null;
        int bestStart = -1;
        for (Workspace.Span s : w.spans()) {
            if (s.start() <= anchor.start() && s.start() > bestStart) {
                bestStart = s.start();
                best = w.claim(s.claimId()).map(MapContent.Claim::section).orElse(null);
            }
        }
        return best;
    }

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        var draft = new WorkspaceWrites.ClaimDraft(f.kind(), f.text().strip(), f.section(), anchor);
        if (target == null) {
            write(() -> writes.addClaim(workspace.id(), draft, username));
        } else {
            String on = "undercut".equals(f.attack()) ? f.argument() : target;
            write(() -> writes.addCounterArgument(workspace.id(), on, f.attack(), draft, username));
        }
    }

    @Override
    @Nullable
    HasValidation fieldAt(String field) {
        return switch (field) {
            case "text", "anchor" -> text;
            case "kind" -> kind;
            case "section" -> section;
            case "attackKind" -> attack;
            case "targetId" -> argument;
            default -> null;
        };
    }
}
