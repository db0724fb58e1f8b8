package org.disputatio.maps.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.SampleMaps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: browsing one map's claims and sources, in English and French. */
@IntegrationTest
@ViewPackages(classes = MapView.class)
class MapViewIT extends SpringBrowserlessTest {

    @Autowired
    Driver driver;

    @Autowired
    MapCatalog catalog;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices("two-voices"));
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void claims_showKindProponentSectionTextAndQuote() {
        var view = navigate("map/two-voices", MapView.class);
        view.tabs.setSelectedTab(view.claimsTab);
        assertThat(view.claims.getListDataView().getItemCount()).isEqualTo(3);
        var grid = test(view.claims);
        assertThat(grid.getCellText(0, 0)).isEqualTo("Thesis");
        assertThat(grid.getCellText(0, 1)).isEqualTo("Alpha");
        assertThat(grid.getCellText(0, 2)).isEqualTo("1");
        assertThat(grid.getCellText(0, 3)).isEqualTo("The sky is green");
        assertThat(grid.getCellText(0, 4)).isEqualTo("« the sky is green »");
        assertThat(grid.getCellText(2, 1)).isEqualTo("Beta");
    }

    @Test
    void filter_narrowsTheClaimsByWordOrProponent() {
        var view = navigate("map/two-voices", MapView.class);
        view.tabs.setSelectedTab(view.claimsTab);
        test(view.claimFilter).setValue("beta");
        assertThat(view.claims.getListDataView().getItems().map(c -> c.id())).containsExactly("c3");
    }

    @Test
    void sources_showTheirCitationCounts() {
        var view = navigate("map/two-voices", MapView.class);
        view.tabs.setSelectedTab(view.sourcesTab);
        var row = view.sources.getListDataView().getItem(0);
        assertThat(row.source().id()).isEqualTo("s1");
        assertThat(row.citations()).isEqualTo(1);
        assertThat(test(view.sources).getCellText(0, 4)).isEqualTo("Published");
    }

    @Test
    void frenchInterface_translatesKindsAndHeaders() {
        UI.getCurrent().setLocale(Locale.FRENCH);
        var view = navigate("map/two-voices", MapView.class);
        view.tabs.setSelectedTab(view.claimsTab);
        assertThat(test(view.claims).getCellText(2, 0)).isEqualTo("Objection");
        view.tabs.setSelectedTab(view.sourcesTab);
        assertThat(test(view.sources).getCellText(0, 4)).isEqualTo("Publiée");
    }

    @Test
    void unknownMap_saysSo() {
        var view = navigate("map/no-such-map", MapView.class);
        assertThat(view.heading.getText()).isEqualTo("There is no map with this id.");
        assertThat(view.tabs.isVisible()).isFalse();
    }
}
