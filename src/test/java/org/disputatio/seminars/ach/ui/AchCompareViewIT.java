package org.disputatio.seminars.ach.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.dom.Element;
import java.util.Optional;
import java.util.stream.Stream;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.seminars.SeminarFixture;
import org.disputatio.seminars.ach.AchService;
import org.disputatio.seminars.ach.Consistency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * Browserless (gaps13, issue 13 point 5): my matrix shows the group's rating under each of mine, marked where the
 * two differ, so that a member compares their judgement with the group's.
 */
@IntegrationTest
@ViewPackages(classes = AchView.class)
class AchCompareViewIT extends SpringBrowserlessTest {

    static final MapId MAP = new MapId("ach-compare");

    @Autowired
    AchService ach;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @BeforeEach
    void store() {
        TestGraphs.clear(driver);
        SeminarFixture.groups(driver, accounts);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        SeminarFixture.groupMap(driver, MAP.value());
        var h = ach.addHypothesis(MAP, "The sky is green", null, SeminarFixture.INSTRUCTOR);
        var e1 = ach.addItem(MAP, "claim", "c1", "medium", "medium", SeminarFixture.INSTRUCTOR);
        var e2 = ach.addItem(MAP, "claim", "c2", "medium", "medium", SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), e1.id(), Consistency.C, SeminarFixture.MEMBER);
        ach.rate(MAP, h.id(), e1.id(), Consistency.II, SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), e2.id(), Consistency.N, SeminarFixture.MEMBER);
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    private static Stream<Element> tree(Element e) {
        return Stream.concat(Stream.of(e), e.getChildren().flatMap(AchCompareViewIT::tree));
    }

    private static Optional<Element> byId(AchView view, String id) {
        return tree(view.matrix.getElement())
                .filter(e -> id.equals(e.getAttribute("id")))
                .findFirst();
    }

    @Test
    @WithMockUser(username = SeminarFixture.MEMBER, roles = "USER")
    void myMatrix_showsTheGroupsRatingBesideMine_markedWhereTheyDiffer() {
        var view = navigate("maps/" + MAP.value() + "/ach", AchView.class);
        assertThat(view.which.getValue()).isEqualTo(AchService.Which.MINE);

        var differs = byId(view, "ach-compare-H1-E1").orElseThrow();
        assertThat(differs.getText()).isEqualTo("group: II (differs from yours)");
        assertThat(differs.getAttribute("data-differs")).isEqualTo("true");
        var same = byId(view, "ach-compare-H1-E2").orElseThrow();
        assertThat(same.getText()).isEqualTo("group: N");
        assertThat(same.hasAttribute("data-differs")).isFalse();

        view.which.setValue(AchService.Which.GROUP);
        assertThat(byId(view, "ach-compare-H1-E1")).isEmpty();
    }
}
