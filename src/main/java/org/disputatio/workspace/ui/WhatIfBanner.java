package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Scenario;
import org.disputatio.workspace.Workspace;

/**
 * The visible sign that the workspace shows a what-if: the rejected sources (each can be restored), how many
 * claims fall or move, a comparison with another scenario, and a reset back to the map as it stands.
 */
class WhatIfBanner extends Div {

    private static final String PROPONENT = "proponent:";

    private final WorkspaceView view;
    final Span intro = new Span();
    final Div chips = new Div();
    final Span summary = new Span();
    final Button compare = new Button();
    final Button reset = new Button();

    WhatIfBanner(WorkspaceView view) {
        this.view = view;
        setId("what-if-banner");
        addClassName("what-if-banner");
        getElement().setAttribute("role", "status");
        intro.setText(getTranslation("workspace.whatIf.banner"));
        intro.addClassName("what-if-intro");
        chips.addClassName("what-if-chips");
        summary.setId("what-if-summary");
        compare.setText(getTranslation("workspace.whatIf.compare"));
        compare.setId("what-if-compare");
        reset.setText(getTranslation("workspace.whatIf.reset"));
        reset.setId("what-if-reset");
        compare.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        compare.addClickListener(e -> view.openComparison(java.util.List.of()));
        reset.addClickListener(e -> view.changeWhatIf(java.util.List.of()));
        add(intro, chips, summary, compare, reset);
        setVisible(false);
    }

    void show(Workspace w, WhatIfState state) {
        Scenario scenario = state.scenario();
        setVisible(state.isActive() && scenario != null);
        chips.removeAll();
        if (!state.isActive() || scenario == null) return;
        for (String id : state.rejected()) {
            var chip = new Span(sourceName(w, id, this::getTranslation));
            chip.addClassName("what-if-chip");
            chip.getElement().setAttribute("data-source", id);
            var restore = new Button("×", e -> {
                var rest = new java.util.ArrayList<>(state.rejected());
                rest.remove(id);
                view.changeWhatIf(rest);
            });
            restore.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            restore.setAriaLabel(getTranslation("workspace.whatIf.restore", sourceName(w, id, this::getTranslation)));
            restore.addClassName("what-if-restore");
            chip.add(restore);
            chips.add(chip);
        }
        summary.setText(getTranslation(
                "workspace.whatIf.counts",
                scenario.falling().size(),
                scenario.weakened().size()));
    }

    /** How a rejected source reads: the source's label, or "the word of X" for a proponent's own assertions. */
    static String sourceName(
            Workspace w, String id, java.util.function.BiFunction<String, Object[], String> translation) {
        if (id.startsWith(PROPONENT)) {
            String person = id.substring(PROPONENT.length());
            String name = w.map().people().stream()
                    .filter(p -> p.id().equals(person))
                    .map(MapContent.Person::name)
                    .findFirst()
                    .orElse(person);
            return translation.apply("workspace.whatIf.proponentWord", new Object[] {name});
        }
        return w.sourceLabel(id);
    }
}
