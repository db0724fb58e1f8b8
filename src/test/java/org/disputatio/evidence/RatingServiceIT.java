package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.disputatio.IntegrationTest;
import org.disputatio.TestGraphs;
import org.disputatio.TwoVoicesFixture;
import org.disputatio.evaluation.EvaluationService;
import org.disputatio.evaluation.Semantics;
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
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Ratings and grades belong to their users: one each, replaced on re-rating, and shown as a spread. */
@IntegrationTest
@RecordApplicationEvents
class RatingServiceIT {

    static final MapId MAP = new MapId("ratings-two-voices");

    @Autowired
    RatingService ratings;

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

    String evidenceId;

    @BeforeEach
    void load() {
        TestGraphs.clear(driver);
        catalog.create(SampleMaps.twoVoices(MAP.value()));
        TestUsers.ensure(accounts, "ada", "brigitte", "chen");
        evidenceId = evidence.attach(MAP, TwoVoicesFixture.NOON_EVIDENCE, "ada").id();
    }

    @AfterEach
    void clean() {
        TestGraphs.clear(driver);
    }

    long storedRatings(String username) {
        try (var session = driver.session()) {
            return session.run(
                            "MATCH (r:Rating {mapId: $m, user: $u, itemKind: 'Evidence'}) RETURN count(r) AS n",
                            Map.of("u", username, "m", MAP.value()))
                    .single()
                    .get("n")
                    .asLong();
        }
    }

    double strength(String claimId) {
        return evaluations
                .evaluate(MAP, Semantics.DF_QUAD, Set.of())
                .orElseThrow()
                .evaluation()
                .strength(claimId)
                .orElseThrow();
    }

    @Test
    void ratingAgain_replacesTheRatingInsteadOfAddingOne() {
        ratings.rateEvidence(MAP, evidenceId, "ada", 0.25);
        ratings.rateEvidence(MAP, evidenceId, "ada", 1.0);

        assertThat(storedRatings("ada")).isEqualTo(1);
        var spread = ratings.evidenceRatings(MAP, evidenceId, "ada");
        assertThat(spread.count()).isEqualTo(1);
        assertThat(spread.yours()).isEqualTo(1.0);
        assertThat(spread.histogram().get(0.25)).isZero();
        assertThat(events.stream(EvidenceRated.class))
                .containsExactly(
                        new EvidenceRated(MAP, evidenceId, 0.25, "ada"),
                        new EvidenceRated(MAP, evidenceId, 1.0, "ada"));
    }

    @Test
    void fiftyUsersRatingOneItemAtOnce_allRatingsAreStored_andNoneFails() throws Exception {
        int raters = 50;
        var names = new ArrayList<String>();
        for (int i = 1; i <= raters; i++) {
            names.add("rater" + i);
        }
        TestUsers.ensure(accounts, names.toArray(String[]::new));
        var go = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(raters)) {
            var writes = new ArrayList<Future<?>>();
            for (String name : names) {
                writes.add(pool.submit(() -> {
                    go.await();
                    // Twice each: the second replaces the first, as the same user's next rating.
                    ratings.rateEvidence(MAP, evidenceId, name, 0.25);
                    ratings.rateEvidence(MAP, evidenceId, name, name.endsWith("0") ? 0.0 : 1.0);
                    return null;
                }));
            }
            go.countDown();
            for (var w : writes) {
                w.get();
            }
        }

        var spread = ratings.evidenceRatings(MAP, evidenceId, "rater7");
        assertThat(spread.count()).isEqualTo(50);
        assertThat(spread.yours()).isEqualTo(1.0);
        assertThat(spread.histogram())
                .containsEntry(1.0, 45)
                .containsEntry(0.0, 5)
                .containsEntry(0.25, 0);
        assertThat(storedRatings("rater10")).isEqualTo(1);
    }

    @Test
    void aRatingOfAnAccountThatNoLongerExists_doesNotCount() {
        TestUsers.ensure(accounts, "leaving");
        ratings.rateEvidence(MAP, evidenceId, "ada", 1.0);
        ratings.rateEvidence(MAP, evidenceId, "leaving", 0.0);
        assertThat(ratings.evidenceRatings(MAP, evidenceId, null).count()).isEqualTo(2);

        try (var session = driver.session()) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (u:User {username: 'leaving'}) DETACH DELETE u")
                    .consume());
        }

        var spread = ratings.evidenceRatings(MAP, evidenceId, null);
        assertThat(spread.count()).isEqualTo(1);
        assertThat(spread.mean()).isEqualTo(1.0);
    }

    @Test
    void theSpread_showsEveryUsersRating_andYoursAmongThem() {
        ratings.rateEvidence(MAP, evidenceId, "ada", 1.0);
        ratings.rateEvidence(MAP, evidenceId, "brigitte", 0.25);
        ratings.rateEvidence(MAP, evidenceId, "chen", 1.0);

        var forBrigitte = ratings.evidenceRatings(MAP, evidenceId, "brigitte");
        assertThat(forBrigitte.count()).isEqualTo(3);
        assertThat(forBrigitte.yours()).isEqualTo(0.25);
        assertThat(forBrigitte.histogram())
                .containsEntry(1.0, 2)
                .containsEntry(0.25, 1)
                .containsEntry(0.5, 0);
        assertThat(forBrigitte.mean()).isEqualTo(0.75);
        var anonymous = ratings.evidenceRatings(MAP, evidenceId, null);
        assertThat(anonymous.yours()).isNull();
        assertThat(anonymous.count()).isEqualTo(3);
    }

    @Test
    void inferenceRatings_belongToTheirUsers() {
        ratings.rateInference(MAP, "a1", "ada", 0.5);
        ratings.rateInference(MAP, "a1", "brigitte", 0.75);
        ratings.rateInference(MAP, "a1", "ada", 0.75);

        var spread = ratings.inferenceRatings(MAP, "a1", "ada");
        assertThat(spread.count()).isEqualTo(2);
        assertThat(spread.histogram()).containsEntry(0.75, 2).containsEntry(0.5, 0);
        assertThat(events.stream(InferenceRated.class)).hasSize(3);
        assertThatThrownBy(() -> ratings.rateInference(MAP, "c1", "ada", 0.5))
                .isInstanceOf(UnknownItemException.class)
                .hasMessageContaining("argument");
    }

    @Test
    void anonymousOrUnknownRaters_areRefused() {
        assertThatThrownBy(() -> ratings.rateEvidence(MAP, evidenceId, " ", 0.5))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("Sign in");
        assertThatThrownBy(() -> ratings.gradeSource(MAP, "s1", "nobody-here", 'A', 1))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("nobody-here");
        assertThat(ratings.evidenceRatings(MAP, evidenceId, null).count()).isZero();
        assertThat(ratings.sourceGrades(MAP, "s1", null).count()).isZero();
    }

    @Test
    void ratingInAMapThatDoesNotExist_saysSo() {
        assertThatThrownBy(() -> ratings.rateEvidence(new MapId("no-such-map"), evidenceId, "ada", 0.5))
                .isInstanceOf(UnknownItemException.class)
                .hasMessageContaining("map")
                .hasMessageContaining("no-such-map");
        assertThat(storedRatings("ada")).isZero();
    }

    @Test
    void aRatingOffTheScale_isRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> ratings.rateEvidence(MAP, evidenceId, "ada", 0.6))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("0, 0.25, 0.5, 0.75 or 1");
        assertThat(storedRatings("ada")).isZero();
    }

    @Test
    void grades_areValidated_replaced_andSpread() {
        assertThatThrownBy(() -> ratings.gradeSource(MAP, "s1", "ada", 'G', 2))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("reliability");
        assertThatThrownBy(() -> ratings.gradeSource(MAP, "s1", "ada", 'B', 7))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).field())
                .isEqualTo("credibility");
        assertThatThrownBy(() -> ratings.gradeSource(MAP, "nope", "ada", 'B', 2))
                .isInstanceOf(UnknownItemException.class);

        ratings.gradeSource(MAP, "s1", "ada", 'c', 3);
        ratings.gradeSource(MAP, "s1", "ada", 'B', 2);
        ratings.gradeSource(MAP, "s1", "brigitte", 'F', 6);

        var spread = ratings.sourceGrades(MAP, "s1", "ada");
        assertThat(spread.yours()).isEqualTo(new Grade('B', 2));
        assertThat(spread.count()).isEqualTo(2);
        assertThat(spread.reliability())
                .containsEntry('B', 1)
                .containsEntry('F', 1)
                .containsEntry('C', 0);
        assertThat(spread.credibility()).containsEntry(2, 1).containsEntry(6, 1).containsEntry(3, 0);
        assertThat(events.stream(SourceGraded.class)).hasSize(3);
    }

    @Test
    void ratingEvidenceFor_raisesTheClaimsStrength_inTheNextEvaluation() {
        double unrated = strength("c2");
        ratings.rateEvidence(MAP, evidenceId, "ada", 1.0);
        double strong = strength("c2");
        ratings.rateEvidence(MAP, evidenceId, "ada", 0.0);
        double weak = strength("c2");

        assertThat(strong).isGreaterThan(unrated);
        assertThat(weak).isLessThan(unrated);
    }
}
