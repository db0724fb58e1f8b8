package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;

/**
 * After a sequence of changes of every kind, the incremental evaluation equals a full evaluation of the same map
 * built from scratch. The reference map is a plain model in this test, changed alongside and rebuilt through
 * {@link MapSnapshot#builder()}, so a wrong graph mutation in {@link IncrementalEvaluation} shows up as well as a
 * wrong re-evaluation. Strengths, labels, grounding, support sets and source dependencies are all compared.
 */
class IncrementalProperties {

    static final int SOURCES = 4;
    static final String CODES = "ABCDEF";

    /** The map as plain data: what the builder needs to build it again. */
    static final class Model {
        final int claims;
        final Map<String, String> conclusion = new LinkedHashMap<>();
        final Map<String, Set<String>> premises = new LinkedHashMap<>();
        final Map<String, List<Double>> inference = new LinkedHashMap<>();
        final Map<String, String[]> attacks = new LinkedHashMap<>(); // id -> from, target, kind
        final Set<List<String>> citations = new LinkedHashSet<>();
        final Map<String, Object[]> evidence = new LinkedHashMap<>(); // id -> claim, source, stance, ratings
        final Map<String, List<String>> grades = new LinkedHashMap<>();
        final Set<String> contested = new LinkedHashSet<>();
        final Map<String, ProofStandard> standards = new LinkedHashMap<>();

        Model(Random r, int claims) {
            this.claims = claims;
            for (int a = 0, n = r.nextInt(claims + 1); a < n; a++) {
                conclusion.put("a" + a, claim(r));
                Set<String> ps = new LinkedHashSet<>();
                for (int i = 0, np = 1 + r.nextInt(3); i < np; i++) ps.add(claim(r));
                premises.put("a" + a, ps);
                inference.put("a" + a, r.nextBoolean() ? List.of(r.nextDouble()) : List.of());
            }
            for (int k = 0, n = r.nextInt(claims + 1); k < n; k++) attack(r, "k" + k, r.nextInt(3));
            for (int i = 0, n = r.nextInt(claims + 1); i < n; i++) citations.add(List.of(claim(r), source(r)));
            for (int e = 0, n = r.nextInt(4); e < n; e++)
                evidence.put("e" + e, new Object[] {claim(r), source(r), stance(r), List.of(r.nextDouble())});
            for (int s = 0; s < SOURCES; s++) {
                grades.put("s" + s, r.nextBoolean() ? List.of(code(r)) : List.of());
                if (r.nextInt(4) == 0) contested.add("s" + s);
            }
            for (int c = 0; c < claims; c++) if (r.nextInt(3) == 0) standards.put("c" + c, standard(r));
        }

        static ProofStandard standard(Random r) {
            return ProofStandard.values()[r.nextInt(ProofStandard.values().length)];
        }

        String claim(Random r) {
            return "c" + r.nextInt(claims);
        }

        static String source(Random r) {
            return "s" + r.nextInt(SOURCES);
        }

        static Stance stance(Random r) {
            return r.nextBoolean() ? Stance.FOR : Stance.AGAINST;
        }

        static String code(Random r) {
            return CODES.charAt(r.nextInt(6)) + "" + (1 + r.nextInt(6));
        }

        /** Adds an attack of the given kind (0 rebut, 1 undermine, 2 undercut); returns its {from, target, kind}. */
        String[] attack(Random r, String id, int kind) {
            String[] a = kind == 2 && !conclusion.isEmpty()
                    ? new String[] {
                        claim(r), new ArrayList<>(conclusion.keySet()).get(r.nextInt(conclusion.size())), "UNDERCUT"
                    }
                    : new String[] {claim(r), claim(r), kind == 1 ? "UNDERMINE" : "REBUT"};
            attacks.put(id, a);
            return a;
        }

        MapSnapshot build() {
            var b = MapSnapshot.builder();
            // Even claims have a proponent whose word grounds them while uncited, and s1 is known only through s0
            // (ADR 029): citations and evidence edits then also switch the proponent's word on and off.
            for (int c = 0; c < claims; c++) b.claim("c" + c, c % 2 == 0 ? "p" : "");
            for (int s = 0; s < SOURCES; s++) b.source("s" + s);
            b.reportedBy("s1", "s0");
            conclusion.forEach((a, c) -> {
                b.argument(a, c, List.copyOf(premises.get(a)));
                inference.get(a).forEach(v -> b.inferenceRating(a, v));
            });
            attacks.forEach((id, a) -> b.attack(id, a[0], a[1], AttackKind.valueOf(a[2])));
            citations.forEach(c -> b.citation(c.get(0), c.get(1)));
            evidence.forEach((id, e) -> {
                @SuppressWarnings("unchecked")
                List<Double> ratings = (List<Double>) e[3];
                b.evidence(
                        id,
                        (String) e[0],
                        (String) e[1],
                        (Stance) e[2],
                        ratings.stream().mapToDouble(Double::doubleValue).toArray());
            });
            grades.forEach((s, codes) ->
                    codes.forEach(code -> b.sourceGrade(s, code.charAt(0), Integer.parseInt(code.substring(1)))));
            contested.forEach(s -> b.contestation(s, true));
            standards.forEach(b::standard);
            return b.build();
        }
    }

    @Property(tries = 2000)
    void incrementalChanges_equalAFullEvaluationOfTheChangedMap(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int claims,
            @ForAll @IntRange(min = 1, max = 6) int changes,
            @ForAll boolean energy) {
        Random r = new Random(seed);
        Model model = new Model(r, claims);
        EvaluationPolicy p = energy
                ? EvaluationPolicy.defaults().withSemantics(Semantics.QUADRATIC_ENERGY)
                : EvaluationPolicy.defaults();
        IncrementalEvaluation inc = IncrementalEvaluation.start(model.build(), p);
        for (int i = 0; i < changes; i++) {
            change(r, model, inc, "n" + i);
            assertSame(inc.current(), Evaluator.evaluate(model.build(), p));
        }
    }

    /** What {@code current()} gave out stays as it was, whatever changes come after (copy on write, ADR 027). */
    @Property(tries = 500)
    void publishedEvaluations_doNotMoveWithLaterChanges(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 12) int claims,
            @ForAll @IntRange(min = 2, max = 8) int changes) {
        Random r = new Random(seed);
        Model model = new Model(r, claims);
        EvaluationPolicy p = EvaluationPolicy.defaults();
        IncrementalEvaluation inc = IncrementalEvaluation.start(model.build(), p);
        List<Evaluation> published = new ArrayList<>();
        List<MapSnapshot> then = new ArrayList<>();
        published.add(inc.current());
        then.add(model.build());
        for (int i = 0; i < changes; i++) {
            change(r, model, inc, "n" + i);
            // Every other change is published, so some publications follow two changes of different kinds.
            if (i % 2 == 1 || i == changes - 1) {
                published.add(inc.current());
                then.add(model.build());
            }
        }
        for (int i = 0; i < published.size(); i++) assertSame(published.get(i), Evaluator.evaluate(then.get(i), p));
    }

    /** One random change of one of the thirteen kinds, applied to the model and to the incremental evaluation. */
    static void change(Random r, Model m, IncrementalEvaluation inc, String newId) {
        List<String> arguments = new ArrayList<>(m.conclusion.keySet());
        List<String> evidence = new ArrayList<>(m.evidence.keySet());
        switch (r.nextInt(13)) {
            case 0 -> {
                if (evidence.isEmpty()) return;
                String e = evidence.get(r.nextInt(evidence.size()));
                double[] ratings = r.doubles(r.nextInt(3), 0, 1).toArray();
                m.evidence.get(e)[3] = java.util.Arrays.stream(ratings).boxed().toList();
                inc.rateEvidence(e, ratings);
            }
            case 1 -> {
                if (arguments.isEmpty()) return;
                String a = arguments.get(r.nextInt(arguments.size()));
                double[] ratings = r.doubles(r.nextInt(3), 0, 1).toArray();
                m.inference.put(a, java.util.Arrays.stream(ratings).boxed().toList());
                inc.rateInference(a, ratings);
            }
            case 2, 3, 4 -> {
                String[] a = m.attack(r, newId, r.nextInt(3));
                inc.addAttack(newId, a[0], a[1], AttackKind.valueOf(a[2]));
            }
            case 5 -> {
                if (m.attacks.isEmpty()) return;
                String k = new ArrayList<>(m.attacks.keySet()).get(r.nextInt(m.attacks.size()));
                m.attacks.remove(k);
                inc.removeAttack(k);
            }
            case 6 -> {
                if (arguments.isEmpty()) return;
                String a = arguments.get(r.nextInt(arguments.size()));
                String c = m.claim(r);
                if (m.premises.get(a).add(c)) {
                    inc.addPremise(a, c);
                } else if (m.premises.get(a).size() > 1) {
                    m.premises.get(a).remove(c);
                    inc.removePremise(a, c);
                }
            }
            case 7 -> {
                var citation = List.of(m.claim(r), Model.source(r));
                if (m.citations.add(citation)) {
                    inc.addCitation(citation.get(0), citation.get(1));
                } else {
                    m.citations.remove(citation);
                    inc.removeCitation(citation.get(0), citation.get(1));
                }
            }
            case 8 -> {
                String s = Model.source(r);
                List<String> codes = new ArrayList<>();
                for (int i = 0, n = r.nextInt(3); i < n; i++) codes.add(Model.code(r));
                m.grades.put(s, codes);
                inc.regradeSource(s, codes.toArray(String[]::new));
            }
            case 9 -> {
                String s = Model.source(r);
                boolean contested = !m.contested.contains(s);
                if (contested) m.contested.add(s);
                else m.contested.remove(s);
                inc.contestSource(s, contested);
            }
            case 10, 11 -> {
                if (evidence.isEmpty()) return;
                String e = evidence.get(r.nextInt(evidence.size()));
                String s = Model.source(r);
                Stance stance = Model.stance(r);
                m.evidence.get(e)[1] = s;
                m.evidence.get(e)[2] = stance;
                inc.editEvidence(e, s, stance);
            }
            case 12 -> {
                String c = m.claim(r);
                ProofStandard standard = Model.standard(r);
                m.standards.put(c, standard);
                inc.setStandard(c, standard);
            }
            default -> throw new IllegalStateException();
        }
    }

    static void assertSame(Evaluation actual, Evaluation expected) {
        assertThat(actual.claims()).hasSameSizeAs(expected.claims());
        for (ClaimAssessment e : expected.claims()) {
            ClaimAssessment a = actual.claim(e.id());
            assertThat(a.converged()).as("converged %s", e.id()).isEqualTo(e.converged());
            if (e.converged())
                assertThat(a.strength().orElseThrow())
                        .as("strength %s", e.id())
                        .isCloseTo(e.strength().orElseThrow(), within(1e-9));
            assertThat(a.label()).as("label %s", e.id()).isEqualTo(e.label());
            assertThat(a.standard()).as("standard %s", e.id()).isEqualTo(e.standard());
            assertThat(a.grounded()).as("grounded %s", e.id()).isEqualTo(e.grounded());
            assertThat(a.supportSets()).as("support sets %s", e.id()).isEqualTo(e.supportSets());
            assertThat(a.supportSetsTruncated()).as("truncated %s", e.id()).isEqualTo(e.supportSetsTruncated());
            assertThat(a.criticalSources()).as("critical %s", e.id()).isEqualTo(e.criticalSources());
            assertThat(a.contestedSources()).as("contested %s", e.id()).isEqualTo(e.contestedSources());
        }
        assertThat(actual.arguments()).hasSameSizeAs(expected.arguments());
        for (ArgumentAssessment e : expected.arguments()) {
            ArgumentAssessment a = actual.argument(e.id());
            assertThat(Set.copyOf(a.premises())).as("premises %s", e.id()).isEqualTo(Set.copyOf(e.premises()));
            assertThat(a.converged()).as("converged %s", e.id()).isEqualTo(e.converged());
            if (e.converged())
                assertThat(a.strength().orElseThrow())
                        .as("strength %s", e.id())
                        .isCloseTo(e.strength().orElseThrow(), within(1e-9));
            assertThat(a.label()).as("label %s", e.id()).isEqualTo(e.label());
            assertThat(a.grounded()).as("grounded %s", e.id()).isEqualTo(e.grounded());
            assertThat(a.criticalSources()).as("critical %s", e.id()).isEqualTo(e.criticalSources());
        }
    }
}
