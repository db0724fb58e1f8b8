package org.disputatio.workspace.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.dom.Element;
import org.disputatio.evidence.GradeGrid;
import org.disputatio.shell.HelpTip;

/**
 * A source's grades as the 6 × 6 Admiralty grid: reliability A–F in rows, credibility 1–6 in columns,
 * how many users gave each pair in its cell, shaded by that count, and your own grade outlined. A plain
 * table, so a screen reader reads it cell by cell.
 */
@StyleSheet("styles/help-and-charts.css")
class GradeGridTable extends Div {

    private final Element table = new Element("table");

    GradeGridTable() {
        addClassName("grade-grid");
        table.setAttribute("id", "grade-grid");
        var scales = new HorizontalLayout(
                new Span(getTranslation("workspace.grade.reliability")),
                new HelpTip("reliability"),
                new Span(getTranslation("workspace.grade.credibility")),
                new HelpTip("credibility"));
        scales.setSpacing(false);
        scales.setAlignItems(FlexComponent.Alignment.CENTER);
        add(scales);
        getElement().appendChild(table);
    }

    void show(GradeGrid grid) {
        table.removeAllChildren();
        table.appendChild(new Element("caption").setText(getTranslation("grades.grid.caption")));
        var head = new Element("tr");
        head.appendChild(new Element("th").setAttribute("scope", "col").setText(getTranslation("grades.grid.corner")));
        for (int c = 1; c <= GradeGrid.CREDIBILITY_STEPS; c++) {
            head.appendChild(new Element("th")
                    .setAttribute("scope", "col")
                    .setAttribute("title", getTranslation("workspace.grade.credibility." + c))
                    .setText(Integer.toString(c)));
        }
        table.appendChild(new Element("thead").appendChild(head));
        var body = new Element("tbody");
        int max = grid.counts().values().stream()
                .mapToInt(Integer::intValue)
                .max()
                .orElse(0);
        for (char r : GradeGrid.RELIABILITY.toCharArray()) {
            var row = new Element("tr");
            row.appendChild(new Element("th")
                    .setAttribute("scope", "row")
                    .setAttribute("title", getTranslation("workspace.grade.reliability." + r))
                    .setText(Character.toString(r)));
            for (int c = 1; c <= GradeGrid.CREDIBILITY_STEPS; c++) {
                int n = grid.count(r, c);
                var cell = new Element("td").setText(n == 0 ? "" : Integer.toString(n));
                cell.setAttribute("data-grade", "" + r + c);
                if (n > 0) {
                    // Darker with more users; the text turns white where the shade is dark.
                    double share = (double) n / max;
                    cell.getStyle().set("background-color", "rgba(26, 95, 180, " + (0.15 + 0.75 * share) + ")");
                    if (share > 0.5) cell.getStyle().set("color", "white");
                }
                if (grid.yours() != null
                        && grid.yours().reliability() == r
                        && grid.yours().credibility() == c) {
                    cell.getClassList().add("yours");
                    cell.setAttribute("title", getTranslation("grades.grid.yours"));
                }
                row.appendChild(cell);
            }
            body.appendChild(row);
        }
        table.appendChild(body);
    }
}
