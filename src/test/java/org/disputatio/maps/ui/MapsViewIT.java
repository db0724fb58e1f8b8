package org.disputatio.maps.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: the maps list, on real data in the embedded Neo4j. */
@IntegrationTest
@ViewPackages(classes = MapsView.class)
class MapsViewIT extends SpringBrowserlessTest {

    @Autowired
    Driver driver;

    @BeforeEach
    void empty() {
        TestGraphs.clear(driver);
    }

    @AfterEach
    void cleanUp() {
        TestGraphs.clear(driver);
    }

    @Test
    void noMaps_showsTheEmptyState() {
        var view = navigate(MapsView.class);
        assertThat(view.grid.getListDataView().getItemCount()).isZero();
        assertThat(view.grid.getEmptyStateText()).contains("No map yet");
    }

    @Test
    void maps_areListedWithTheirClaimCounts() {
        TestGraphs.smallMap(driver, "small-map", "A small map");
        var view = navigate(MapsView.class);
        assertThat(view.grid.getListDataView().getItemCount()).isEqualTo(1);
        var row = view.grid.getListDataView().getItem(0);
        assertThat(row.title()).isEqualTo("A small map");
        assertThat(row.claimCount()).isEqualTo(5);
    }
}
