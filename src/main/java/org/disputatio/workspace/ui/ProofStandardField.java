package org.disputatio.workspace.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.disputatio.history.WritesRefusedException;
import org.disputatio.maps.ProofStandard;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * The selected claim's proof standard (ADR 031): which one, one sentence on what it asks, and a select that
 * signed-in users (whoever may edit the map) change it with. Anonymous visitors see it read-only.
 */
class ProofStandardField extends VerticalLayout {

    private final WorkspaceView view;
    final Select<ProofStandard> select = new Select<>();
    final Span explanation = new Span();
    /** Why the last change was refused, in the panel beside the select (announced to screen readers). */
    final Span refusal = new Span();

    private @Nullable String claimId;

    ProofStandardField(WorkspaceView view) {
        this.view = view;
        setId("claim-standard");
        setPadding(false);
        setSpacing(false);
        select.setId("claim-standard-select");
        select.setLabel(getTranslation("workspace.standard.label"));
        select.setItems(ProofStandard.values());
        select.setItemLabelGenerator(s -> getTranslation("workspace.standard." + s.spelling()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) change(e.getValue(), e.getOldValue());
        });
        explanation.setId("claim-standard-explanation");
        explanation.addClassName("standard-explanation");
        refusal.setId("claim-standard-refused");
        refusal.addClassName("form-error");
        refusal.getElement().setAttribute("role", "alert");
        refusal.setVisible(false);
        add(select, explanation, refusal);
    }

    void show(Workspace w, String claimId) {
        this.claimId = claimId;
        ProofStandard standard = w.assessment(claimId).map(a -> a.standard()).orElse(ProofStandard.DEFAULT);
        select.setValue(standard);
        boolean editor = view.writer().isPresent();
        select.setReadOnly(!editor);
        select.setHelperText(editor ? null : view.whyNoWrite());
        explanation.setText(getTranslation("workspace.standard.explain." + standard.spelling()));
        refusal.setVisible(false);
    }

    private void change(ProofStandard standard, @Nullable ProofStandard before) {
        Workspace w = view.workspace();
        String user = view.writer().orElse(null);
        if (w == null || claimId == null || user == null) return;
        var previous = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(getLocale());
        try {
            view.service().changeStandard(w.id(), claimId, standard, user);
        } catch (IllegalArgumentException
                | org.springframework.security.access.AccessDeniedException
                | WritesRefusedException e) {
            // Refused (the claim is gone, the account, or the server too busy to write): say so where the user
            // looks, and show the standard still in force.
            refusal.setText(getTranslation(
                    "workspace.standard.refused",
                    e.getMessage() == null ? getTranslation("workspace.write.failed") : e.getMessage()));
            refusal.setVisible(true);
            select.setValue(before);
            return;
        } finally {
            LocaleContextHolder.setLocaleContext(previous);
        }
        refusal.setVisible(false);
        explanation.setText(getTranslation("workspace.standard.explain." + standard.spelling()));
        view.refresh();
    }
}
