package org.disputatio.workspace.ui;

import com.vaadin.flow.component.details.Details;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.disputatio.shell.Chart;
import org.disputatio.workspace.Workspace;

/**
 * How many claims depend on each source, as horizontal bars, the most depended-on first; sources on
 * which nothing depends are left out. Folded by default, so the sources list keeps its room; a click on
 * a bar selects that source.
 */
class DependencyChart extends Details {

    static final String BAR = "#1a5fb4";
    static final String CONTESTED_BAR = "#c64600";
    final Chart chart = new Chart();
    private List<Workspace.SourceRow> shown = List.of();

    DependencyChart(Consumer<String> selectSource) {
        setSummaryText(getTranslation("chart.dependents.title"));
        setId("dependency-chart");
        chart.setId("dependency-chart-bars");
        chart.addBarClickListener(e -> {
            if (e.index() >= 0 && e.index() < shown.size())
                selectSource.accept(shown.get(e.index()).source().id());
        });
        add(chart);
        setWidthFull();
    }

    void show(Workspace w) {
        shown = w.sourceRows().stream()
                .filter(r -> r.dependents() > 0)
                .sorted(Comparator.comparingInt(Workspace.SourceRow::dependents)
                        .reversed()
                        .thenComparing(r -> w.sourceLabel(r.source().id())))
                .toList();
        // A bar's height fits its label; the panel scrolls past a long bibliography.
        chart.setHeight((60 + 22 * Math.max(1, shown.size())) + "px");
        String most =
                shown.isEmpty() ? "—" : w.sourceLabel(shown.getFirst().source().id());
        chart.showBars(
                shown.stream()
                        .map(r -> shortLabel(w.sourceLabel(r.source().id())))
                        .toList(),
                List.of(new Chart.Series(
                        getTranslation("chart.dependents.axis"),
                        shown.stream().map(Workspace.SourceRow::dependents).toList(),
                        shown.stream()
                                .map(r -> r.contested() ? CONTESTED_BAR : BAR)
                                .toList())),
                true,
                getTranslation("chart.dependents.axis"),
                getTranslation(
                        "chart.dependents.description",
                        shown.size(),
                        most,
                        shown.isEmpty() ? 0 : shown.getFirst().dependents()));
    }

    /** Long titles would squeeze the bars; the full label is in the sources list. */
    static String shortLabel(String label) {
        return label.length() <= 48 ? label : label.substring(0, 47).stripTrailing() + "…";
    }
}
