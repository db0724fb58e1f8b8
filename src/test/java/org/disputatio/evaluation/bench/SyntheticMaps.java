package org.disputatio.evaluation.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.disputatio.evaluation.MapSnapshot;
import org.disputatio.maps.AttackKind;
import org.disputatio.maps.Stance;

/**
 * Synthetic maps shaped like real ones: essays of about 1000 claims, each a tree from a thesis down through
 * arguments with 1-3 linked premises (a fifth of the conclusions have a second, convergent argument); about
 * one citation per claim over a few thousand sources, skewed so that some sources are cited often; evidence on
 * a tenth of the claims; 7% of the claims are counter-claims that rebut, undermine or undercut something in
 * their essay, and one counter-claim in twenty is rebutted back by its target, which makes two-cycles.
 */
public final class SyntheticMaps {
    private SyntheticMaps() {}

    /** The map, plus ids the benchmarks draw from, and the attack relation as (attacker, target) id pairs. */
    public record Synthetic(
            MapSnapshot map,
            List<String> evidenceIds,
            List<String> claimIds,
            List<String> sourceIds,
            List<String> argumentIds,
            List<String[]> attacks) {}

    public static Synthetic generate(int claims, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        int sources = Math.max(50, Math.min(5000, claims / 20));
        MapSnapshot.Builder b = MapSnapshot.builder();
        List<String> evidence = new ArrayList<>();
        List<String> claimIds = new ArrayList<>(claims);
        List<String> sourceIds = new ArrayList<>(sources);
        for (int s = 0; s < sources; s++) {
            String id = "s" + s;
            sourceIds.add(id);
            b.source(id);
            if (r.nextInt(10) < 7) b.sourceGrade(id, "ABCDE".charAt(r.nextInt(5)), 1 + r.nextInt(5));
            if (r.nextInt(100) == 0) b.contestation(id, true);
        }
        int counters = claims * 7 / 100;
        int main = claims - counters;
        int arguments = 0, attacks = 0;
        List<String[]> attackPairs = new ArrayList<>();
        int essay = 1000;
        List<Integer> argumentConclusion = new ArrayList<>();
        for (int start = 0; start < main; start += essay) {
            int end = Math.min(main, start + essay);
            int next = start + 1;
            for (int c = start; c < end && next < end; c++) {
                int alternatives = r.nextInt(5) == 0 ? 2 : 1;
                for (int alt = 0; alt < alternatives && next < end; alt++) {
                    int k = 1 + r.nextInt(3);
                    List<String> premises = new ArrayList<>(k);
                    for (int i = 0; i < k && next < end; i++) premises.add("c" + next++);
                    String id = "a" + arguments++;
                    b.argument(id, "c" + c, premises);
                    argumentConclusion.add(c);
                    if (r.nextBoolean()) b.inferenceRating(id, r.nextDouble());
                }
            }
        }
        for (int c = 0; c < claims; c++) {
            String id = "c" + c;
            claimIds.add(id);
            b.claim(id);
            int cites = r.nextInt(10) == 0 ? 2 : (r.nextInt(10) == 0 ? 0 : 1);
            for (int i = 0; i < cites; i++) b.citation(id, "s" + skewed(r, sources));
            if (r.nextInt(10) == 0) {
                String e = "e" + evidence.size();
                evidence.add(e);
                b.evidence(e, id, "s" + skewed(r, sources), r.nextInt(5) == 0 ? Stance.AGAINST : Stance.FOR);
                for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) b.evidenceRating(e, r.nextDouble());
            }
        }
        for (int i = 0; i < counters; i++) {
            int counter = main + i;
            int essayStart = (r.nextInt(Math.max(1, main)) / essay) * essay;
            int span = Math.min(essay, main - essayStart);
            int target = essayStart + r.nextInt(span);
            int kind = r.nextInt(4);
            if (kind == 3) {
                int a = r.nextInt(argumentConclusion.size());
                b.attack("k" + attacks++, "c" + counter, "a" + a, AttackKind.UNDERCUT);
                attackPairs.add(new String[] {"c" + counter, "a" + a});
            } else {
                b.attack(
                        "k" + attacks++,
                        "c" + counter,
                        "c" + target,
                        kind == 2 ? AttackKind.UNDERMINE : AttackKind.REBUT);
                attackPairs.add(new String[] {"c" + counter, "c" + target});
                if (r.nextInt(20) == 0) {
                    b.attack("k" + attacks++, "c" + target, "c" + counter, AttackKind.REBUT);
                    attackPairs.add(new String[] {"c" + target, "c" + counter});
                }
            }
        }
        List<String> argumentIds = new ArrayList<>(arguments);
        for (int a = 0; a < arguments; a++) argumentIds.add("a" + a);
        return new Synthetic(b.build(), evidence, claimIds, sourceIds, argumentIds, attackPairs);
    }

    private static int skewed(SplittableRandom r, int n) {
        double x = r.nextDouble();
        return (int) (n * x * x);
    }
}
