package org.disputatio.maps.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import org.disputatio.IntegrationTest;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.Timeline;
import org.disputatio.workspace.ShippedEssay;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Browserless: finding the essay's people by any spelling, and its timeline of dated events. */
@IntegrationTest
@ViewPackages(classes = {MapView.class, TimelineView.class})
class PeopleAndTimelineViewIT extends SpringBrowserlessTest {

    @Autowired
    MapCatalog catalog;

    @BeforeEach
    void essay() {
        ShippedEssay.ensureStored(catalog);
    }

    @Test
    void filter_findsEveryYakovlev_byATransliterationTheTextDoesNotUse_inLowerCase() {
        var view = navigate("map/" + ShippedEssay.ID.value(), MapView.class);
        test(view.claimFilter).setValue("iakovlev");
        assertThat(view.claims.getListDataView().getItems().map(MapContent.Claim::id))
                .containsExactly("c-173", "c-217", "c-231", "c-232", "c-319");
    }

    @Test
    void filter_findsAPerson_byAnyVariant_ignoringAccents() {
        var view = navigate("map/" + ShippedEssay.ID.value(), MapView.class);
        // "Joukov" is not in the essay (it writes "Zhukov"): the claims come through the person.
        test(view.claimFilter).setValue("Joukov");
        assertThat(view.claims.getListDataView().getItemCount()).isEqualTo(37);
        test(view.claimFilter).setValue("beria");
        assertThat(view.claims.getListDataView().getItemCount()).isEqualTo(37);
        assertThat(view.claims.getListDataView().getItems().map(MapContent.Claim::id))
                .contains("c-008", "c-346", "c-499");
    }

    @Test
    void timeline_ordersTheDatings_andFlagsContradictoryOnes() {
        var view = navigate("timeline/" + ShippedEssay.ID.value(), TimelineView.class);
        assertThat(view.entries.getListDataView().getItemCount()).isEqualTo(51);
        assertThat(view.summary.getText()).isEqualTo("51 datings of 36 events; 2 events dated in contradictory ways");
        var first = view.entries.getListDataView().getItem(0);
        assertThat(first.date()).isEqualTo("1920");
        assertThat(first.eventId()).isEqualTo("decade-1920-oppositions");
        assertThat(view.entries
                        .getListDataView()
                        .getItems()
                        .filter(Timeline.Entry::contradictory)
                        .map(e -> e.claim().id() + " " + e.date()))
                .containsExactly(
                        "c-330 1938-11",
                        "c-346 1938-11",
                        "c-334 1938-12",
                        "c-507 1953-06",
                        "c-491 1953-07",
                        "c-492 1953-07");
        assertThat(test(view.entries).getCellText(0, 3)).isEmpty();
    }

    @Test
    void timeline_ofAnUnknownMap_saysSo() {
        var view = navigate("timeline/no-such-map", TimelineView.class);
        assertThat(view.heading.getText()).isEqualTo("There is no map with this id.");
        assertThat(view.entries.isVisible()).isFalse();
    }
}
