package org.disputatio.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Label;
import org.disputatio.evaluation.Semantics;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.TestUsers;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.security.AccountService;
import org.disputatio.workspace.ArgumentTree;
import org.disputatio.workspace.WorkspaceService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Users' arguments and attacks count in the evaluation and show in the outline as soon as they are written, on the
 * two-voices map (thesis c1 ← a1 from c2; c3 rebuts c1).
 */
@IntegrationTest
class AuthoringEvaluationIT {

    static final MapId MAP = new MapId("authoring-evaluation");

    @Autowired
    ArgumentEditing editing;

    @Autowired
    org.disputatio.evidence.ClaimEditing claims;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    WorkspaceService workspaces;

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
        TestUsers.ensure(accounts, "ada");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    org.disputatio.evaluation.Evaluation evaluation() {
        return evaluations
                .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation();
    }

    @Test
    void aConOnTheRebuttal_reinstatesTheThesis_andAProStrengthensIt() {
        var before = evaluation();
        assertThat(before.label("c3")).isEqualTo(Label.IN);
        assertThat(before.label("c1")).isEqualTo(Label.OUT);
        double thesisBefore = before.strength("c1").orElseThrow();
        assertThat(thesisBefore).isCloseTo(0.46875, within(1e-6));

        var con =
                editing.addCon(MAP, "c3", new ClaimDraft("counter-claim", "Beta was indoors", null, null), null, "ada");
        var afterCon = evaluation();
        assertThat(afterCon.label(con.id())).isEqualTo(Label.IN);
        assertThat(afterCon.label("c3")).isEqualTo(Label.OUT);
        assertThat(afterCon.label("c1")).isEqualTo(Label.IN);
        double thesisAfterCon = afterCon.strength("c1").orElseThrow();
        assertThat(thesisAfterCon).isCloseTo(0.59375, within(1e-6));
        // DF-QuAD: the rebuttal keeps half of its base 0.5 under one attacker of strength 0.5.
        assertThat(afterCon.strength("c3").orElseThrow()).isCloseTo(0.25, within(1e-6));

        var pro = editing.addPro(MAP, "c1", new ClaimDraft("premise", "Alpha paints skies", null, null), "ada");
        var afterPro = evaluation();
        assertThat(afterPro.arguments()).extracting(a -> a.id()).contains("a1", pro.argumentId());
        assertThat(afterPro.label(pro.id())).isEqualTo(Label.IN);
        assertThat(afterPro.strength("c1").orElseThrow()).isCloseTo(0.6640625, within(1e-6));
    }

    @Test
    void aProOfTheThesis_andAnArgumentBuiltApart_showInTheOutline() {
        var pro = editing.addPro(MAP, "c1", new ClaimDraft("premise", "Alpha paints skies", null, null), "ada");
        String x = editing.addPro(MAP, "c3", new ClaimDraft("premise", "Beta saw it", null, null), "ada")
                .id();

        var tree = new ArgumentTree(workspaces.open(MAP).orElseThrow());
        var thesis = tree.roots().getFirst();
        var proArgument = tree.children(thesis).stream()
                .filter(r -> r.id().equals(pro.argumentId()))
                .findFirst()
                .orElseThrow();
        assertThat(tree.children(proArgument)).extracting(ArgumentTree.Row::id).containsExactly(pro.id());
        // c3 attacks the thesis, so its new argument hangs under the attack row.
        var attack = tree.children(thesis).stream()
                .filter(r -> r.type() == ArgumentTree.RowType.ATTACK)
                .findFirst()
                .orElseThrow();
        var underAttack = tree.children(attack);
        assertThat(underAttack).hasSize(1);
        assertThat(tree.children(underAttack.getFirst()))
                .extracting(ArgumentTree.Row::id)
                .containsExactly(x);

        // An argument between two claims out of the thesis's reach starts its own tree after it.
        String p = claims.addClaim(MAP, new ClaimDraft("premise", "Clouds hide the sky", null, null), "ada");
        String q = claims.addClaim(MAP, new ClaimDraft("conclusion", "Nobody sees it", null, null), "ada");
        String apart = editing.addArgument(MAP, q, List.of(p), "ada");
        var again = new ArgumentTree(workspaces.open(MAP).orElseThrow());
        assertThat(again.roots()).extracting(ArgumentTree.Row::id).containsExactly("c1", q);
        var apartRow = again.children(again.roots().get(1)).getFirst();
        assertThat(apartRow.id()).isEqualTo(apart);
        assertThat(again.children(apartRow)).extracting(ArgumentTree.Row::id).containsExactly(p);
    }
}
