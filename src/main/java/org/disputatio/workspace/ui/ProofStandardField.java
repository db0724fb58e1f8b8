package org.disputatio.workspace.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import org.disputatio.maps.ProofStandard;
import org.disputatio.workspace.Workspace;
import org.jspecify.annotations.Nullable;

/**
 * The selected claim's proof standard (ADR 031): which one, one sentence on what it asks, and a select that
 * signed-in users (whoever may edit the map) change it with. Anonymous visitors see it read-only.
 */
class ProofStandardField extends VerticalLayout {

    private final WorkspaceView view;
    final Select<ProofStandard> select = new Select<>();
    final Span explanation = new Span();
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
        add(select, explanation);
    }

    void show(Workspace w, String claimId) {
        this.claimId = claimId;
        ProofStandard standard = w.assessment(claimId).map(a -> a.standard()).orElse(ProofStandard.DEFAULT);
        select.setValue(standard);
        boolean editor = view.signedInUser().isPresent();
        select.setReadOnly(!editor);
        select.setHelperText(editor ? null : getTranslation("workspace.write.signIn"));
        explanation.setText(getTranslation("workspace.standard.explain." + standard.spelling()));
    }

    private void change(ProofStandard standard, @Nullable ProofStandard before) {
        Workspace w = view.workspace();
        String user = view.signedInUser().orElse(null);
        if (w == null || claimId == null || user == null) return;
        try {
            view.service().changeStandard(w.id(), claimId, standard, user);
        } catch (IllegalArgumentException | org.springframework.security.access.AccessDeniedException e) {
            // Refused (the claim is gone, or the account): say so and show the standard still in force.
            Notification.show(e.getMessage());
            select.setValue(before);
            return;
        }
        explanation.setText(getTranslation("workspace.standard.explain." + standard.spelling()));
        view.refresh();
    }
}
