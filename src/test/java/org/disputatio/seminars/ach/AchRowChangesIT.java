package org.disputatio.seminars.ach;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.seminars.SeminarFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * gaps13 (issue 13 point 5, ADR 040): instructors remove a matrix row or change its weights, both undoable in the
 * history (members may not); the group matrix of a group's map counts the ratings of its current members only, so a
 * member who left stops weighing on the ranking, and my own matrix still shows my ratings.
 */
@IntegrationTest
class AchRowChangesIT {

    static final MapId MAP = new MapId("ach-departed");

    @Autowired
    AchService ach;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @Autowired
    org.disputatio.history.UndoService undo;

    @Autowired
    org.disputatio.history.ChangeLog changeLog;

    private long newestChangeOf(String itemId) {
        return changeLog.forItems(MAP, java.util.List.of(itemId), 1).getFirst().seq();
    }

    private double score(AchService.Matrix m) {
        return m.scoring().ranking().getFirst().inconsistency();
    }

    @Test
    void anInstructorRemovesARow_aMemberMayNot_andUndoBringsItBackWithItsRatings() {
        var h = ach.addHypothesis(MAP, "The sky is green", null, SeminarFixture.INSTRUCTOR);
        var e1 = ach.addItem(MAP, "claim", "c1", "medium", "medium", SeminarFixture.INSTRUCTOR);
        var e2 = ach.addItem(MAP, "claim", "c2", "medium", "medium", SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), e1.id(), Consistency.II, SeminarFixture.MEMBER);
        ach.rate(MAP, h.id(), e2.id(), Consistency.I, SeminarFixture.MEMBER);
        assertThat(score(ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER)))
                .isEqualTo(-3.0);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ach.removeItem(MAP, e1.id(), SeminarFixture.MEMBER))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        ach.removeItem(MAP, e1.id(), SeminarFixture.INSTRUCTOR);

        var removed = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(removed.items()).extracting(MatrixItem::id).containsExactly(e2.id());
        assertThat(score(removed)).isEqualTo(-1.0);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ach.rate(MAP, h.id(), e1.id(), Consistency.C, SeminarFixture.MEMBER))
                .isInstanceOf(AchRefusal.NotFound.class);

        undo.undo(MAP, newestChangeOf(e1.id()), SeminarFixture.INSTRUCTOR);

        var back = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(back.items()).extracting(MatrixItem::id).containsExactly(e1.id(), e2.id());
        assertThat(score(back)).isEqualTo(-3.0);
    }

    @Test
    void anInstructorReweighsARow_theScoreFollows_andUndoRestoresTheWeights() {
        var h = ach.addHypothesis(MAP, "The sky is green", null, SeminarFixture.INSTRUCTOR);
        var e1 = ach.addItem(MAP, "claim", "c1", "medium", "medium", SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), e1.id(), Consistency.II, SeminarFixture.MEMBER);

        var heavy = ach.reweighItem(MAP, e1.id(), "high", "high", SeminarFixture.INSTRUCTOR);

        assertThat(heavy.credibility()).isEqualTo(Weight.HIGH);
        assertThat(heavy.relevance()).isEqualTo(Weight.HIGH);
        assertThat(score(ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER)))
                .isCloseTo(-4.0, org.assertj.core.data.Offset.offset(1e-9));
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> ach.reweighItem(MAP, e1.id(), "low", null, SeminarFixture.MEMBER))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

        undo.undo(MAP, newestChangeOf(e1.id()), SeminarFixture.INSTRUCTOR);

        var back = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(back.items().getFirst().credibility()).isEqualTo(Weight.MEDIUM);
        assertThat(score(back)).isEqualTo(-2.0);
    }

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

    private AchService.CellView cell(AchService.Matrix m) {
        return m.cells().getFirst();
    }

    @Test
    void aMemberWhoLeft_isNoLongerCountedInTheGroupMatrix() {
        var h = ach.addHypothesis(MAP, "The sky is green", null, SeminarFixture.INSTRUCTOR);
        var item = ach.addItem(MAP, "claim", "c1", "medium", "medium", SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), item.id(), Consistency.II, SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), item.id(), Consistency.C, SeminarFixture.MEMBER);

        var before = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(before.raters()).isEqualTo(2);
        assertThat(cell(before).rating()).isEqualTo(Consistency.II); // the more inconsistent of two
        assertThat(cell(before).raters()).isEqualTo(2);

        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (ms:Membership {groupId: $g, username: $u}) DELETE ms",
                    Map.of("g", SeminarFixture.GROUP, "u", SeminarFixture.MEMBER)));
        }

        var after = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(after.raters()).isEqualTo(1);
        assertThat(cell(after).rating()).isEqualTo(Consistency.II);
        assertThat(cell(after).raters()).isEqualTo(1);
        assertThat(cell(after).spread()).isZero();
    }

    @Test
    void aViewerNow_isNotCountedEither_butTheInstructorStillSeesTheirOwnMatrix() {
        var h = ach.addHypothesis(MAP, "The sky is green", null, SeminarFixture.INSTRUCTOR);
        var item = ach.addItem(MAP, "claim", "c1", "medium", "medium", SeminarFixture.INSTRUCTOR);
        ach.rate(MAP, h.id(), item.id(), Consistency.C, SeminarFixture.MEMBER);
        ach.rate(MAP, h.id(), item.id(), Consistency.I, SeminarFixture.INSTRUCTOR);
        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run(
                    "MATCH (ms:Membership {groupId: $g, username: $u}) SET ms.role = 'viewer'",
                    Map.of("g", SeminarFixture.GROUP, "u", SeminarFixture.INSTRUCTOR)));
        }

        var group = ach.matrix(MAP, AchService.Which.GROUP, SeminarFixture.OWNER);
        assertThat(cell(group).rating()).isEqualTo(Consistency.C);
        assertThat(group.raters()).isEqualTo(1);
        var mine = ach.matrix(MAP, AchService.Which.MINE, SeminarFixture.INSTRUCTOR);
        assertThat(cell(mine).rating()).isEqualTo(Consistency.I);
    }
}
