package org.disputatio.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.disputatio.evaluation.Label;
import org.disputatio.evaluation.WhatIf;
import org.junit.jupiter.api.Test;

/** A scenario's figures before and after, what falls, and the comparison of two scenarios. */
class ScenarioTest {

    static Scenario.Position at(Double strength, Label label) {
        return new Scenario.Position(strength, label, strength != null);
    }

    static Map<String, Scenario.Position> positions(Object... pairs) {
        var map = new LinkedHashMap<String, Scenario.Position>();
        for (int i = 0; i < pairs.length; i += 2) map.put((String) pairs[i], (Scenario.Position) pairs[i + 1]);
        return map;
    }

    final Map<String, Scenario.Position> now =
            positions("c1", at(0.71, Label.IN), "c2", at(0.5, Label.IN), "c3", at(0.2, Label.OUT));

    @Test
    void shift_readsBeforeThenAfter_andAClaimThatWasInAndIsNoLongerFalls() {
        var scenario = new Scenario(
                List.of("s1"),
                new WhatIf(List.of("s1"), List.of(), List.of("c1"), List.of("c1", "c2")),
                now,
                positions("c1", at(0.32, Label.OUT), "c2", at(0.4, Label.IN), "c3", at(0.2, Label.OUT)));
        assertThat(scenario.shift("c1").orElseThrow().text()).isEqualTo("0.71 IN → 0.32 OUT");
        assertThat(scenario.falling()).containsExactly("c1");
        assertThat(scenario.weakened()).containsExactly("c2");
        assertThat(scenario.shift("c3")).isEmpty();
    }

    @Test
    void aClaimThatLosesItsGroundingFalls_andNoStrengthReadsAsADash() {
        var scenario = new Scenario(
                List.of("s1"),
                new WhatIf(List.of("s1"), List.of("c2"), List.of(), List.of("c2")),
                now,
                positions("c1", at(0.71, Label.IN), "c2", at(null, Label.UNDEC), "c3", at(0.2, Label.OUT)));
        assertThat(scenario.shift("c2").orElseThrow().text()).isEqualTo("0.50 IN → — UNDEC");
        assertThat(scenario.shift("c2").orElseThrow().falls()).isTrue();
    }

    @Test
    void comparison_listsClaimsWhoseLabelOrShownStrengthDiffer_inMapOrder() {
        var a = new Scenario(
                List.of("s1"),
                new WhatIf(List.of("s1"), List.of(), List.of(), List.of()),
                now,
                positions("c1", at(0.32, Label.OUT), "c2", at(0.501, Label.IN), "c3", at(0.2, Label.OUT)));
        var b = new Scenario(
                List.of("s2"),
                new WhatIf(List.of("s2"), List.of(), List.of(), List.of()),
                now,
                positions("c1", at(0.71, Label.IN), "c2", at(0.499, Label.IN), "c3", at(0.2, Label.IN)));
        // c2 reads 0.50 on both sides: no difference shown for it.
        assertThat(a.compareWith(b)).extracting(Scenario.Difference::claimId).containsExactly("c1", "c3");
        assertThat(a.compareWith(a)).isEmpty();
    }

    @Test
    void anArgumentMovesWhenItsShownFigureOrLabelChanges_andTheClaimsWhyNamesTheRejectedSourcesItsSupportSetsMet() {
        var scenario = new Scenario(
                List.of("s1", "s2"),
                new WhatIf(List.of("s1", "s2"), List.of("c1"), List.of("c1"), List.of("c1")),
                now,
                positions("c1", at(null, Label.OUT), "c2", at(0.5, Label.IN), "c3", at(0.2, Label.OUT)),
                positions("a1", at(0.62, Label.IN), "a2", at(0.4, Label.IN), "a3", at(0.3, Label.IN)),
                positions("a1", at(0.10, Label.OUT), "a2", at(0.401, Label.IN), "a3", at(0.25, Label.IN)));
        assertThat(scenario.argumentShift("a1").orElseThrow().text()).isEqualTo("0.62 IN → 0.10 OUT");
        assertThat(scenario.argumentShift("a1").orElseThrow().falls()).isTrue();
        // 0.40 either way at two decimals: not a move a reader could see.
        assertThat(scenario.argumentShift("a2")).isEmpty();
        assertThat(scenario.argumentShift("a3").orElseThrow().falls()).isFalse();
        assertThat(scenario.argumentShift("unknown")).isEmpty();

        List<List<String>> sets = List.of(List.of("s2"), List.of("s1", "s9"), List.of("s7"));
        // In the order the sources were rejected, each once.
        assertThat(scenario.restedOn(sets)).containsExactly("s1", "s2");
        assertThat(scenario.supportSetsMet(sets)).isEqualTo(2);
        assertThat(scenario.restedOn(List.of(List.of("s7")))).isEmpty();
    }
}
