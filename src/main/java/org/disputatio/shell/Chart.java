package org.disputatio.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A bar chart drawn by Chart.js ({@code frontend/disputatio-chart.js}). The server builds the whole
 * configuration; the browser only draws it. Every chart carries a one-sentence description for screen
 * readers, since a canvas says nothing by itself.
 */
@StyleSheet("styles/help-and-charts.css")
@Tag("disputatio-chart")
@NpmPackage(value = "chart.js", version = "4.6.1")
@JsModule("./disputatio-chart.js")
public class Chart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One series of bars: its name in the legend, a value per label, and a colour per bar. */
    public record Series(String name, List<? extends Number> values, List<String> colours) {}

    public Chart() {
        setWidthFull();
        setHeight("180px");
    }

    /**
     * Bars over {@code labels}; several series are stacked. Horizontal bars suit long labels (sources).
     *
     * @param axisTitle the title of the value axis
     */
    public void showBars(
            List<String> labels, List<Series> series, boolean horizontal, String axisTitle, String description) {
        List<Map<String, Object>> datasets = new ArrayList<>();
        for (Series s : series) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("label", s.name());
            d.put("data", s.values());
            d.put("backgroundColor", s.colours());
            d.put("borderWidth", 0);
            datasets.add(d);
        }
        String valueAxis = horizontal ? "x" : "y";
        String labelAxis = horizontal ? "y" : "x";
        Map<String, Object> valueScale = Map.of(
                "stacked",
                true,
                "beginAtZero",
                true,
                "ticks",
                Map.of("precision", 0),
                "title",
                Map.of("display", true, "text", axisTitle));
        Map<String, Object> labelScale = Map.of("stacked", true, "ticks", Map.of("autoSkip", false));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", labelAxis);
        options.put("scales", Map.of(valueAxis, valueScale, labelAxis, labelScale));
        options.put("plugins", Map.of("legend", Map.of("display", series.size() > 1, "position", "bottom")));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        getElement().setAttribute("data-description", description);
        getElement().callJsFunction("setConfig", JSON.writeValueAsString(config), description);
    }

    /** A click on the bar at {@code index} of the labels. */
    public Registration addBarClickListener(ComponentEventListener<BarClickEvent> listener) {
        return addListener(BarClickEvent.class, listener);
    }

    /** The user clicked a bar. */
    @DomEvent("bar-click")
    public static class BarClickEvent extends ComponentEvent<Chart> {
        private final int index;

        public BarClickEvent(Chart source, boolean fromClient, @EventData("event.detail.index") int index) {
            super(source, fromClient);
            this.index = index;
        }

        public int index() {
            return index;
        }
    }
}
