package org.disputatio.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GradeGridTest {

    @Test
    void countsEachPairOfReliabilityAndCredibility() {
        var grid = GradeGrid.of(
                List.of(new Grade('B', 2), new Grade('B', 2), new Grade('D', 4), new Grade('F', 6)), new Grade('B', 2));
        assertThat(grid.counts()).isEqualTo(Map.of("B2", 2, "D4", 1, "F6", 1));
        assertThat(grid.count('B', 2)).isEqualTo(2);
        assertThat(grid.count('b', 2)).isEqualTo(2);
        assertThat(grid.count('A', 1)).isZero();
        assertThat(grid.total()).isEqualTo(4);
        assertThat(grid.yours()).isEqualTo(new Grade('B', 2));
    }
}
