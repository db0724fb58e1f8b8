package org.disputatio.workspace.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Workspace;
import org.disputatio.workspace.WorkspaceWrites;
import org.jspecify.annotations.Nullable;

/**
 * The user's rating on the five-step scale: how strong an item of evidence is, or how strongly an
 * argument's premises support its conclusion.
 */
class RatingDialog extends WriteDialog {

    static final List<Double> VALUES = List.of(0.0, 0.25, 0.5, 0.75, 1.0);

    public record Form(@Nullable String argument, @Nullable Double value) {}

    final Select<String> argument = new Select<>();
    final Select<Double> value = new Select<>();
    final Binder<Form> binder = new Binder<>(Form.class);
    private final Workspace workspace;
    private final @Nullable String evidenceId;
    private final WorkspaceWrites writes;
    private final String username;

    /** Rates the inference of one of the arguments concluding {@code claimId}. */
    static RatingDialog inference(
            Workspace w,
            String claimId,
            @Nullable Double yours,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        return new RatingDialog(w, claimId, null, yours, writes, username, saved);
    }

    /** Rates an item of evidence's strength. */
    static RatingDialog evidence(
            Workspace w,
            String evidenceId,
            @Nullable Double yours,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        return new RatingDialog(w, null, evidenceId, yours, writes, username, saved);
    }

    private RatingDialog(
            Workspace w,
            @Nullable String claimId,
            @Nullable String evidenceId,
            @Nullable Double yours,
            WorkspaceWrites writes,
            String username,
            Runnable saved) {
        super(
                GradeDialog.label(evidenceId == null ? "workspace.claim.rateInference" : "workspace.rating.evidence"),
                GradeDialog.label("workspace.rating.save"),
                saved);
        this.workspace = w;
        this.evidenceId = evidenceId;
        this.writes = writes;
        this.username = username;
        List<String> arguments = claimId == null
                ? List.of()
                : w.argumentsFor(claimId).stream().map(MapContent.Argument::id).toList();
        argument.setLabel(getTranslation("workspace.claimForm.argument"));
        argument.setItems(arguments);
        argument.setItemLabelGenerator(a -> Names.argument(w, a, (k, x2) -> getTranslation(k, x2)) + " ⇐ "
                + String.join(
                        "; ",
                        w.argument(a)
                                .map(x -> x.premises().stream()
                                        .map(p -> w.claim(p)
                                                .map(MapContent.Claim::text)
                                                .orElse(p))
                                        .toList())
                                .orElse(List.of())));
        argument.setVisible(evidenceId == null);
        value.setLabel(
                getTranslation(evidenceId == null ? "workspace.rating.value" : "workspace.rating.evidenceValue"));
        value.setItems(VALUES);
        value.setId("rating-value");
        save.setId("rating-save");
        value.setItemLabelGenerator(v -> getTranslation("workspace.rating.step." + (int) (v * 4)));
        String required = getTranslation("accounts.required");
        binder.forField(argument)
                .withValidator(a -> evidenceId != null || a != null, required)
                .bind("argument");
        binder.forField(value).asRequired(required).bind("value");
        binder.readRecord(new Form(arguments.size() == 1 ? arguments.getFirst() : null, yours));
        add(new Paragraph(getTranslation("workspace.rating.help")));
        // Why "1 — conclusive" does not make the claim 1: the source's weight (issue 11).
        if (evidenceId != null) add(new Paragraph(getTranslation("help.term.rating")));
        add(new FormLayout(argument, value), error);
    }

    @Override
    void submit() {
        Form f;
        try {
            f = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        if (evidenceId != null) {
            write(() -> writes.rateEvidence(workspace.id(), evidenceId, f.value(), username));
        } else {
            write(() -> writes.rateInference(workspace.id(), f.argument(), f.value(), username));
        }
    }

    @Override
    @Nullable
    HasValidation fieldAt(String field) {
        return field.equals("value") ? value : null;
    }
}
