package org.disputatio.evidence;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Clock;
import java.util.List;
import org.disputatio.maps.MapId;
import org.hibernate.validator.constraints.Range;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Ratings of evidence and inferences, and Admiralty grades of sources. Each belongs to the user who gave
 * it, with the time: one per user and item, and rating again replaces it. Spreads show everyone's
 * ratings, not just their mean. The account is checked inside the rating's own transaction (one
 * transaction per rating: this is the action many users do at once).
 */
@Service
public class RatingService {

    private final Ratings ratings;
    private final MapEvents events;
    private final Clock clock;
    private final InputCheck inputs;

    RatingService(Ratings ratings, MapEvents events, Clock clock, InputCheck inputs) {
        this.ratings = ratings;
        this.events = events;
        this.clock = clock;
        this.inputs = inputs;
    }

    /** A rating as given. */
    record Rating(
            @NotNull(message = "{disputatio.required}") @RatingStep
            Double value) {}

    /** An Admiralty grade as given: reliability A–F (either case), credibility 1–6. */
    record GradeInput(
            @NotNull(message = "{disputatio.required}")
            @Pattern(regexp = "[A-Fa-f]", message = "{disputatio.reliability}")
            String reliability,

            @Range(min = 1, max = 6, message = "{disputatio.credibility}")
            int credibility) {}

    /**
     * Rates an item of evidence's strength: 0, 0.25, 0.5, 0.75 or 1. Returns the spread with this rating in
     * it, read in the rating's own transaction (so the API answers without a second one).
     */
    public RatingSpread rateEvidence(MapId map, String evidenceId, String username, double value) {
        String id = Ids.known(evidenceId, "evidence");
        double v = inputs.valid(new Rating(value), "value").value();
        String writer = Writers.signedIn(username);
        var all = ratings.rateEvidence(map, id, writer, v, clock.instant());
        events.publish(new EvidenceRated(map, id, v, writer));
        return spread(all, writer);
    }

    /** Rates how strongly an argument's premises support its conclusion: 0, 0.25, 0.5, 0.75 or 1. */
    public RatingSpread rateInference(MapId map, String argumentId, String username, double value) {
        String id = Ids.known(argumentId, "argument");
        double v = inputs.valid(new Rating(value), "value").value();
        String writer = Writers.signedIn(username);
        var all = ratings.rateArgument(map, id, writer, v, clock.instant());
        events.publish(new InferenceRated(map, id, v, writer));
        return spread(all, writer);
    }

    /** Grades a source: reliability A–F, credibility 1–6 (lower-case letters are accepted). */
    public void gradeSource(MapId map, String sourceId, String username, char reliability, int credibility) {
        String id = Ids.known(sourceId, "source");
        inputs.valid(new GradeInput(String.valueOf(reliability), credibility), "grade");
        var grade = new Grade(Character.toUpperCase(reliability), credibility);
        String writer = Writers.signedIn(username);
        ratings.grade(map, id, writer, grade, clock.instant());
        events.publish(new SourceGraded(map, id, grade, writer));
    }

    public RatingSpread evidenceRatings(MapId map, String evidenceId, @Nullable String username) {
        var all = ratings.evidenceRatings(map, evidenceId)
                .orElseThrow(() -> new UnknownItemException("evidence", evidenceId));
        return spread(all, username);
    }

    public RatingSpread inferenceRatings(MapId map, String argumentId, @Nullable String username) {
        var all = ratings.argumentRatings(map, argumentId)
                .orElseThrow(() -> new UnknownItemException("argument", argumentId));
        return spread(all, username);
    }

    private static RatingSpread spread(List<Ratings.UserRating> all, @Nullable String username) {
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
