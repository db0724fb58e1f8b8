package org.disputatio.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.disputatio.maps.ProofStandard;
import org.disputatio.maps.Stance;

/**
 * Stricter proof standards never accept more (ADR 031). Strictness orders scintilla, preponderance, clear and
 * convincing, beyond reasonable doubt; dialectical validity is stricter than scintilla only. Attacks make the
 * labelling non-monotone, so on maps with attacks the guarantee is for the claim whose standard is raised
 * ({@link ProofStandardTest#aStricterStandard_onAnAttacker_reinstatesWhatItAttacked} shows why).
 */
class ProofStandardProperties {

    static final List<ProofStandard> CHAIN = List.of(
            ProofStandard.SCINTILLA,
            ProofStandard.PREPONDERANCE,
            ProofStandard.CLEAR_AND_CONVINCING,
            ProofStandard.BEYOND_REASONABLE_DOUBT);

    @Property(tries = 2000)
    void aStricterStandard_meetsOnlyWhatTheLaxerOneMeets(
            @ForAll @DoubleRange(min = 0, max = 1) double pro,
            @ForAll @DoubleRange(min = 0, max = 1) double con,
            @ForAll boolean anyCon) {
        double c = anyCon ? con : 0;
        for (int i = 1; i < CHAIN.size(); i++)
            if (CHAIN.get(i).meets(pro, c, anyCon))
                assertThat(CHAIN.get(i - 1).meets(pro, c, anyCon))
                        .as("%s met, %s not", CHAIN.get(i), CHAIN.get(i - 1))
                        .isTrue();
        if (ProofStandard.DIALECTICAL_VALIDITY.meets(pro, c, anyCon))
            assertThat(ProofStandard.SCINTILLA.meets(pro, c, anyCon)).isTrue();
    }

    /** A random map of support only: claims with or without a proponent, citations, evidence both ways, arguments. */
    static MapSnapshot.Builder supportOnly(Random r, int claims, ProofStandard[] standards) {
        var b = MapSnapshot.builder().source("s0").source("s1").source("s2");
        for (int c = 0; c < claims; c++) {
            b.claim("c" + c, r.nextBoolean() ? "p" + r.nextInt(2) : "");
            b.standard("c" + c, standards[c]);
        }
        for (int i = 0, n = r.nextInt(claims + 1); i < n; i++) b.citation("c" + r.nextInt(claims), "s" + r.nextInt(3));
        for (int i = 0, n = r.nextInt(claims + 1); i < n; i++)
            b.evidence(
                    "e" + i,
                    "c" + r.nextInt(claims),
                    "s" + r.nextInt(3),
                    r.nextBoolean() ? Stance.FOR : Stance.AGAINST,
                    r.nextDouble());
        for (int s = 0; s < 3; s++)
            if (r.nextBoolean()) b.sourceGrade("s" + s, "ABCDE".charAt(r.nextInt(5)), 1 + r.nextInt(5));
        for (int a = 0, n = r.nextInt(claims + 1); a < n; a++) {
            List<String> premises = new ArrayList<>();
            for (int i = 0, np = 1 + r.nextInt(2); i < np; i++) premises.add("c" + r.nextInt(claims));
            b.argument("a" + a, "c" + r.nextInt(claims), premises);
            if (r.nextBoolean()) b.inferenceRating("a" + a, r.nextDouble());
        }
        return b;
    }

    @Property(tries = 1000)
    void withoutAttacks_raisingStandards_neverMakesMoreClaimsIn(
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 10) int claims, @ForAll boolean whatIf) {
        Random r = new Random(seed);
        ProofStandard[] lax = new ProofStandard[claims], strict = new ProofStandard[claims];
        for (int c = 0; c < claims; c++) {
            int i = r.nextInt(CHAIN.size());
            lax[c] = CHAIN.get(i);
            strict[c] = CHAIN.get(i + r.nextInt(CHAIN.size() - i));
            if (lax[c] == ProofStandard.SCINTILLA && r.nextInt(4) == 0) strict[c] = ProofStandard.DIALECTICAL_VALIDITY;
        }
        MapSnapshot laxMap = supportOnly(new Random(seed + 1), claims, lax).build();
        MapSnapshot strictMap =
                supportOnly(new Random(seed + 1), claims, strict).build();
        List<String> rejected = whatIf ? List.of("s0") : List.of();
        Set<String> inLax = in(Evaluator.evaluate(laxMap, EvaluationPolicy.defaults(), rejected));
        Set<String> inStrict = in(Evaluator.evaluate(strictMap, EvaluationPolicy.defaults(), rejected));
        assertThat(inLax).containsAll(inStrict);
    }

    @Property(tries = 1000)
    void withAttacks_raisingOneClaimsStandard_neverMakesThatClaimIn(
            @ForAll long seed,
            @ForAll @IntRange(min = 1, max = 10) int claims,
            @ForAll @IntRange(min = 0, max = 3) int lax,
            @ForAll @IntRange(min = 0, max = 3) int raise) {
        Random r = new Random(seed);
        var builder = RandomMaps.random(r, claims, 3, false);
        for (int c = 0; c < claims; c++) {
            if (r.nextBoolean()) builder.evidence("x" + c, "c" + c, "s" + r.nextInt(3), Stance.AGAINST, r.nextDouble());
        }
        MapSnapshot base = builder.build();
        String target = base.claimIds().get(r.nextInt(base.claimCount()));
        ProofStandard from = CHAIN.get(lax), to = CHAIN.get(Math.min(3, lax + raise));
        IncrementalEvaluation inc = IncrementalEvaluation.start(base, EvaluationPolicy.defaults());
        inc.setStandard(target, from);
        Label before = inc.current().label(target);
        inc.setStandard(target, to);
        Label after = inc.current().label(target);
        if (before != Label.IN)
            assertThat(after).as("%s: %s -> %s", target, from, to).isNotEqualTo(Label.IN);
    }

    static Set<String> in(Evaluation e) {
        Set<String> in = new HashSet<>();
        for (ClaimAssessment c : e.claims()) if (c.label() == Label.IN) in.add(c.id());
        return in;
    }
}
