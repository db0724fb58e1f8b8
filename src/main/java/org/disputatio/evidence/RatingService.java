package org.disputatio.evidence;

import java.time.Clock;
import org.disputatio.maps.MapId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Ratings of evidence and inferences, and Admiralty grades of sources. Each belongs to the user who gave
 * it, with the time: one per user and item, and rating again replaces it. Spreads show everyone's
 * ratings, not just their mean.
 */
@Service
public class RatingService {

    private final Ratings ratings;
    private final Writers writers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RatingService(Ratings ratings, Writers writers, ApplicationEventPublisher events, Clock clock) {
        this.ratings = ratings;
        this.writers = writers;
        this.events = events;
        this.clock = clock;
    }

    /** Rates an item of evidence's strength: 0, 0.25, 0.5, 0.75 or 1. */
    public void rateEvidence(MapId map, String evidenceId, String username, double value) {
        String id = Inputs.id(evidenceId, "evidenceId", "The evidence id");
        double v = Inputs.rating(value);
        var writer = writers.require(username);
        ratings.rateEvidence(map, id, writer, v, clock.instant());
        events.publishEvent(new EvidenceRated(map, id, v, writer.username()));
    }

    /** Rates how strongly an argument's premises support its conclusion: 0, 0.25, 0.5, 0.75 or 1. */
    public void rateInference(MapId map, String argumentId, String username, double value) {
        String id = Inputs.id(argumentId, "argumentId", "The argument id");
        double v = Inputs.rating(value);
        var writer = writers.require(username);
        ratings.rateArgument(map, id, writer, v, clock.instant());
        events.publishEvent(new InferenceRated(map, id, v, writer.username()));
    }

    /** Grades a source: reliability A–F, credibility 1–6 (lower-case letters are accepted). */
    public void gradeSource(MapId map, String sourceId, String username, char reliability, int credibility) {
        String id = Inputs.id(sourceId, "sourceId", "The source id");
        var grade = new Grade(Inputs.reliability(reliability), Inputs.credibility(credibility));
        var writer = writers.require(username);
        ratings.grade(map, id, writer, grade, clock.instant());
        events.publishEvent(new SourceGraded(map, id, grade, writer.username()));
    }

    public RatingSpread evidenceRatings(MapId map, String evidenceId, @Nullable String username) {
        var all = ratings.evidenceRatings(map, evidenceId)
                .orElseThrow(() -> new UnknownItemException("evidence", evidenceId));
        return RatingSpread.of(all.stream().map(Ratings.UserRating::value).toList(), Ratings.yours(all, username));
    }

    public RatingSpread inferenceRatings(MapId map, String argumentId, @Nullable String username) {
        var all = ratings.argumentRatings(map, argumentId)
                .orElseThrow(() -> new UnknownItemException("argument", argumentId));
        return RatingSpread.of(all.stream().map(Ratings.UserRating::value).toList(), Ratings.yours(all, username));
    }

    public GradeSpread sourceGrades(MapId map, String sourceId, @Nullable String username) {
        var all = ratings.grades(map, sourceId).orElseThrow(() -> new UnknownItemException("source", sourceId));
        Grade yours = all.stream()
                .filter(g -> g.username().equals(username))
                .map(Ratings.UserGrade::grade)
                .findFirst()
                .orElse(null);
        return GradeSpread.of(all.stream().map(Ratings.UserGrade::grade).toList(), yours);
    }
}
