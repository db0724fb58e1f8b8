package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;
import org.junit.jupiter.api.Test;

/** The snapshot builder resolves streamed rows in any order and refuses what cannot be a map. */
class MapSnapshotTest {
    @Test
    void rowsMayArriveBeforeTheClaimsTheyMention() {
        MapSnapshot m = MapSnapshot.builder()
                .citation("c", "s")
                .argument("a", "c", List.of())
                .premise("a", "p")
                .inferenceRating("a", 0.7)
                .claim("p")
                .claim("c")
                .build();
        assertThat(m.claimCount()).isEqualTo(2);
        assertThat(m.argumentCount()).isEqualTo(1);
        assertThat(Evaluator.evaluate(m, EvaluationPolicy.defaults())
                        .argument("a")
                        .premises())
                .containsExactly("p");
    }

    @Test
    void undercutOnAClaim_isRefused() {
        assertThatThrownBy(() -> MapSnapshot.builder()
                        .claim("a")
                        .claim("b")
                        .attack("u", "a", "b", AttackKind.UNDERCUT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("undercut");
    }

    @Test
    void rebutOnAnArgument_isRefused() {
        assertThatThrownBy(() -> MapSnapshot.builder()
                        .claim("a")
                        .claim("b")
                        .argument("arg", "b", List.of())
                        .attack("r", "a", "arg", AttackKind.REBUT)
                        .build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void unknownClaim_isNamedInTheError() {
        assertThatThrownBy(() -> MapSnapshot.builder().citation("ghost", "s").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ghost");
    }

    @Test
    void ratingOutsideTheUnitInterval_isRefused() {
        assertThatThrownBy(() -> MapSnapshot.builder().claim("c").evidence("e", "c", "s", Stance.FOR, 1.5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void openContestation_makesTheSourceContested_aWithdrawnOneDoesNot() {
        MapSnapshot m = MapSnapshot.builder()
                .contestation("s1", true)
                .contestation("s2", false)
                .build();
        assertThat(m.isContested("s1")).isTrue();
        assertThat(m.isContested("s2")).isFalse();
    }
}
