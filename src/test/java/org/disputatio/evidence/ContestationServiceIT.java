package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
import org.disputatio.maps.MapCatalog;
import org.disputatio.maps.MapId;
import org.disputatio.maps.SampleMaps;
import org.disputatio.maps.Stance;
import org.disputatio.security.AccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A user contests a source that a claim rests on (through evidence): the evaluation marks the claim as
 * depending on a contested source until the contestation is withdrawn.
 */
@IntegrationTest
@RecordApplicationEvents
class ContestationServiceIT {

    static final MapId MAP = new MapId("contest-two-voices");

    @Autowired
    ContestationService contestations;

    @Autowired
    EvidenceService evidence;

    @Autowired
    EvaluationService evaluations;

    @Autowired
    MapCatalog catalog;

    @Autowired
    AccountService accounts;

    @Autowired
    Driver driver;

    @Autowired
    ApplicationEvents events;

    String logbook;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada", "brigitte");
        logbook = evidence.createSource(
                MAP, new SourceDraft(List.of("Beta"), "Logbook", 2001, "memoir", "unpublished"), "brigitte");
        evidence.attach(
                MAP,
                new EvidenceDraft("c3", logbook, "p. 4", "Blue again today.", null, Stance.FOR, null, null),
                "brigitte");
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    boolean dependsOnContested(String claimId) {
        return evaluations
                .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation()
                .dependsOnContested(claimId);
    }

    @Test
    void contestingASource_marksTheClaimsThatRestOnIt_untilWithdrawn() {
        assertThat(dependsOnContested("c3")).isFalse();

        var contestation = contestations.contest(MAP, logbook, "ada", "Written years after the events.");
        assertThat(contestation.open()).isTrue();
        assertThat(contestation.by()).isEqualTo("ada");
        assertThat(dependsOnContested("c3")).isTrue();

        contestations.withdraw(MAP, contestation.id(), "ada");
        assertThat(dependsOnContested("c3")).isFalse();
        assertThat(contestations.forSource(MAP, logbook)).singleElement().satisfies(c -> {
            assertThat(c.open()).isFalse();
            assertThat(c.withdrawnAt()).isNotNull();
            assertThat(c.reason()).isEqualTo("Written years after the events.");
        });
        assertThat(events.stream(SourceContested.class))
                .containsExactly(new SourceContested(MAP, logbook, contestation.id(), "ada"));
        assertThat(events.stream(ContestationWithdrawn.class))
                .containsExactly(new ContestationWithdrawn(MAP, logbook, contestation.id(), "ada"));
    }

    @Test
    void onlyTheAuthorOrAnAdmin_mayWithdraw() {
        var contestation = contestations.contest(MAP, logbook, "ada", "Too late to be reliable.");
        assertThat(contestations.mayWithdraw(contestation, "brigitte")).isFalse();
        assertThatThrownBy(() -> contestations.withdraw(MAP, contestation.id(), "brigitte"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("ada");
        assertThat(dependsOnContested("c3")).isTrue();

        assertThat(contestations.mayWithdraw(contestation, "admin")).isTrue();
        contestations.withdraw(MAP, contestation.id(), "admin");
        assertThat(dependsOnContested("c3")).isFalse();
        assertThatThrownBy(() -> contestations.withdraw(MAP, contestation.id(), "ada"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already been withdrawn");
    }

    @Test
    void simultaneousWithdrawals_exactlyOneSucceeds_andOneChangeIsLogged() throws Exception {
        var contestation = contestations.contest(MAP, logbook, "ada", "Written long after.");
        var start = new java.util.concurrent.CountDownLatch(1);
        var succeeded = new java.util.concurrent.atomic.AtomicInteger();
        var refused = new java.util.concurrent.atomic.AtomicInteger();
        try (var pool = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10; i++) {
                String who = i % 2 == 0 ? "ada" : "admin";
                pool.submit(() -> {
                    start.await();
                    try {
                        contestations.withdraw(MAP, contestation.id(), who);
                        succeeded.incrementAndGet();
                    } catch (IllegalStateException alreadyWithdrawn) {
                        refused.incrementAndGet();
                    }
                    return null;
                });
            }
            start.countDown();
        }
        assertThat(succeeded.get()).isEqualTo(1);
        assertThat(refused.get()).isEqualTo(9);
        try (var session = driver.session()) {
            long logged = session.run(
                            "MATCH (x:Change {mapId: $m, kind: 'ContestationWithdrawn', itemId: $id}) RETURN count(x) AS n",
                            java.util.Map.of("m", MAP.value(), "id", contestation.id()))
                    .single()
                    .get("n")
                    .asLong();
            assertThat(logged).isEqualTo(1);
        }
    }

    @Test
    void theEssaysOwnContestations_cannotBeWithdrawn() {
        assertThatThrownBy(() -> contestations.withdraw(MAP, "x1", "admin"))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("made in the essay itself");
        assertThat(dependsOnContested("c1")).isTrue();
        assertThat(events.stream(MapChanged.class).filter(e -> e instanceof ContestationWithdrawn))
                .isEmpty();
    }

    @Test
    void aReasonIsRequired_andTheSourceMustExist() {
        assertThatThrownBy(() -> contestations.contest(MAP, logbook, "ada", " ok "))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Between 3 and 2000 characters.");
        assertThatThrownBy(() -> contestations.contest(MAP, logbook, "ada", "r".repeat(2001)))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("reason");
        assertThatThrownBy(() -> contestations.contest(MAP, "no-source", "ada", "Unknown to me."))
                .isInstanceOf(UnknownItemException.class);
        assertThat(contestations.forSource(MAP, logbook)).isEmpty();
        assertThat(dependsOnContested("c3")).isFalse();
    }
}
