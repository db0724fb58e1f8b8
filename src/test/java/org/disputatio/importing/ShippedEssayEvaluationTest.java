package org.disputatio.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.disputatio.evaluation.ClaimAssessment;
import org.disputatio.evaluation.Evaluation;
import org.disputatio.evaluation.EvaluationPolicy;
import org.disputatio.evaluation.Evaluator;
import org.disputatio.evaluation.GroundedLabels;
import org.disputatio.evaluation.Label;
import org.disputatio.evaluation.LabelReason;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.sources.Citation;
import org.junit.jupiter.api.Test;

/**
 * The shipped essay evaluated straight from its files (no database): what a first visitor reads about the
 * thesis, and how many claims stand, fall or stay undecided. The same snapshot the service builds from Neo4j,
 * built here from the map files, so a change of semantics shows its effect on the real essay in a unit test.
 */
class ShippedEssayEvaluationTest {

    static MapSnapshot snapshot(EssayMap map) {
        MapSnapshot.Builder b = MapSnapshot.builder();
        map.sources().forEach(s -> b.source(s.id().value()));
        map.sources()
                .forEach(s -> s.reportedBy()
                        .forEach(r -> b.reportedBy(s.id().value(), r.source().value())));
        for (EssayMap.Claim c : map.claims())
            b.claim(c.id().value(), c.proponent().value());
        for (EssayMap.Argument a : map.arguments())
            b.argument(
                    a.id().value(),
                    a.conclusion().value(),
                    a.premises().stream().map(p -> p.value()).toList());
        for (EssayMap.Attack k : map.attacks())
            b.attack(k.id().value(), k.from().value(), k.target(), k.kind());
        for (EssayMap.Claim c : map.claims())
            for (Citation cite : c.citations())
                b.citation(c.id().value(), cite.sourceId().value());
        for (EssayMap.Contestation x : map.contestations())
            b.contestation(x.source().value(), true);
        return b.build();
    }

    static Map<Label, Integer> labels(Evaluation e) {
        Map<Label, Integer> counts = new EnumMap<>(Label.class);
        for (Label l : Label.values()) counts.put(l, 0);
        for (ClaimAssessment c : e.claims()) counts.merge(c.label(), 1, Integer::sum);
        return counts;
    }

    /**
     * Prints what the report to the lead quotes (ADR 029: claims IN/OUT/UNDEC under Dung's labelling of the
     * attacks alone, which is what ADR 010 showed, and under the structured labelling) and checks that no OUT on
     * the real essay is shown bare: each names the argument, attack or source that decides it.
     */
    @Test
    void shippedEssay_everyOutNamesWhatDecidesIt() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        MapSnapshot snapshot = snapshot(map);
        Evaluation e = Evaluator.evaluate(snapshot, EvaluationPolicy.defaults());
        GroundedLabels dung = Evaluator.groundedLabels(snapshot);
        Map<Label, Integer> before = new EnumMap<>(Label.class);
        for (Label l : Label.values()) before.put(l, 0);
        StringBuilder changed = new StringBuilder();
        for (ClaimAssessment c : e.claims()) {
            Label old = dung.label(c.id());
            before.merge(old, 1, Integer::sum);
            if (old != c.label())
                changed.append("\n  ")
                        .append(c.id())
                        .append(' ')
                        .append(old)
                        .append(" -> ")
                        .append(c.label())
                        .append(' ')
                        .append(e.labelReason(c.id()));
            if (c.label() == Label.OUT && e.labelReason(c.id()).kind() != LabelReason.Kind.CIRCULAR)
                assertThat(e.labelReason(c.id()).decidedBy())
                        .as("what decides %s", c.id())
                        .isNotEmpty();
        }
        ClaimAssessment thesis = e.claim("c-001");
        System.out.println("ESSAY attacks only " + before + ", structured " + labels(e) + "; thesis "
                + thesis.label() + " " + thesis.strength() + " " + e.labelReason("c-001") + " support sets "
                + thesis.supportSets() + "; changed:" + changed);
        // Why the thesis has its label, one level down each step, as far as an OUT reaches.
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>(List.of("c-001"));
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (!todo.isEmpty() && seen.size() < 12) {
            String id = todo.poll();
            if (!seen.add(id)) continue;
            LabelReason r = e.labelReason(id);
            System.out.println("ESSAY why " + id + ": " + r);
            if (r.kind() == LabelReason.Kind.ARGUMENTS_FAIL || r.kind() == LabelReason.Kind.PREMISE_FAILS)
                todo.addAll(r.decidedBy());
        }
        assertThat(labels(e).values().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(map.claims().size());
    }
    /**
     * What a first visitor reads about the thesis. The author's own concessions qualify his arguments (ADR 029,
     * "Qualifications") instead of undercutting them, so the thesis stands through its arguments; its strength is
     * the DF-QuAD degree left once the counter-positions the essay answers (themselves OUT, but not at strength 0)
     * have pulled it below the neutral prior and its two arguments have pulled it back up.
     */
    @Test
    void thesis_opensAsInThroughItsArguments_notDefeatedByItsAuthorsConcessions() {
        EssayMap map = EssayMapLoader.loadShippedEssay();
        Evaluation e = Evaluator.evaluate(snapshot(map), EvaluationPolicy.defaults());
        ClaimAssessment thesis = e.claim("c-001");
        StringBuilder around = new StringBuilder();
        for (EssayMap.Attack k : map.attacks())
            if (k.target().equals("c-001"))
                around.append(' ')
                        .append(k.from().value())
                        .append('=')
                        .append(e.label(k.from().value()))
                        .append('/')
                        .append(e.strength(k.from().value()));
        for (String a : List.of("a-001", "a-213"))
            around.append(' ').append(a).append('=').append(e.argument(a));
        System.out.println("ESSAY thesis " + thesis.label() + " " + thesis.strength() + "; around:" + around);

        assertThat(thesis.label()).isEqualTo(Label.IN);
        assertThat(e.labelReason("c-001"))
                .isEqualTo(new LabelReason(LabelReason.Kind.ARGUMENT_STANDS, List.of("a-001", "a-213")));
        assertThat(thesis.strength().orElseThrow()).isCloseTo(0.3937, org.assertj.core.data.Offset.offset(5e-5));
        assertThat(labels(e)).isEqualTo(Map.of(Label.IN, 315, Label.OUT, 27, Label.UNDEC, 4));
        assertThat(map.qualifications()).hasSize(18);
    }
}
