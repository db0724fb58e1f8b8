package org.disputatio.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * A short guided tour of a view (driver.js, {@code frontend/disputatio-tour.js}). It starts on a first
 * visit only: the browser remembers in localStorage that the tour was finished or skipped, so a
 * returning reader is not interrupted; {@link #start(boolean)} with {@code true} runs it again.
 */
@Tag("disputatio-tour")
@NpmPackage(value = "driver.js", version = "1.8.0")
@JsModule("./disputatio-tour.js")
public class Tour extends Component {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One step: the element it points at (a CSS selector) and what it says. */
    public record Step(String element, String title, String description) {}

    private record Script(List<Step> steps, String next, String previous, String done, String progress) {}

    private final String storageKey;
    private final List<Step> steps;

    /** @param storageKey the localStorage key that remembers the tour was seen */
    public Tour(String storageKey, List<Step> steps) {
        this.storageKey = storageKey;
        this.steps = List.copyOf(steps);
        getElement().getStyle().set("display", "none");
    }

    /** Starts the tour in the browser; unless {@code again}, only if this browser has not seen it. */
    public void start(boolean again) {
        var script = new Script(
                steps,
                getTranslation("tour.next"),
                getTranslation("tour.previous"),
                getTranslation("tour.done"),
                getTranslation("tour.progress"));
        getElement().callJsFunction("start", JSON.writeValueAsString(script), storageKey, again);
    }
}
