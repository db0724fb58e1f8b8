package org.disputatio.seminars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.authoring.MapOwnership;
import org.disputatio.authoring.UnknownMapException;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * gaps13 (issue 13 point 2): "Duplicate" in the maps list and the workspace calls {@link MapOwnership#copy}
 * directly, past the API's gate; the copy of a group's unpublished map follows the API's rules there too: an
 * outsider gets "no such map", a viewer is refused, a member copies; and only those are offered the button.
 */
@IntegrationTest
class GroupMapCopiesIT {

    static final MapId MAP = new MapId("group-work");

    @Autowired
    MapOwnership ownership;

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
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    @Test
    void anOutsider_cannotCopyAGroupsUnpublishedMap_andLearnsNothingOfIt() {
        assertThatThrownBy(() -> ownership.copy(MAP, null, SeminarFixture.OUTSIDER))
                .isInstanceOf(UnknownMapException.class);
        assertThat(ownership.mayCopy(MAP, SeminarFixture.OUTSIDER)).isFalse();
        assertThat(catalog.find(MAP)).isPresent();
        assertThat(catalog.maps()).hasSize(1);
    }

    @Test
    void aViewer_isRefused_andNotOfferedTheCopy() {
        assertThatThrownBy(() -> ownership.copy(MAP, null, SeminarFixture.VIEWER))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Only the members of the group working on this map copy it.");
        assertThat(ownership.mayCopy(MAP, SeminarFixture.VIEWER)).isFalse();
        assertThat(catalog.maps()).hasSize(1);
    }

    @Test
    void aMember_copies() {
        assertThat(ownership.mayCopy(MAP, SeminarFixture.MEMBER)).isTrue();
        MapId copy = ownership.copy(MAP, null, SeminarFixture.MEMBER);
        assertThat(catalog.find(copy).orElseThrow().title()).endsWith("(copy)");
    }

    @Test
    void mapsOutsideGroups_areCopiedByAnyoneSignedInAsBefore() {
        catalog.create(SampleMaps.twoVoices("open-map"));
        assertThat(ownership.mayCopy(new MapId("open-map"), SeminarFixture.OUTSIDER))
                .isTrue();
        assertThat(ownership.mayCopy(new MapId("open-map"), null)).isFalse();
    }
}
