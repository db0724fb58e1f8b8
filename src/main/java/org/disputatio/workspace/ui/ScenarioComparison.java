package org.disputatio.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.disputatio.maps.MapContent;
import org.disputatio.workspace.Scenario;
import org.disputatio.workspace.Workspace;

/**
 * Two what-if scenarios side by side: scenario A (by default the workspace's own) and scenario B each reject
 * a set of sources (none is the map as it stands), and the table lists the claims whose label or strength
 * differs between them.
 */
class ScenarioComparison extends Dialog {

    private final Workspace workspace;
    private final WhatIfState state;
    final MultiSelectComboBox<String> a = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> b = new MultiSelectComboBox<>();
    final Paragraph summary = new Paragraph();
    final Grid<Scenario.Difference> grid = new Grid<>();
    final List<Scenario.Difference> differences = new ArrayList<>();

    private final Runnable changed;

    /** @param changed told when scenario B changes (the view keeps it in the URL) */
    ScenarioComparison(Workspace w, WhatIfState state, List<String> scenarioB, Runnable changed) {
        this.workspace = w;
        this.state = state;
        this.changed = changed;
        setId("scenario-comparison");
        setHeaderTitle(getTranslation("workspace.whatIf.compareTitle"));
        setWidth("min(1100px, 95vw)");
        setHeight("min(800px, 90vh)");
        setResizable(true);
        setDraggable(true);

        List<String> sources = new ArrayList<>();
        w.map().sources().forEach(s -> sources.add(s.id()));
        // The proponents' own words act as sources too (ADR 029): "reject X's word".
        w.map().claims().stream()
                .map(MapContent.Claim::proponentId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .forEach(p -> sources.add("proponent:" + p));
        for (var box : List.of(a, b)) {
            box.setItems(sources);
            box.setItemLabelGenerator(id -> WhatIfBanner.sourceName(w, id, this::getTranslation));
            box.setWidthFull();
            box.setClearButtonVisible(true);
        }
        a.setId("comparison-a");
        b.setId("comparison-b");
        a.setLabel(getTranslation("workspace.whatIf.scenarioA"));
        b.setLabel(getTranslation("workspace.whatIf.scenarioB"));
        a.setHelperText(getTranslation("workspace.whatIf.noneRejected"));
        b.setHelperText(getTranslation("workspace.whatIf.noneRejected"));
        a.setValue(new LinkedHashSet<>(state.rejected()));
        b.setValue(new LinkedHashSet<>(scenarioB));

        summary.setId("comparison-summary");
        grid.setId("comparison-grid");
        grid.addColumn(d -> w.claim(d.claimId()).map(MapContent.Claim::text).orElse(d.claimId()))
                .setHeader(getTranslation("workspace.outline.claim"))
                .setFlexGrow(4);
        grid.addColumn(d -> d.a().text())
                .setHeader(getTranslation("workspace.whatIf.columnA"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.b().text())
                .setHeader(getTranslation("workspace.whatIf.columnB"))
                .setAutoWidth(true);
        grid.addThemeVariants(
                GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("workspace.whatIf.noDifference"));
        grid.setItems(differences);
        grid.setHeight("100%");

        var pickers = new HorizontalLayout(a, b);
        pickers.setWidthFull();
        add(pickers, summary, grid);
        a.addValueChangeListener(e -> compare());
        b.addValueChangeListener(e -> {
            compare();
            changed.run();
        });
        getFooter().add(new Button(getTranslation("workspace.whatIf.close"), e -> close()));
        compare();
    }

    private static List<String> ordered(Set<String> chosen, List<String> preferred) {
        List<String> out =
                new ArrayList<>(preferred.stream().filter(chosen::contains).toList());
        chosen.stream().filter(id -> !out.contains(id)).sorted().forEach(out::add);
        return out;
    }

    /** Evaluates both scenarios and lists where they differ. */
    void compare() {
        var sa = state.other(workspace, ordered(a.getValue(), state.rejected()));
        var sb = state.other(workspace, ordered(b.getValue(), List.of()));
        differences.clear();
        if (sa.isPresent() && sb.isPresent()) differences.addAll(sa.get().compareWith(sb.get()));
        grid.getDataProvider().refreshAll();
        summary.setText(getTranslation("workspace.whatIf.differences", differences.size()));
    }

    List<String> scenarioB() {
        return ordered(b.getValue(), List.of());
    }
}
