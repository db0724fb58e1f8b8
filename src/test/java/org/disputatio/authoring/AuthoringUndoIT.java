package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.TestUsers;
import org.disputatio.history.Change;
import org.disputatio.history.ChangeKind;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoConflictException;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapContent;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every kind of authoring change is undone through the change history (ADR 032), on the two-voices map
 * (thesis c1 ← argument a1 from c2; c3 rebuts c1 by attack k1; c1 cites s1 at "12-14").
 */
@IntegrationTest
class AuthoringUndoIT {

    static final MapId MAP = new MapId("authoring-undo");

    @Autowired
    ArgumentEditing editing;

    @Autowired
    ClaimEditing claims;

    @Autowired
    RatingService ratings;

    @Autowired
    UndoService undo;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada", "brigitte");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    MapContent map() {
        return catalog.content(MAP).orElseThrow();
    }

    /** The newest change of the kind, as the history lists it. */
    Change last(ChangeKind kind) {
        return changeLog.newest(MAP, 50).stream()
                .filter(c -> c.kind() == kind)
                .max(java.util.Comparator.comparingLong(Change::seq))
                .orElseThrow();
    }

    long ratingNodes(String itemId) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (r:Rating {mapId: $mapId, itemId: $id}) RETURN count(r) AS n",
                            Map.of("mapId", MAP.value(), "id", itemId))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    String claim(String who, String text) {
        return claims.addClaim(MAP, new ClaimDraft("premise", text, null, null), who);
    }

    @Test
    void undoingAnAddedArgument_removesIt() {
        String id = editing.addArgument(MAP, "c1", List.of("c3"), "ada");

        undo.undo(MAP, last(ChangeKind.ArgumentAdded).seq(), "ada");

        assertThat(map().arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2"), "c1"));
        assertThat(editing.argument(MAP, id)).isEmpty();
    }

    @Test
    void anAddedArgumentThatWasRatedSince_isNotRemovedByUndo() {
        String id = editing.addArgument(MAP, "c1", List.of("c3"), "ada");
        ratings.rateInference(MAP, id, "brigitte", 0.75);

        assertThatThrownBy(() -> undo.undo(MAP, last(ChangeKind.ArgumentAdded).seq(), "ada"))
                .isInstanceOf(UndoConflictException.class);
        assertThat(editing.argument(MAP, id)).isPresent();
    }

    @Test
    void undoingAnEdit_bringsBackTheConclusionAndPremises() {
        String x = claim("ada", "Alpha was outside");
        editing.editArgument(MAP, "a1", 1, "c1", List.of(x, "c2"), "admin");

        undo.undo(MAP, last(ChangeKind.ArgumentEdited).seq(), "admin");

        assertThat(map().arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2"), "c1"));
        assertThat(editing.argument(MAP, "a1").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void undoingADeletion_bringsTheArgumentBackWithItsPremisesRatingsAndTheAttacksOnIt() {
        String x = claim("ada", "Alpha was outside");
        String id = editing.addArgument(MAP, "c1", List.of("c3", x), "ada");
        ratings.rateInference(MAP, id, "brigitte", 0.75);
        String critic = claim("brigitte", "Being outside proves nothing");
        String undercut = editing.addAttack(MAP, critic, id, "undercut", "brigitte");

        editing.deleteArgument(MAP, id, 1L, "ada");
        assertThat(editing.argument(MAP, id)).isEmpty();
        assertThat(editing.attack(MAP, undercut)).isEmpty();
        assertThat(ratingNodes(id)).isZero();

        undo.undo(MAP, last(ChangeKind.ArgumentDeleted).seq(), "ada");

        var back = editing.argument(MAP, id).orElseThrow();
        assertThat(back.premiseIds()).containsExactly("c3", x);
        assertThat(back.conclusionId()).isEqualTo("c1");
        assertThat(back.createdBy()).isEqualTo("ada");
        assertThat(back.version()).isEqualTo(2);
        assertThat(editing.attack(MAP, undercut))
                .contains(new AttackItem(undercut, critic, id, "undercut", "brigitte"));
        assertThat(ratings.inferenceRatings(MAP, id, "brigitte").yours()).isEqualTo(0.75);
        assertThat(map().arguments())
                .containsExactly(
                        new MapContent.Argument("a1", List.of("c2"), "c1"),
                        new MapContent.Argument(id, List.of("c3", x), "c1"));
    }

    @Test
    void undoingTheDeletionOfAnImportedArgument_keepsItImported() {
        editing.deleteArgument(MAP, "a1", null, "admin");

        undo.undo(MAP, last(ChangeKind.ArgumentDeleted).seq(), "admin");

        assertThat(map().arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2"), "c1"));
        try (var session = driver.session()) {
            var row = session.run(
                            "MATCH (a:Argument {mapId: $mapId, id: 'a1'}) RETURN a.origin AS origin, a.ordinal AS ordinal,"
                                    + " a.createdBy AS createdBy",
                            Map.of("mapId", MAP.value()))
                    .single();
            assertThat(row.get("origin").isNull()).isTrue();
            assertThat(row.get("createdBy").isNull()).isTrue();
            assertThat(row.get("ordinal").asInt()).isZero();
        }
    }

    @Test
    void undoingAnAddedAttack_removesIt_andUndoingADeletedOne_bringsItBackWithItsId() {
        String critic = claim("brigitte", "Alpha was dreaming");
        String id = editing.addAttack(MAP, critic, "c2", "undermine", "brigitte");
        undo.undo(MAP, last(ChangeKind.AttackAdded).seq(), "brigitte");
        assertThat(editing.attack(MAP, id)).isEmpty();

        editing.deleteAttack(MAP, "k1", "admin");
        assertThat(map().attacks()).isEmpty();
        undo.undo(MAP, last(ChangeKind.AttackDeleted).seq(), "admin");
        assertThat(map().attacks()).containsExactly(new MapContent.Attack("k1", "c3", "c1", "rebut"));
        assertThat(editing.attack(MAP, "k1").orElseThrow().createdBy()).isNull();
    }

    @Test
    void undoingAnAddedCitation_removesIt_andUndoingADeletedOne_bringsTheEssaysBackAsItWas() {
        String id = editing.cite(MAP, "c2", "s1", "p. 9", "ada");
        assertThat(editing.citations(MAP, "c2")).containsExactly(new CitationItem(id, "c2", "s1", "p. 9", "ada"));
        undo.undo(MAP, last(ChangeKind.CitationAdded).seq(), "ada");
        assertThat(editing.citations(MAP, "c2")).isEmpty();

        editing.uncite(MAP, "c1", "cite-0", "admin");
        assertThat(editing.citations(MAP, "c1")).isEmpty();
        undo.undo(MAP, last(ChangeKind.CitationDeleted).seq(), "admin");
        assertThat(editing.citations(MAP, "c1")).containsExactly(new CitationItem("cite-0", "c1", "s1", "12-14", null));
        assertThat(map().claims().getFirst().citations())
                .containsExactly(new MapContent.Citation("s1", "12-14", "Gamma, Sky 12-14"));
    }

    @Test
    void aPro_isOneChange_undoneInOneStep_whichRemovesTheClaimAndItsArgument() {
        long before = changeLog.newest(MAP, 50).size();
        var pro = editing.addPro(MAP, "c1", new ClaimDraft("premise", "Alpha paints skies", null, null), "ada");

        var added = changeLog.newest(MAP, 50);
        assertThat(added).hasSize((int) before + 1);
        Change proAdded = added.getFirst();
        assertThat(proAdded.kind()).isEqualTo(ChangeKind.ProAdded);
        assertThat(proAdded.itemId()).isEqualTo(pro.id());
        assertThat(proAdded.onId()).isEqualTo("c1");
        assertThat(map().arguments()).contains(new MapContent.Argument(pro.argumentId(), List.of(pro.id()), "c1"));

        undo.undo(MAP, proAdded.seq(), "ada");

        assertThat(map().claims()).extracting(MapContent.Claim::id).containsExactly("c1", "c2", "c3");
        assertThat(map().arguments()).containsExactly(new MapContent.Argument("a1", List.of("c2"), "c1"));
        assertThat(editing.argument(MAP, pro.argumentId())).isEmpty();
    }

    @Test
    void aProWhoseArgumentWasEditedOrAttacked_isNotUndone_andStaysWhole() {
        var pro = editing.addPro(MAP, "c1", new ClaimDraft("premise", "Alpha paints skies", null, null), "ada");
        long proSeq = last(ChangeKind.ProAdded).seq();
        String attack = editing.addAttack(MAP, "c3", pro.argumentId(), "undercut", "brigitte");

        assertThatThrownBy(() -> undo.undo(MAP, proSeq, "ada"))
                .isInstanceOf(UndoConflictException.class)
                .hasMessageContaining(attack);
        assertThat(map().arguments()).contains(new MapContent.Argument(pro.argumentId(), List.of(pro.id()), "c1"));
        assertThat(map().claims()).extracting(MapContent.Claim::id).contains(pro.id());

        editing.deleteAttack(MAP, attack, "brigitte");
        var argument = editing.argument(MAP, pro.argumentId()).orElseThrow();
        editing.editArgument(MAP, pro.argumentId(), argument.version(), "c1", List.of(pro.id(), "c2"), "ada");
        assertThatThrownBy(() -> undo.undo(MAP, proSeq, "ada"))
                .isInstanceOf(UndoConflictException.class)
                .hasMessageContaining("edited since");
        assertThat(map().claims()).extracting(MapContent.Claim::id).contains(pro.id());
    }

    @Test
    void movingAPremise_takesItFromOneArgumentToAnother_andAnArgumentLeftWithoutPremisesIsDeleted() {
        String x = claim("ada", "Alpha was outside");
        String mine = editing.addArgument(MAP, "c1", List.of(x), "ada");
        String y = claim("ada", "Alpha looked at noon");
        String other = editing.addArgument(MAP, "c1", List.of(y), "ada");

        editing.movePremise(MAP, x, mine, other, "ada");

        assertThat(editing.argument(MAP, other).orElseThrow().premiseIds()).containsExactly(y, x);
        assertThat(editing.argument(MAP, mine)).isEmpty();
    }
}
