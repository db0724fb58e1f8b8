package org.disputatio.workspace.ui;

import java.util.ArrayList;
import java.util.List;
import org.disputatio.evidence.RatingSpread;
import org.disputatio.shell.Chart;

/**
 * The spread of everyone's ratings of one item as a histogram, a bar per step (0, ¼, ½, ¾, 1), with
 * your own rating stacked in a colour of its own so you see where you stand against the others.
 */
class RatingChart extends Chart {

    static final String OTHERS = "#8fa9cf";
    static final String YOURS = "#b34700";

    RatingChart() {
        setHeight("150px");
        addClassName("rating-chart");
    }

    void show(RatingSpread spread) {
        List<String> labels = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        List<Integer> yours = new ArrayList<>();
        spread.histogram().forEach((value, n) -> {
            boolean mine = spread.yours() != null && Math.abs(spread.yours() - value) < 1e-9;
            labels.add(Format.step(value));
            others.add(mine ? n - 1 : n);
            yours.add(mine ? 1 : 0);
        });
        String yoursText = spread.yours() == null
                ? ""
                : getTranslation("chart.ratings.descriptionYours", Format.step(spread.yours()));
        showBars(
                labels,
                List.of(
                        new Series(getTranslation("chart.ratings.others"), others, List.of(OTHERS)),
                        new Series(getTranslation("chart.ratings.yours"), yours, List.of(YOURS))),
                false,
                getTranslation("chart.ratings.axis"),
                getTranslation(
                        "chart.ratings.description", spread.count(), Format.histogram(spread.histogram()), yoursText));
    }
}
