package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** The small "show in the map" button that lists of claims (outline, sources, what-if) put beside a claim. */
final class ShowInMap {

    private ShowInMap() {}

    static Button button(WorkspaceView view, String claimId, String claimText) {
        var b = new Button("⌖", e -> {
            view.selectClaim(claimId);
            view.focusInGraph(claimId);
        });
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        b.addClassName("show-in-map");
        b.getElement().setAttribute("data-claim", claimId);
        String label = b.getTranslation("workspace.graph.showInMap");
        b.setAriaLabel(label + ": " + claimText);
        b.setTooltipText(label);
        return b;
    }
}
