package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evidence.ClaimDraft;
import org.disputatio.evidence.ClaimEditing;
import org.disputatio.evidence.ContestationService;
import org.disputatio.evidence.EvidenceDraft;
import org.disputatio.evidence.EvidenceService;
import org.disputatio.evidence.RatingService;
import org.disputatio.evidence.SourceDraft;
import org.disputatio.history.ChangeLog;
import org.disputatio.history.UndoService;
import org.disputatio.maps.MapId;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Real writes through the services, one after the other: after each, the service's incrementally maintained
 * evaluation is at the log's newest seq and equals a full evaluation read from scratch by a second instance,
 * in strengths, labels, grounding, support sets and source dependencies.
 */
@IntegrationTest
class IncrementalEvaluationIT {

    static final MapId MAP = new MapId("incremental-two-voices");

    @Autowired
    EvaluationService evaluations;

    @Autowired
    ChangeLog changeLog;

    @Autowired
    EvidenceService evidence;

    @Autowired
    RatingService ratings;

    @Autowired
    ContestationService contestations;

    @Autowired
    ClaimEditing claims;

    @Autowired
    UndoService undo;

    @Autowired
    Driver driver;

    @RegisterExtension
    final TwoVoicesFixture fixture = new TwoVoicesFixture(MAP);

    static EvidenceDraft draft(String claim, String source, Stance stance, String quote) {
        return new EvidenceDraft(claim, source, "p. 12", quote, null, stance, null, null);
    }

    @Test
    void everyWrite_leavesTheIncrementalEvaluationEqualToAFullOne() {
        agreesWithFullEvaluation();
        var attached = evidence.attach(MAP, draft("c2", "s1", Stance.FOR, "Alpha saw the sky"), "ada");
        agreesWithFullEvaluation();

        // From here on, each write is applied from the log without a full reload.
        ratings.rateEvidence(MAP, attached.id(), "brigitte", 0.75);
        appliedIncrementally();
        ratings.rateEvidence(MAP, attached.id(), "ada", 0.25);
        appliedIncrementally();
        var edited =
                evidence.edit(MAP, attached.id(), 1, draft("c2", "s1", Stance.AGAINST, "Alpha did not look"), "ada");
        appliedIncrementally();
        ratings.rateInference(MAP, "a1", "ada", 1.0);
        appliedIncrementally();
        ratings.rateInference(MAP, "a1", "brigitte", 0.25);
        appliedIncrementally();
        ratings.gradeSource(MAP, "s1", "ada", 'B', 2);
        appliedIncrementally();
        ratings.gradeSource(MAP, "s1", "brigitte", 'E', 5);
        appliedIncrementally();
        long grade = changeLog.newest(MAP, 1).getFirst().seq();
        var contestation = contestations.contest(MAP, "s1", "brigitte", "Gamma was asleep");
        appliedIncrementally();
        contestations.withdraw(MAP, contestation.id(), "brigitte");
        appliedIncrementally();
        undo.undo(MAP, grade, "brigitte");
        appliedIncrementally();
        // A source nobody contests yet: its contestation changes what c2 depends on.
        String delta = evidence.createSource(
                MAP, new SourceDraft(List.of("Delta"), "Clouds", 2001, "scholarship", "published"), "brigitte");
        agreesWithFullEvaluation();
        evidence.edit(MAP, attached.id(), edited.version(), draft("c2", delta, Stance.FOR, "Alpha looked"), "ada");
        appliedIncrementally();
        assertThat(evaluations
                        .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                        .orElseThrow()
                        .evaluation()
                        .claim("c2")
                        .criticalSources())
                .containsExactly(delta);
        var doubt = contestations.contest(MAP, delta, "brigitte", "Delta never saw a cloud");
        appliedIncrementally();
        assertThat(evaluations
                        .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                        .orElseThrow()
                        .evaluation()
                        .claim("c2")
                        .contestedSources())
                .containsExactly(delta);
        contestations.withdraw(MAP, doubt.id(), "brigitte");
        appliedIncrementally();
        assertThat(evaluations
                        .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                        .orElseThrow()
                        .evaluation()
                        .claim("c2")
                        .contestedSources())
                .isEmpty();

        // Changes of the map's shape reload it, and still agree.
        String claim = claims.addClaim(MAP, new ClaimDraft("premise", "Clouds are white", null, null), "ada");
        agreesWithFullEvaluation();
        claims.addCounterArgument(
                MAP, claim, "undermine", new ClaimDraft("counter-claim", "Clouds are grey", null, null), "ada");
        agreesWithFullEvaluation();
        claims.addCounterArgument(
                MAP, "a1", "undercut", new ClaimDraft("counter-claim", "Looking proves nothing", null, null), "ada");
        agreesWithFullEvaluation();
        claims.addCounterArgument(
                MAP, "c3", "rebut", new ClaimDraft("counter-claim", "The sky is green", null, null), "brigitte");
        agreesWithFullEvaluation();
        ratings.rateEvidence(MAP, attached.id(), "brigitte", 1.0);
        appliedIncrementally();
        evidence.remove(MAP, attached.id(), edited.version() + 1, "ada");
        assertThat(evidence.find(MAP, attached.id())).isEmpty();
        agreesWithFullEvaluation();
    }

    @Test
    void aChangeReadFromTheLog_reachesAnEvaluationAlreadyInMemory() {
        var before = evaluations.evaluate(MAP, Semantics.DF_QUAD, Set.of()).orElseThrow();
        // The rebuttal k1 by c3 (unattacked) defeats c1 whatever the ratings; the inference rating moves c1's strength.
        ratings.rateInference(MAP, "a1", "ada", 0.0);
        var after = evaluations.evaluate(MAP, Semantics.DF_QUAD, Set.of()).orElseThrow();

        assertThat(after.seq()).isEqualTo(before.seq() + 1);
        assertThat(after.evaluation().claim("c1").strength().orElseThrow())
                .isLessThan(before.evaluation().claim("c1").strength().orElseThrow());
        assertThat(after.evaluation().claim("c1").label()).isEqualTo(Label.OUT);
    }

    private void appliedIncrementally() {
        var before = evaluations.counters();
        agreesWithFullEvaluation();
        assertThat(evaluations.counters())
                .isEqualTo(new EvaluationService.Counters(before.fullReloads(), before.appliedChanges() + 1));
    }

    private void agreesWithFullEvaluation() {
        long last = changeLog.newest(MAP, 1).stream()
                .mapToLong(org.disputatio.history.Change::seq)
                .max()
                .orElse(0);
        var fresh = new EvaluationService(driver, changeLog);
        for (Semantics semantics : Semantics.values()) {
            var live = evaluations.evaluate(MAP, semantics, Set.of()).orElseThrow();
            var full = fresh.evaluate(MAP, semantics, Set.of()).orElseThrow();
            assertThat(live.seq()).as("seq").isEqualTo(last);
            assertThat(full.seq()).as("seq of the full evaluation").isEqualTo(last);
            assertSame(live.evaluation(), full.evaluation());
        }
        assertThat(fresh.counters()).isEqualTo(new EvaluationService.Counters(1, 0));
    }

    static void assertSame(Evaluation actual, Evaluation expected) {
        assertThat(actual.snapshot().claimIds()).isEqualTo(expected.snapshot().claimIds());
        for (ClaimAssessment e : expected.claims()) {
            ClaimAssessment a = actual.claim(e.id());
            assertThat(a.converged()).as("converged %s", e.id()).isEqualTo(e.converged());
            assertThat(a.strength().isPresent())
                    .as("has strength %s", e.id())
                    .isEqualTo(e.strength().isPresent());
            if (e.strength().isPresent()) {
                assertThat(a.strength().getAsDouble())
                        .as("strength %s", e.id())
                        .isCloseTo(e.strength().getAsDouble(), within(1e-9));
            }
            assertThat(a.label()).as("label %s", e.id()).isEqualTo(e.label());
            assertThat(a.grounded()).as("grounded %s", e.id()).isEqualTo(e.grounded());
            assertThat(a.supportSets()).as("support sets %s", e.id()).isEqualTo(e.supportSets());
            assertThat(a.supportSetsTruncated()).isEqualTo(e.supportSetsTruncated());
            assertThat(a.criticalSources()).as("critical %s", e.id()).isEqualTo(e.criticalSources());
            assertThat(a.contestedSources()).as("contested %s", e.id()).isEqualTo(e.contestedSources());
        }
        for (ArgumentAssessment e : expected.arguments()) {
            ArgumentAssessment a = actual.argument(e.id());
            assertThat(a.premises()).as("premises %s", e.id()).isEqualTo(e.premises());
            assertThat(a.strength().orElse(-1))
                    .as("strength %s", e.id())
                    .isCloseTo(e.strength().orElse(-1), within(1e-9));
            assertThat(a.label()).as("label %s", e.id()).isEqualTo(e.label());
            assertThat(a.grounded()).as("grounded %s", e.id()).isEqualTo(e.grounded());
            assertThat(a.criticalSources()).as("critical %s", e.id()).isEqualTo(e.criticalSources());
        }
    }
}
