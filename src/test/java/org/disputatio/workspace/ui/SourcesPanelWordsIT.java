package org.disputatio.workspace.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The Sources tab offers the proponents' word as a source (ADR 029), so "reject the author's word" works in the
 * workspace as it does with {@code ?reject=proponent:furr} in the API; and the workspace links to the Timeline.
 */
@IntegrationTest
@ViewPackages(classes = WorkspaceView.class)
class SourcesPanelWordsIT extends SpringBrowserlessTest {

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        ShippedEssay.ensureStored(catalog);
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    @Test
    void rejectingTheAuthorsWord_showsTheThesisFalling() {
        var view = navigate("workspace/furr-staline-democratie", WorkspaceView.class);
        var words = view.sources.words.getListDataView().getItems().toList();
        assertThat(words).contains("proponent:furr", "proponent:zhukov").allMatch(w -> w.startsWith("proponent:"));
        assertThat(words.getFirst()).as("the word most claims rest on").isEqualTo("proponent:furr");

        view.sources.words.setValue("proponent:furr");
        int resting = view.workspace().dependentsOf("proponent:furr").size();
        assertThat(view.sources.title.getText()).isEqualTo("Word of Grover Furr (" + resting + " claims rest on it)");
        assertThat(view.sources.details.isVisible()).isTrue();
        assertThat(view.sources.grade.isEnabled()).isFalse();

        view.sources.reject.setValue(true);
        var whatIf = view.sources.whatIf();
        assertThat(whatIf).isNotNull();
        System.out.println("WORDS furr: " + resting + " claims rest on it; rejecting it: lost grounding "
                + whatIf.lostGrounding().size() + ", changed label "
                + whatIf.changedLabel().size()
                + ", changed strength " + whatIf.changedStrength().size() + "; thesis label "
                + whatIf.changedLabel().contains("c-001"));
        assertThat(whatIf.changedLabel()).as("the thesis no longer stands").contains("c-001");
        assertThat(view.sources.whatIfResult.getElement().getTextRecursively())
                .contains(view.workspace().claim("c-001").orElseThrow().text());

        // A document selected in the grid replaces the word.
        view.sources.grid.select(view.sources.grid.getListDataView().getItem(0));
        assertThat(view.sources.words.getValue()).isNull();
        assertThat(view.sources.reject.getValue()).isFalse();
    }

    @Test
    void workspace_linksToItsTimeline() {
        var view = navigate("workspace/furr-staline-democratie", WorkspaceView.class);
        assertThat(view.sources.timeline.getHref()).isEqualTo("timeline/furr-staline-democratie");
        assertThat(view.sources.timeline.isVisible()).isTrue();
        assertThat(view.sources.timeline.getParent())
                .as("in the header's toolbar, beside the title, above the tabs")
                .contains(view.toolbar);
    }
}
