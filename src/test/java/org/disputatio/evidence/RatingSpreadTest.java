package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RatingSpreadTest {

    @Test
    void spread_countsEveryValueAndKeepsAllFiveBins() {
        var spread = RatingSpread.of(List.of(1.0, 0.75, 0.75, 0.0), 0.75);
        assertThat(spread.count()).isEqualTo(4);
        assertThat(spread.histogram()).containsExactly(
                java.util.Map.entry(0.0, 1),
                java.util.Map.entry(0.25, 0),
                java.util.Map.entry(0.5, 0),
                java.util.Map.entry(0.75, 2),
                java.util.Map.entry(1.0, 1));
        assertThat(spread.mean()).isEqualTo(0.625);
        assertThat(spread.yours()).isEqualTo(0.75);
    }

    @Test
    void noRatings_haveNoMeanRatherThanAMadeUpOne() {
        var spread = RatingSpread.of(List.of(), null);
        assertThat(spread.count()).isZero();
        assertThat(spread.mean()).isNull();
        assertThat(spread.yours()).isNull();
        assertThat(spread.histogram()).hasSize(5).allSatisfy((value, count) -> assertThat(count).isZero());
    }

    @Test
    void onlyTheFiveStepsAreValidRatings() {
        assertThat(RatingSpread.VALUES).allMatch(RatingSpread::isAllowed);
        assertThat(RatingSpread.isAllowed(0.3)).isFalse();
        assertThat(RatingSpread.isAllowed(-0.25)).isFalse();
        assertThat(RatingSpread.isAllowed(1.25)).isFalse();
    }

    @Test
    void gradeSpread_countsReliabilityAndCredibilitySeparately() {
        var spread = GradeSpread.of(List.of(new Grade('B', 2), new Grade('B', 3), new Grade('F', 6)), new Grade('B', 3));
        assertThat(spread.count()).isEqualTo(3);
        assertThat(spread.reliability()).containsKeys('A', 'B', 'C', 'D', 'E', 'F');
        assertThat(spread.reliability().get('B')).isEqualTo(2);
        assertThat(spread.reliability().get('F')).isEqualTo(1);
        assertThat(spread.reliability().get('A')).isZero();
        assertThat(spread.credibility()).containsOnlyKeys(1, 2, 3, 4, 5, 6);
        assertThat(spread.credibility().get(6)).isEqualTo(1);
        assertThat(spread.yours()).isEqualTo(new Grade('B', 3));
    }
}
